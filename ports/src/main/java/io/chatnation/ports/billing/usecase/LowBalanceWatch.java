package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.ThresholdCrossing;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.RecordedOperation;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.WalletFigures;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger, watched for low balances. Every change of a wallet's figures is a posting, so this is the one place
 * that sees every debit, settlement, transfer and adjustment: when a posting takes available below the wallet's
 * threshold it raises an alert, and when one takes it back it ends the dip — in the posting's own transaction,
 * while the posting still holds the wallet's row lock, so concurrent postings see the crossings one after the
 * other and a dip is raised exactly once. Postings that cross nothing (nearly all) cost nothing extra; delivering
 * the alert happens later, after commit ({@link DeliverLowBalanceAlertsService}).
 */
public final class LowBalanceWatch implements TokenLedger {

    /** The actor the audit trail names for what the platform does on its own about low balances. */
    public static final UUID ACTOR = UUID.nameUUIDFromBytes("chatnation:billing:low-balance".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final TokenLedger ledger;
    private final LowBalanceAlerts alerts;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;

    public LowBalanceWatch(TokenLedger ledger, LowBalanceAlerts alerts, RecordAuditEntry audit, IdGenerator ids) {
        this.ledger = ledger;
        this.alerts = alerts;
        this.audit = audit;
        this.ids = ids;
    }

    @Override
    public Optional<WalletFigures> post(PostingRequest request) {
        Optional<WalletFigures> posted = ledger.post(request);
        posted.ifPresent(after -> watch(after, after.available().minus(request.posting().availableChange()), request));
        return posted;
    }

    private void watch(WalletFigures after, TokenAmount availableBefore, PostingRequest request) {
        ThresholdCrossing crossing = ThresholdCrossing.of(availableBefore, after.available(), after.lowBalanceThreshold());
        if (crossing == ThresholdCrossing.DIPPED) {
            AlertId id = new AlertId(ids.next());
            alerts.open(id, after.wallet(), after.lowBalanceThreshold(), after.available(), request.context().at());
            audit.record(new RecordAuditEntry.Command(Caller.system(after.org(), ACTOR), "wallet.low_balance", "wallet",
                    Optional.of(after.wallet().value()), Optional.empty(), Optional.of(Map.of(
                            "available", after.available().toString(), "threshold", after.lowBalanceThreshold().toString())),
                    Map.of("alertId", id.toString(), "transactionId", request.entryIds().get(0).toString())));
        } else if (crossing == ThresholdCrossing.RECOVERED) {
            alerts.close(after.wallet(), request.context().at());
        }
    }

    @Override
    public Optional<RecordedOperation> operation(IdempotencyKey key) {
        return ledger.operation(key);
    }

    @Override
    public Optional<LedgerEntry> find(UUID entryId) {
        return ledger.find(entryId);
    }

    @Override
    public TokenAmount refundedAgainst(UUID debitEntryId) {
        return ledger.refundedAgainst(debitEntryId);
    }

    @Override
    public Page<LedgerEntry> find(TransactionFilter filter, PageRequest page) {
        return ledger.find(filter, page);
    }

    @Override
    public List<UsageLine> usage(UsagePeriod period, Optional<WalletId> wallet) {
        return ledger.usage(period, wallet);
    }
}
