package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.RequestOrigin;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * Where a request came from, for the audit trail: the client's address (read through the configured proxy
 * headers) and its user agent. For calls that carry no {@link io.chatnation.domain.shared.Caller}, such as a
 * payment provider's notices, which the audit trail attributes to the provider.
 */
@Singleton
public final class RequestOrigins {

    private final HttpClientAddressResolver addresses;

    public RequestOrigins(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    public RequestOrigin of(HttpRequest<?> request) {
        return RequestOrigin.of(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
