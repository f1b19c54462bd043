package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current organisation's low-balance alerts: one per dip of a wallet, open until the wallet recovers, and each
 * waiting to be delivered (mail, auto-refill) once after the posting that raised it has committed.
 */
public interface LowBalanceAlerts {

    /**
     * Records a new dip of the wallet. The posting that dipped it found it at or above the threshold, so any dip
     * still marked open is over and is closed first: a wallet has at most one open dip.
     */
    void open(AlertId id, WalletId wallet, TokenAmount threshold, TokenAmount available, Instant at);

    /** Ends the wallet's open dip, if any. */
    void close(WalletId wallet, Instant at);

    /** Unread first, then newest first. */
    Page<LowBalanceAlert> find(PageRequest page);

    Optional<LowBalanceAlert> find(AlertId id);

    void markRead(AlertId id, Instant at);

    /** Across organisations: alerts not yet delivered and not being delivered by another node right now. */
    List<Due> undelivered(Instant now, int limit);

    /**
     * Takes an undelivered alert for delivery until {@code until} (so no other node delivers it meanwhile); empty
     * when it was delivered or is taken.
     */
    Optional<LowBalanceAlert> claim(AlertId id, Instant now, Instant until);

    /** Marks the refill as being decided before any purchase starts, so that a crash can never lead to a second one. */
    void refillStarting(AlertId id);

    void recordRefill(AlertId id, LowBalanceAlert.RefillOutcome outcome);

    /** Marks the alert delivered with what happened to its mail. */
    void delivered(AlertId id, LowBalanceAlert.MailOutcome mail, Instant at);

    /**
     * Whether a purchase auto-refill started for an earlier dip is still waiting for its payment, or another node
     * is starting one right now.
     */
    boolean refillPending(Instant now);

    record Due(OrgId org, AlertId alert) {}
}
