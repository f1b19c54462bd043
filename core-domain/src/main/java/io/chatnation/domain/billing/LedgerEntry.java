package io.chatnation.domain.billing;

import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One immutable line of a wallet's ledger. The lines an operation wrote share its idempotency key and are
 * numbered from 0 in {@code line}; {@code balanceAfter} and {@code reservedAfter} are the wallet's figures right
 * after this line, so a statement can be printed from the ledger alone.
 */
public record LedgerEntry(UUID id, WalletId walletId, int line, EntryType type, TokenAmount amount,
                          TokenAmount balanceChange, TokenAmount reservedChange, TokenAmount balanceAfter,
                          TokenAmount reservedAfter, Optional<ModuleName> module, Optional<BillableAction> action,
                          Optional<UUID> reference, Optional<ReservationId> reservation, Optional<WalletId> counterpart,
                          ActorType actorType, Optional<UUID> actorId, Optional<IdempotencyKey> key, Memo memo,
                          Instant createdAt) {

    public TokenAmount availableAfter() {
        return balanceAfter.minus(reservedAfter);
    }
}
