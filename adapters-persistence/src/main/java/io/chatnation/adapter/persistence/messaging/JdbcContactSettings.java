package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.ports.messaging.out.ContactSettings;
import java.time.Instant;
import java.util.Optional;

public final class JdbcContactSettings implements ContactSettings {

    private final Jdbc jdbc;

    public JdbcContactSettings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PhoneRegion> defaultRegion() {
        return jdbc.one("select default_region from contact_settings where default_region is not null",
                rs -> new PhoneRegion(rs.getString(1)));
    }

    @Override
    public void setDefaultRegion(PhoneRegion region, Instant now) {
        jdbc.update("""
                insert into contact_settings (default_region, updated_at) values (?, ?)
                on conflict (org_id) do update set default_region = excluded.default_region, updated_at = excluded.updated_at""",
                region.code(), now);
    }
}
