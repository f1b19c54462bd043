package io.chatnation.adapter.web.identity;

import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import io.chatnation.ports.identity.in.ShowCurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

@Serdeable
public record MeResponse(String actorType, Organization organization, @Nullable MemberResponse user, List<String> roles,
                         List<String> permissions) {

    @Serdeable
    public record Organization(String id, String name, Instant createdAt) {}

    static MeResponse of(ShowCurrentUser.Me me) {
        return new MeResponse(me.caller().type().code(),
                new Organization(me.organization().id().toString(), me.organization().name().value(), me.organization().createdAt()),
                me.member().map(MemberResponse::of).orElse(null),
                me.member().map(m -> m.roles().stream().sorted().map(Role::name).toList()).orElse(List.of()),
                me.permissions().stream().sorted().map(Permission::code).toList());
    }
}
