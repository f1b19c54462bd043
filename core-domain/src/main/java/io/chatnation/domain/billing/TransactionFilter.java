package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Optional;

/** Which ledger entries to list; every field optional. {@code from} is inclusive, {@code to} exclusive. */
public record TransactionFilter(Optional<WalletId> wallet, Optional<EntryType> type, Optional<ModuleName> module,
                                Optional<Instant> from, Optional<Instant> to) {

    public TransactionFilter {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw InvalidInput.of("from", "must not be after 'to'");
        }
    }

    public static TransactionFilter everything() {
        return new TransactionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
