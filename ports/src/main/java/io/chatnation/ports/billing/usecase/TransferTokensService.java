package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.TransferTokens;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.ReservationChange;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.WalletFigures;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class TransferTokensService implements TransferTokens {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final CheckAccess access;
    private final Wallets wallets;
    private final LedgerPostings postings;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public TransferTokensService(UnitOfWork uow, CheckAccess access, TokenLedger ledger, Wallets wallets,
                                 RecordAuditEntry audit, IdGenerator ids, Clock clock, WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.access = access;
        this.wallets = wallets;
        this.postings = new LedgerPostings(ledger, wallets);
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Transferred transfer(Command c) {
        Instant now = clock.instant();
        String fingerprint = Fingerprint.of("transfer").with("from", c.from()).with("to", c.to())
                .with("amount", c.amount()).toString();
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.BILLING_MANAGE);
            Optional<List<LedgerEntry>> earlier = postings.replay(c.key(), fingerprint);
            if (earlier.isPresent()) {
                LedgerEntry out = earlier.get().get(0);
                LedgerEntry in = earlier.get().get(1);
                return new Transferred(out.id(), in.id(), out.walletId(), in.walletId(), out.amount(), out.availableAfter(),
                        in.availableAfter(), true);
            }
            List<Wallet> locked = wallets.lock(List.of(c.from(), c.to()));
            require(locked, c.from(), "fromWalletId");
            require(locked, c.to(), "toWalletId");
            EntryContext context = EntryContext.by(c.caller(), Optional.of(c.key()), fingerprint, now).with(c.note());
            UUID outId = ids.next();
            UUID inId = ids.next();
            WalletFigures from = posted(postings.post(new PostingRequest(Optional.of(c.from()),
                    Posting.of(Movement.transferOut(c.amount())), List.of(outId), 0, context.against(c.to()), ReservationChange.NONE)));
            WalletFigures to = posted(postings.post(new PostingRequest(Optional.of(c.to()),
                    Posting.of(Movement.transferIn(c.amount())), List.of(inId), 1, context.against(c.from()), ReservationChange.NONE)));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fromWalletId", c.from().toString());
            details.put("toWalletId", c.to().toString());
            details.put("tokens", c.amount().toString());
            details.put("note", c.note().value());
            details.put("idempotencyKey", c.key().value());
            audit.record(RecordAuditEntry.Command.created(c.caller(), "wallet.transferred", "token_transaction", outId, details));
            return new Transferred(outId, inId, c.from(), c.to(), c.amount(), from.available(), to.available(), false);
        }));
    }

    private static void require(List<Wallet> locked, WalletId id, String field) {
        if (locked.stream().noneMatch(w -> w.id().equals(id))) {
            throw new NotFound("Wallet " + id + " (" + field + ")");
        }
    }

    /** The key was checked under no lock at the start; a concurrent twin that won the race makes the claim fail with a Conflict instead. */
    private static WalletFigures posted(LedgerPostings.Outcome outcome) {
        if (outcome instanceof LedgerPostings.Posted posted) {
            return posted.figures();
        }
        throw new Conflict("This transfer was made at the same moment by a repeat of the request");
    }
}
