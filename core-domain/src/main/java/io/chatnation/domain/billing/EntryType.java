package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of ledger entries. */
public enum EntryType {
    /** Tokens bought with a confirmed payment. */
    PURCHASE,
    /** Tokens spent, directly or by settling a reservation. */
    DEBIT,
    /** Tokens set aside for work in progress: available falls, balance stays. */
    RESERVE,
    /** Reserved tokens given back to available: cancelled, failed, settled below the estimate, or expired. */
    RELEASE,
    /** Spent tokens returned, for an action that failed after it was charged. */
    REFUND,
    /** One leg of a move between two wallets of the organisation. */
    TRANSFER,
    /** A correction by the platform, with its reason. */
    ADJUSTMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryType parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unknown type '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(EntryType::code).collect(Collectors.joining(", "))));
    }

    public static EntryType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
