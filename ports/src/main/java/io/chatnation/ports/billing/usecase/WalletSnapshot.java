package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.TokenAmount;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a wallet appears in the audit trail. */
final class WalletSnapshot {
    private WalletSnapshot() {}

    static Map<String, Object> of(Wallet w) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", w.id().toString());
        s.put("name", w.name().value());
        s.put("kind", w.kind().code());
        s.put("balance", w.balance().toString());
        s.put("reserved", w.reserved().toString());
        s.put("lowBalanceThreshold", w.lowBalanceThreshold().toString());
        return s;
    }

    static Map<String, Object> figures(TokenAmount balance, TokenAmount reserved) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("balance", balance.toString());
        s.put("reserved", reserved.toString());
        s.put("available", balance.minus(reserved).toString());
        return s;
    }
}
