package io.chatnation.adapter.payments.shared;

import io.chatnation.domain.shared.RequestOrigin;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/** Where a provider's call came from, for the audit trail of what it changed. */
@Singleton
public final class ClientOrigins {

    private final HttpClientAddressResolver addresses;

    public ClientOrigins(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    public RequestOrigin of(HttpRequest<?> request) {
        return RequestOrigin.of(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
