package io.chatnation.app.server;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * The dashboard routes in the browser (/members, /signin…). A page load of such a path finds no file,
 * so instead of a 404 it gets the dashboard's index.html; API and operations paths keep their 404.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class DashboardFallbackFilter implements HttpServerFilter {

    private static final List<String> NOT_DASHBOARD = List.of("/api/", "/health", "/prometheus", "/swagger", "/assets/");

    private final Optional<byte[]> index;

    public DashboardFallbackFilter(ResourceResolver resources) {
        this.index = resources.getResourceAsStream("classpath:dashboard/index.html").map(DashboardFallbackFilter::read);
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (index.isEmpty() || request.getMethod() != HttpMethod.GET || NOT_DASHBOARD.stream().anyMatch(request.getPath()::startsWith)) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), response -> response.getStatus() == HttpStatus.NOT_FOUND
                ? HttpResponse.ok(index.get()).contentType(MediaType.TEXT_HTML_TYPE)
                : response);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
