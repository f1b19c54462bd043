package io.chatnation.adapter.persistence.billing.purchase;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.billing.out.PurchaseLocator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Calls the schema's SECURITY DEFINER lookups: the application role cannot read across tenants itself. */
public final class JdbcPurchaseLocator implements PurchaseLocator {

    private final Jdbc jdbc;

    public JdbcPurchaseLocator(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PurchaseKey> byCallback(SecretDigest callback) {
        return jdbc.one("select * from payments_purchase_by_callback(?)", JdbcPurchaseLocator::key, callback.hex());
    }

    @Override
    public Optional<PurchaseKey> byAttempt(PaymentProvider provider, ProviderReference reference) {
        return jdbc.one("select * from payments_purchase_by_reference(?, ?)", JdbcPurchaseLocator::key,
                provider.code(), reference.value());
    }

    @Override
    public List<PurchaseKey> awaitingConfirmation(Instant startedBefore, Instant askedBefore, int limit) {
        return jdbc.list("select * from payments_purchases_awaiting_confirmation(?, ?, ?)", JdbcPurchaseLocator::key,
                startedBefore, askedBefore, limit);
    }

    private static PurchaseKey key(ResultSet rs) throws SQLException {
        return new PurchaseKey(new OrgId(rs.getObject("org_id", UUID.class)), new PurchaseId(rs.getObject("id", UUID.class)));
    }
}
