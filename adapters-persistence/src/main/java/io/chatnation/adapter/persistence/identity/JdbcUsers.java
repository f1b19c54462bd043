package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.NewAccount;
import io.chatnation.ports.identity.out.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

public final class JdbcUsers implements Users {

    private static final String MEMBER = """
            select u.id, u.email, u.name, u.status, u.created_at,
                   coalesce(array_agg(r.role_key) filter (where r.role_key is not null), '{}') as roles
            from users u left join user_roles r on r.user_id = u.id
            """;

    /** A member row before its grants are attached. */
    private record Row(UserId id, EmailAddress email, DisplayName name, UserStatus status, Set<Role> roles, Instant joinedAt) {
        Member with(List<PermissionGrant> grants) {
            return new Member(id, email, name, status, roles, grants, joinedAt);
        }
    }

    private final Jdbc jdbc;

    public JdbcUsers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(NewAccount a) {
        jdbc.insertUnique("""
                insert into users (id, email, name, status, password_hash, invitation_digest, invitation_expires_at,
                                   created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, "An account with this e-mail already exists",
                a.id().value(), a.email().value(), a.name().value(), a.status().name(), a.passwordHash(),
                a.invitation().map(SecretDigest::hex), a.invitationExpiresAt(), a.createdAt(), a.createdAt());
    }

    @Override
    public Optional<Member> find(UserId id) {
        return jdbc.one(MEMBER + " where u.id = ? group by u.id", JdbcUsers::row, id.value())
                .map(r -> r.with(jdbc.list("select " + GrantRows.COLUMNS + " from permission_grants where user_id = ? order by created_at",
                        GrantRows::map, id.value())));
    }

    @Override
    public Page<Member> page(PageRequest page) {
        List<Row> rows = page.cursor().map(Keyset::decode)
                .map(after -> jdbc.list(MEMBER + " where (u.created_at, u.id) > (?, ?) group by u.id order by u.created_at, u.id limit ?",
                        JdbcUsers::row, after.at(), after.id(), page.limit() + 1))
                .orElseGet(() -> jdbc.list(MEMBER + " group by u.id order by u.created_at, u.id limit ?",
                        JdbcUsers::row, page.limit() + 1));
        Map<UserId, List<PermissionGrant>> grants = grantsOf(rows);
        List<Member> members = rows.stream().map(r -> r.with(grants.getOrDefault(r.id(), List.of()))).toList();
        return Pages.of(members, page.limit(), m -> new Keyset(m.joinedAt(), m.id().value()));
    }

    private Map<UserId, List<PermissionGrant>> grantsOf(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = rows.stream().map(r -> r.id().value()).toArray(UUID[]::new);
        return jdbc.list("select " + GrantRows.COLUMNS + " from permission_grants where user_id = any(?) order by created_at",
                        GrantRows::map, (Object) ids)
                .stream().collect(Collectors.groupingBy(PermissionGrant::userId));
    }

    @Override
    public void activate(UserId id, String passwordHash) {
        jdbc.update("""
                update users set status = 'ACTIVE', password_hash = ?, invitation_digest = null,
                                 invitation_expires_at = null, updated_at = now()
                where id = ?
                """, passwordHash, id.value());
    }

    @Override
    public void delete(UserId id) {
        jdbc.update("delete from users where id = ?", id.value());
    }

    private static Row row(ResultSet rs) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Jdbc.texts(rs, "roles").forEach(r -> roles.add(Role.valueOf(r)));
        return new Row(new UserId(rs.getObject("id", UUID.class)), new EmailAddress(rs.getString("email")),
                new DisplayName(rs.getString("name")), UserStatus.valueOf(rs.getString("status")), roles,
                Jdbc.instant(rs, "created_at"));
    }
}
