package io.chatnation.adapter.persistence.tenancy;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.tenancy.out.Organizations;
import java.util.Optional;
import java.util.UUID;

public final class JdbcOrganizations implements Organizations {

    private final Jdbc jdbc;

    public JdbcOrganizations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Organization o) {
        jdbc.update("insert into organizations (id, name, created_at) values (?, ?, ?)",
                o.id().value(), o.name().value(), o.createdAt());
    }

    @Override
    public Optional<Organization> find(OrgId id) {
        return jdbc.one("select id, name, created_at from organizations where id = ?",
                rs -> new Organization(new OrgId(rs.getObject("id", UUID.class)), new DisplayName(rs.getString("name")),
                        Jdbc.instant(rs, "created_at")), id.value());
    }

    @Override
    public void update(Organization o) {
        jdbc.update("update organizations set name = ? where id = ?", o.name().value(), o.id().value());
    }
}
