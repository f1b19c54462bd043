package io.chatnation.app.cli;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.TokenAmount;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One ledger entry as named fields, in the order and with the names of the API's {@code /billing/transactions}. */
final class LedgerEntryFields {

    static final List<String> NAMES = List.of("id", "walletId", "type", "amount", "balanceChange", "reservedChange",
            "balanceAfter", "availableAfter", "module", "action", "referenceId", "reservationId", "counterpartWalletId",
            "actorType", "actorId", "idempotencyKey", "memo", "createdAt");

    static final ExportColumns<LedgerEntry> COLUMNS = new ExportColumns<>(NAMES, LedgerEntryFields::of);

    private LedgerEntryFields() {}

    /** Token figures are decimal numbers of tokens (JSON numbers in JSON Lines); absent values are nulls. */
    static Map<String, Object> of(LedgerEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", e.id().toString());
        fields.put("walletId", e.walletId().toString());
        fields.put("type", e.type().code());
        fields.put("amount", tokens(e.amount()));
        fields.put("balanceChange", tokens(e.balanceChange()));
        fields.put("reservedChange", tokens(e.reservedChange()));
        fields.put("balanceAfter", tokens(e.balanceAfter()));
        fields.put("availableAfter", tokens(e.availableAfter()));
        fields.put("module", e.module().map(ModuleName::value).orElse(null));
        fields.put("action", e.action().map(BillableAction::code).orElse(null));
        fields.put("referenceId", e.reference().map(UUID::toString).orElse(null));
        fields.put("reservationId", e.reservation().map(ReservationId::toString).orElse(null));
        fields.put("counterpartWalletId", e.counterpart().map(WalletId::toString).orElse(null));
        fields.put("actorType", e.actorType().code());
        fields.put("actorId", e.actorId().map(UUID::toString).orElse(null));
        fields.put("idempotencyKey", e.key().map(IdempotencyKey::value).orElse(null));
        fields.put("memo", e.memo().value());
        fields.put("createdAt", e.createdAt().toString());
        return fields;
    }

    /** As the API writes them: 100, not 1E+2. */
    private static BigDecimal tokens(TokenAmount amount) {
        return new BigDecimal(amount.tokens().toPlainString());
    }
}
