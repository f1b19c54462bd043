package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.out.AutoRefills;
import java.util.Optional;

public final class JdbcAutoRefills implements AutoRefills {

    private final Jdbc jdbc;

    public JdbcAutoRefills(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AutoRefill> find() {
        return jdbc.one("select enabled, bundle_code, provider, payer_phone, updated_at from auto_refill_settings "
                + "where org_id = app_current_org()", rs -> new AutoRefill(rs.getBoolean("enabled"),
                new BundleCode(rs.getString("bundle_code")), PaymentProvider.parse("provider", rs.getString("provider")),
                Optional.ofNullable(rs.getString("payer_phone")).map(PayerPhone::new), Jdbc.instant(rs, "updated_at")));
    }

    @Override
    public void save(AutoRefill s) {
        jdbc.update("""
                insert into auto_refill_settings (enabled, bundle_code, provider, payer_phone, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (org_id) do update set enabled = excluded.enabled, bundle_code = excluded.bundle_code,
                    provider = excluded.provider, payer_phone = excluded.payer_phone, updated_at = excluded.updated_at
                """, s.enabled(), s.bundle().value(), s.provider().code(), s.phone().map(PayerPhone::msisdn),
                s.updatedAt());
    }
}
