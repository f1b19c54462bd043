package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.ReservationChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** What settling, releasing and expiring a reservation have in common: the posting that ends it, and reading it back. */
final class ReservationEndings {

    private ReservationEndings() {}

    static PostingRequest posting(Reservation.Closing closing, EntryContext by, IdGenerator ids) {
        Reservation r = closing.reservation();
        List<UUID> entryIds = Stream.generate(ids::next).limit(closing.posting().movements().size()).toList();
        return new PostingRequest(Optional.of(r.walletId()), closing.posting(), entryIds, 0,
                by.spending(r.module(), r.action(), r.reference()), new ReservationChange.Close(r));
    }

    static EntryContext context(Caller caller, IdempotencyKey key, String fingerprint, Instant now) {
        return EntryContext.by(caller, Optional.of(key), fingerprint, now);
    }

    static TokenAmount total(List<LedgerEntry> entries, EntryType type) {
        return entries.stream().filter(e -> e.type() == type).map(LedgerEntry::amount).reduce(TokenAmount.ZERO, TokenAmount::plus);
    }

    static TokenAmount availableAfter(List<LedgerEntry> entries) {
        return entries.get(entries.size() - 1).availableAfter();
    }
}
