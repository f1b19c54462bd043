package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.purchase.PayerPhone;
import java.util.LinkedHashMap;
import java.util.Map;

/** An auto-refill setting as the audit trail records it: the phone masked. */
final class AutoRefillSnapshot {

    private AutoRefillSnapshot() {}

    static Map<String, Object> of(AutoRefill setting) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("enabled", setting.enabled());
        values.put("bundle", setting.bundle().value());
        values.put("provider", setting.provider().code());
        setting.phone().map(PayerPhone::masked).ifPresent(phone -> values.put("phone", phone));
        return values;
    }
}
