package io.chatnation.adapter.persistence.billing.purchase;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.TokenAmount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

final class PurchaseRows {

    private PurchaseRows() {}

    static final String COLUMNS = """
            id, bundle_code, tokens_milli, currency, amount_minor, provider, payer_phone, status, failure_reason,
            failure_detail, provider_reference, checkout_url, receipt, credit_transaction_id, started_by, created_at,
            updated_at, settled_at
            """;

    static Purchase map(ResultSet rs) throws SQLException {
        return new Purchase(new PurchaseId(rs.getObject("id", UUID.class)), new BundleCode(rs.getString("bundle_code")),
                TokenAmount.ofMilli(rs.getLong("tokens_milli")),
                Money.ofMinor(CurrencyCode.valueOf(rs.getString("currency")), rs.getLong("amount_minor")),
                PaymentProvider.parse("provider", rs.getString("provider")),
                Optional.ofNullable(rs.getString("payer_phone")).map(PayerPhone::new),
                PurchaseStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("failure_reason")), Optional.ofNullable(rs.getString("failure_detail")),
                Optional.ofNullable(rs.getString("provider_reference")).map(ProviderReference::new),
                Optional.ofNullable(rs.getString("checkout_url")), Optional.ofNullable(rs.getString("receipt")),
                rs.getObject("started_by", UUID.class), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
                Jdbc.optionalInstant(rs, "settled_at"), Optional.ofNullable(rs.getObject("credit_transaction_id", UUID.class)));
    }
}
