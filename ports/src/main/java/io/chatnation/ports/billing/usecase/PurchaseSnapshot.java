package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A purchase as the audit trail records it; the payer's phone only masked. */
final class PurchaseSnapshot {

    private PurchaseSnapshot() {}

    static Map<String, Object> of(Purchase p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", p.id().toString());
        s.put("bundle", p.bundle().value());
        s.put("tokens", p.tokens().toString());
        s.put("amount", p.price().major().toPlainString());
        s.put("currency", p.price().currency().name());
        s.put("provider", p.provider().code());
        s.put("status", p.status().name());
        p.payerPhone().map(PayerPhone::masked).ifPresent(phone -> s.put("payerPhone", phone));
        p.providerReference().map(ProviderReference::value).ifPresent(r -> s.put("providerReference", r));
        p.failureReason().ifPresent(r -> s.put("failureReason", r));
        p.receipt().ifPresent(r -> s.put("receipt", r));
        p.creditTransaction().map(UUID::toString).ifPresent(t -> s.put("creditTransaction", t));
        return s;
    }
}
