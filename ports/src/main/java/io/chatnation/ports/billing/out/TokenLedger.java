package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledger of the current organisation, and the one way wallet figures change. */
public interface TokenLedger {

    /**
     * Applies a posting atomically: changes the wallet, appends the lines, opens or closes the reservation. It
     * applies only if the wallet exists, its available tokens cover {@link io.chatnation.domain.billing.Posting#requiredAvailable()},
     * and (for a posting that {@link PostingRequest#claimsKey() claims} a key) no operation used the key before.
     *
     * @return the wallet's figures afterwards, or empty when the posting did not apply and changed nothing
     * @throws io.chatnation.domain.shared.Conflict when another transaction claimed the same key at the same moment
     */
    Optional<WalletFigures> post(PostingRequest request);

    /** What an earlier operation under this key wrote, if any. */
    Optional<RecordedOperation> operation(IdempotencyKey key);

    Optional<LedgerEntry> find(UUID entryId);

    /** The sum of the refunds recorded against a debit. */
    TokenAmount refundedAgainst(UUID debitEntryId);

    /** Newest first. */
    Page<LedgerEntry> find(TransactionFilter filter, PageRequest page);

    /** By day, module and action, oldest day first. */
    List<UsageLine> usage(UsagePeriod period, Optional<WalletId> wallet);
}
