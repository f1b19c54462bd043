package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.CallerBinder;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.identity.ApiKeyToken;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.AuthenticateApiKey;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Accepts an API key as {@code X-Api-Key: cn_…} or {@code Authorization: Bearer cn_…}. The lookup
 * touches the database, so it runs off the event loop.
 */
@Singleton
public final class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private final AuthenticateApiKey authenticate;
    private final ExecutorService blocking;
    private final HttpClientAddressResolver addresses;

    public ApiKeyAuthenticationFetcher(AuthenticateApiKey authenticate, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                       HttpClientAddressResolver addresses) {
        this.authenticate = authenticate;
        this.blocking = blocking;
        this.addresses = addresses;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            return Publishers.empty();
        }
        RequestOrigin origin = RequestOrigin.of(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        CompletableFuture<Authentication> lookup = CompletableFuture.supplyAsync(() -> authenticate
                .authenticate(presented.get(), origin)
                .map(caller -> Authentication.build(caller.actorId().toString(), Map.of(
                        CallerBinder.ORG_CLAIM, caller.orgId().toString(),
                        CallerBinder.ACTOR_CLAIM, ActorType.API.code(),
                        CallerBinder.SCOPES_CLAIM, caller.apiScopes().stream().map(Permission::code).sorted().toList())))
                .orElse(null), blocking);
        return Publishers.fromCompletableFuture(lookup);
    }

    private static Optional<String> presentedKey(HttpRequest<?> request) {
        String header = request.getHeaders().get(HEADER);
        if (header != null) {
            return Optional.of(header.trim());
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith(BEARER)
                && ApiKeyToken.looksLikeOne(authorization.substring(BEARER.length()).trim())) {
            return Optional.of(authorization.substring(BEARER.length()).trim());
        }
        return Optional.empty();
    }
}
