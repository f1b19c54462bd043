package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Lets a controller method take the authenticated {@link Caller} as a parameter. The organisation is the
 * credential's, so no request body or path can point a call at another tenant.
 */
@Singleton
public final class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    public static final String ORG_CLAIM = "org";
    public static final String ACTOR_CLAIM = "act";
    public static final String SCOPES_CLAIM = "scopes";

    private final HttpClientAddressResolver addresses;

    public CallerBinder(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        Optional<Caller> caller = request.getUserPrincipal(Authentication.class).map(a -> toCaller(a, request));
        return () -> caller;
    }

    private Caller toCaller(Authentication a, HttpRequest<?> request) {
        OrgId org = OrgId.of(String.valueOf(a.getAttributes().get(ORG_CLAIM)));
        UUID actor = UUID.fromString(a.getName());
        RequestOrigin origin = RequestOrigin.of(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        if (ActorType.API.code().equals(a.getAttributes().get(ACTOR_CLAIM))) {
            Set<Permission> scopes = EnumSet.noneOf(Permission.class);
            if (a.getAttributes().get(SCOPES_CLAIM) instanceof Collection<?> codes) {
                codes.forEach(c -> scopes.add(Permission.parse("scopes", String.valueOf(c))));
            }
            return Caller.apiKey(org, actor, scopes, origin);
        }
        return Caller.user(org, actor, origin);
    }
}
