package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the lines of one posting are about, copied onto each of them: who, for which module, action and
 * reference, under which idempotency key, and the fingerprint of the request that a repeat must match.
 *
 * @param counterpart the other wallet of a transfer
 * @param reverses    the debit a refund gives back
 */
public record EntryContext(Optional<ModuleName> module, Optional<BillableAction> action, Optional<UUID> reference,
                           Optional<WalletId> counterpart, Optional<UUID> reverses, ActorType actorType,
                           Optional<UUID> actorId, Optional<IdempotencyKey> key, String fingerprint, Memo memo,
                           Instant at) {

    public EntryContext {
        Objects.requireNonNull(actorType, "actor type");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(memo, "memo");
        Objects.requireNonNull(at, "at");
    }

    /** A context acted by {@code caller}, about nothing in particular yet. */
    public static EntryContext by(Caller caller, Optional<IdempotencyKey> key, String fingerprint, Instant at) {
        return new EntryContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                caller.type(), Optional.of(caller.actorId()), key, fingerprint, Memo.NONE, at);
    }

    /** A context acted by the platform itself (expiry, a confirmed payment). */
    public static EntryContext bySystem(Optional<IdempotencyKey> key, String fingerprint, Instant at) {
        return new EntryContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ActorType.SYSTEM, Optional.empty(), key, fingerprint, Memo.NONE, at);
    }

    public EntryContext spending(ModuleName module, BillableAction action, Optional<UUID> reference) {
        return new EntryContext(Optional.of(module), Optional.of(action), reference, counterpart, reverses, actorType,
                actorId, key, fingerprint, memo, at);
    }

    public EntryContext about(Optional<UUID> reference) {
        return new EntryContext(module, action, reference, counterpart, reverses, actorType, actorId, key, fingerprint, memo, at);
    }

    public EntryContext with(Memo newMemo) {
        return new EntryContext(module, action, reference, counterpart, reverses, actorType, actorId, key, fingerprint, newMemo, at);
    }

    public EntryContext against(WalletId other) {
        return new EntryContext(module, action, reference, Optional.of(other), reverses, actorType, actorId, key, fingerprint, memo, at);
    }

    public EntryContext reversing(UUID debit) {
        return new EntryContext(module, action, reference, counterpart, Optional.of(debit), actorType, actorId, key, fingerprint, memo, at);
    }
}
