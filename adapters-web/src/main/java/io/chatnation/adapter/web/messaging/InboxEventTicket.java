package io.chatnation.adapter.web.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The event-stream ticket: read from {@code ?ticket=} on the stream's URL only, and accepted there only. Tickets
 * travel in a URL, which proxies and logs may keep; so they live a minute and, were one to leak, open nothing but
 * the stream of ids its member could already read.
 */
final class InboxEventTicket {

    static final String PATH = "/api/v1/inbox/events";
    static final String USE_CLAIM = "use";
    static final String USE = "inbox-events";
    static final Duration LIFETIME = Duration.ofMinutes(1);

    private InboxEventTicket() {}

    static boolean isStreamRequest(@Nullable HttpRequest<?> request) {
        return request != null && request.getMethod() == HttpMethod.GET && PATH.equals(request.getPath());
    }

    @Singleton
    static final class QueryReader implements TokenReader<HttpRequest<?>> {
        @Override
        public Optional<String> findToken(HttpRequest<?> request) {
            return isStreamRequest(request)
                    ? request.getParameters().getFirst("ticket").filter(t -> !t.isBlank())
                    : Optional.empty();
        }
    }

    /** Refuses a ticket anywhere but on the stream. */
    @Singleton
    static final class OnlyOnTheStream implements GenericJwtClaimsValidator<HttpRequest<?>> {
        @Override
        public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
            return !USE.equals(claims.get(USE_CLAIM)) || isStreamRequest(request);
        }
    }
}
