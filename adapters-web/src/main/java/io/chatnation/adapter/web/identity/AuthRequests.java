package io.chatnation.adapter.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Request bodies of the /auth endpoints. Every field is nullable here: the use cases' values say what is wrong. */
final class AuthRequests {
    private AuthRequests() {}

    @Serdeable
    record Register(@Nullable String organizationName, @Nullable String name, @Nullable String email, @Nullable String password) {}

    @Serdeable
    record LogIn(@Nullable String email, @Nullable String password) {}

    @Serdeable
    record Refresh(@Nullable String refreshToken) {}

    @Serdeable
    record LogOut(@Nullable String refreshToken) {}

    @Serdeable
    record AcceptInvitation(@Nullable String token, @Nullable String password) {}
}
