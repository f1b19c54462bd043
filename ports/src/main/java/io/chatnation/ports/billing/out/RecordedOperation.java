package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.LedgerEntry;
import java.util.List;

/** The ledger lines an earlier operation wrote under an idempotency key, and the fingerprint of its request. */
public record RecordedOperation(String fingerprint, List<LedgerEntry> entries) {

    public RecordedOperation {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an operation wrote at least one line");
        }
    }
}
