package io.chatnation.adapter.persistence.billing.purchase;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.out.Purchases;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcPurchases implements Purchases {

    private static final String SELECT = "select " + PurchaseRows.COLUMNS + " from purchases";

    private final Jdbc jdbc;

    public JdbcPurchases(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Purchase p, SecretDigest callback) {
        jdbc.update("""
                insert into purchases (id, bundle_code, tokens_milli, currency, amount_minor, provider, payer_phone, status,
                                       callback_digest, started_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, p.id().value(), p.bundle().value(), p.tokens().milli(), p.price().currency().name(), p.price().minor(),
                p.provider().code(), p.payerPhone().map(PayerPhone::msisdn), p.status().name(), callback.hex(),
                p.startedBy(), p.createdAt(), p.updatedAt());
    }

    @Override
    public Optional<Purchase> find(PurchaseId id) {
        return jdbc.one(SELECT + " where id = ?", PurchaseRows::map, id.value());
    }

    @Override
    public Optional<Purchase> lock(PurchaseId id) {
        return jdbc.one(SELECT + " where id = ? for update", PurchaseRows::map, id.value());
    }

    @Override
    public void update(Purchase p) {
        jdbc.insertUnique("""
                update purchases set status = ?, failure_reason = ?, failure_detail = ?, provider_reference = ?,
                                     checkout_url = ?, receipt = ?, credit_transaction_id = ?, updated_at = ?, settled_at = ?
                where id = ?
                """, "Another purchase already holds this payment attempt", p.status().name(), p.failureReason(),
                p.failureDetail(), p.providerReference().map(ProviderReference::value), p.checkoutUrl(), p.receipt(),
                p.creditTransaction(), p.updatedAt(), p.settledAt(), p.id().value());
    }

    @Override
    public Page<Purchase> page(PageRequest page) {
        List<Purchase> rows = page.cursor().map(Keyset::decode)
                .map(before -> jdbc.list(SELECT + " where (created_at, id) < (?, ?) order by created_at desc, id desc limit ?",
                        PurchaseRows::map, before.at(), before.id(), page.limit() + 1))
                .orElseGet(() -> jdbc.list(SELECT + " order by created_at desc, id desc limit ?", PurchaseRows::map,
                        page.limit() + 1));
        return Pages.of(rows, page.limit(), p -> new Keyset(p.createdAt(), p.id().value()));
    }

    @Override
    public boolean recordNotice(PaymentProvider provider, String noticeId, PurchaseId purchase, Instant receivedAt) {
        // The key is global, so a notice id seen in any organisation counts as seen, though that row stays invisible.
        return jdbc.update("""
                insert into payment_notices (provider, notice_id, purchase_id, received_at) values (?, ?, ?, ?)
                on conflict (provider, notice_id) do nothing
                """, provider.code(), noticeId, purchase.value(), receivedAt) == 1;
    }

    @Override
    public void noteStatusQueried(PurchaseId id, Instant at) {
        jdbc.update("update purchases set status_queried_at = ? where id = ?", at, id.value());
    }
}
