package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.RecordedOperation;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.WalletFigures;
import io.chatnation.ports.billing.out.Wallets;
import java.util.List;
import java.util.Optional;

/**
 * Posts to the ledger and, on the rare occasions a posting does not apply, finds out why: the key was used
 * before (a replay, or a conflict when the request differs), the wallet does not exist, or it cannot cover the
 * posting. The common case costs one statement; only a refusal costs more.
 */
final class LedgerPostings {

    /** A refusal that explains nothing means the wallet changed in between (a credit landed): try again, a few times. */
    private static final int ATTEMPTS = 3;

    private final TokenLedger ledger;
    private final Wallets wallets;

    LedgerPostings(TokenLedger ledger, Wallets wallets) {
        this.ledger = ledger;
        this.wallets = wallets;
    }

    sealed interface Outcome permits Posted, Replayed {}

    record Posted(WalletFigures figures) implements Outcome {}

    /** The key had already done this very operation: its lines, to rebuild the first result from. */
    record Replayed(List<LedgerEntry> entries) implements Outcome {}

    /**
     * @throws io.chatnation.domain.shared.InsufficientTokens when the wallet cannot cover the posting
     * @throws NotFound when the named wallet does not exist
     * @throws Conflict when the key was used for a different request
     */
    Outcome post(PostingRequest request) {
        for (int attempt = 1; ; attempt++) {
            Optional<WalletFigures> posted = ledger.post(request);
            if (posted.isPresent()) {
                return new Posted(posted.get());
            }
            if (request.claimsKey()) {
                Optional<List<LedgerEntry>> earlier = replay(request.context().key().get(), request.context().fingerprint());
                if (earlier.isPresent()) {
                    return new Replayed(earlier.get());
                }
            }
            Wallet wallet = request.wallet().isEmpty() ? wallets.main()
                    : wallets.find(request.wallet().get()).orElseThrow(() -> new NotFound("Wallet " + request.wallet().get()));
            wallet.after(request.posting());
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("A posting to wallet " + wallet.id() + " kept failing although it can be covered");
            }
        }
    }

    /**
     * The lines an earlier call with this key wrote, when it asked for exactly this.
     *
     * @throws Conflict when the key was used for a different request
     */
    Optional<List<LedgerEntry>> replay(IdempotencyKey key, String fingerprint) {
        Optional<RecordedOperation> earlier = ledger.operation(key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().fingerprint().equals(fingerprint)) {
            throw new Conflict("Idempotency key '" + key + "' was already used for a different request");
        }
        return Optional.of(earlier.get().entries());
    }
}
