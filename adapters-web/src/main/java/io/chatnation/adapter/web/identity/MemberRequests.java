package io.chatnation.adapter.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

final class MemberRequests {
    private MemberRequests() {}

    /** Without a password the member is invited and must accept with the returned token. */
    @Serdeable
    record Add(@Nullable String email, @Nullable String name, @Nullable String role, @Nullable String password) {}

    @Serdeable
    record ChangeRole(@Nullable String role) {}

    @Serdeable
    record Grant(@Nullable String role, @Nullable String module, @Nullable String entityId) {}

    @Serdeable
    record Added(MemberResponse member, @Nullable String invitationToken) {}
}
