package io.chatnation.adapter.web.shared;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id, returns it in {@code X-Request-Id}, puts it in the logging context (MDC)
 * of everything the request causes, and writes one access-log line per request.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements HttpServerFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("chatnation.access");
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String offered = request.getHeaders().get(RequestIds.HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        long started = System.nanoTime();
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of("requestId", id))).propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                response.header(RequestIds.HEADER, id);
                if (ACCESS.isInfoEnabled()) {
                    ACCESS.info("{} {} {} {} {}ms", id, request.getMethodName(), request.getPath(), response.code(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                return response;
            });
        }
    }
}
