package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.Wallet;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** A wallet as the API shows it; amounts in tokens. */
@Serdeable
public record WalletResponse(String id, String name, String kind, BigDecimal balance, BigDecimal reserved,
                             BigDecimal available, BigDecimal lowBalanceThreshold, boolean belowThreshold, Instant createdAt) {

    static WalletResponse of(Wallet w) {
        return new WalletResponse(w.id().toString(), w.name().value(), w.kind().code(), Tokens.shown(w.balance()),
                Tokens.shown(w.reserved()), Tokens.shown(w.available()), Tokens.shown(w.lowBalanceThreshold()),
                w.isBelowThreshold(), w.createdAt());
    }
}
