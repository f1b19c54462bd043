package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.billing.WalletId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One posting to one wallet: its lines (with their ids, numbered from {@code firstLine} within the operation),
 * what they are about, and the reservation they open or close.
 *
 * @param wallet empty for the organisation's main wallet
 * @param firstLine 0 for an operation's first posting, which is the one that claims the idempotency key; a later
 *                  posting of the same operation (the second leg of a transfer) continues the numbering
 */
public record PostingRequest(Optional<WalletId> wallet, Posting posting, List<UUID> entryIds, int firstLine,
                             EntryContext context, ReservationChange reservation) {

    public PostingRequest {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(reservation, "reservation");
        entryIds = List.copyOf(entryIds);
        if (entryIds.size() != posting.movements().size()) {
            throw new IllegalArgumentException("one id per line");
        }
        if (firstLine < 0) {
            throw new IllegalArgumentException("lines are numbered from 0");
        }
    }

    public boolean claimsKey() {
        return firstLine == 0 && context.key().isPresent();
    }
}
