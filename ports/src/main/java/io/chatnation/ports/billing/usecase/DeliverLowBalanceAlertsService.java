package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.alert.LowBalanceAlert.MailOutcome;
import io.chatnation.domain.billing.alert.LowBalanceAlert.RefillOutcome;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DomainException;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.in.DeliverLowBalanceAlerts;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.AutoRefills;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.Mailer;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers low-balance alerts after the postings that raised them have committed, so no mail server or payment
 * provider is ever waited on inside a wallet's transaction. Each alert is taken under a lease (several nodes may
 * run this), then: auto-refill decides, and at most one purchase starts per dip — the decision is written down
 * before the purchase starts, so a crash in between leaves the dip without a refill rather than with two; then
 * the owners are mailed; then the alert is marked delivered.
 */
public final class DeliverLowBalanceAlertsService implements DeliverLowBalanceAlerts {

    static final int BATCH = 100;
    /** Long enough for a provider's answer and a mail server's; an alert whose node died is retried after it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final UnitOfWork uow;
    private final LowBalanceAlerts alerts;
    private final AutoRefills refills;
    private final StartPurchase startPurchase;
    private final ListMembers members;
    private final Mailer mailer;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public DeliverLowBalanceAlertsService(UnitOfWork uow, LowBalanceAlerts alerts, AutoRefills refills,
                                          StartPurchase startPurchase, ListMembers members, Mailer mailer,
                                          RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.alerts = alerts;
        this.refills = refills;
        this.startPurchase = startPurchase;
        this.members = members;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Delivered deliver() {
        Instant now = clock.instant();
        int delivered = 0;
        int mailed = 0;
        int started = 0;
        int failed = 0;
        for (LowBalanceAlerts.Due due : uow.withoutOrganization(() -> alerts.undelivered(now, BATCH))) {
            Optional<LowBalanceAlert> claimed = uow.inOrganization(due.org(),
                    () -> alerts.claim(due.alert(), now, now.plus(LEASE)));
            if (claimed.isEmpty()) {
                continue;
            }
            LowBalanceAlert alert = claimed.get();
            Caller system = Caller.system(due.org(), LowBalanceWatch.ACTOR);
            RefillOutcome refill = refill(system, alert);
            MailOutcome mail = mail(system, alert, refill);
            uow.runInOrganization(due.org(), () -> alerts.delivered(alert.id(), mail, clock.instant()));
            delivered++;
            mailed += mail == MailOutcome.SENT ? 1 : 0;
            started += refill.state() == RefillOutcome.State.STARTED ? 1 : 0;
            failed += refill.state() == RefillOutcome.State.FAILED ? 1 : 0;
        }
        return new Delivered(delivered, mailed, started, failed);
    }

    private RefillOutcome refill(Caller system, LowBalanceAlert alert) {
        if (alert.refill().state() != RefillOutcome.State.PENDING) {
            // Decided by an earlier attempt (one that died after deciding): never start a second purchase.
            return alert.refill();
        }
        Optional<AutoRefill> setting = uow.inOrganization(system.orgId(), () -> {
            Optional<String> skip = skipReason(alert);
            if (skip.isPresent()) {
                alerts.recordRefill(alert.id(), RefillOutcome.skipped(skip.get()));
                return Optional.<AutoRefill>empty();
            }
            alerts.refillStarting(alert.id());
            return refills.find();
        });
        if (setting.isEmpty()) {
            return uow.inOrganization(system.orgId(), () -> alerts.find(alert.id()).orElseThrow().refill());
        }
        RefillOutcome outcome;
        try {
            Purchase purchase = startPurchase.start(new StartPurchase.Command(system, setting.get().bundle(),
                    Optional.of(setting.get().provider()), Optional.empty(), setting.get().phone()));
            outcome = RefillOutcome.started(purchase.id());
        } catch (DomainException | PaymentProviderFailed e) {
            outcome = RefillOutcome.failed(e.getMessage());
        }
        RefillOutcome recorded = outcome;
        uow.runInOrganization(system.orgId(), () -> {
            alerts.recordRefill(alert.id(), recorded);
            if (recorded.state() == RefillOutcome.State.FAILED) {
                audit.record(new RecordAuditEntry.Command(system, "billing.auto_refill_failed", "notification",
                        Optional.of(alert.id().value()), Optional.empty(), Optional.empty(),
                        Map.of("reason", recorded.reason().orElseThrow(), "bundle", setting.get().bundle().value(),
                                "provider", setting.get().provider().code())));
            }
        });
        return recorded;
    }

    /** Why this dip gets no purchase, if it gets none. Runs in the organisation's transaction. */
    private Optional<String> skipReason(LowBalanceAlert alert) {
        if (!alert.mainWallet()) {
            return Optional.of("auto-refill tops up the main wallet only");
        }
        Optional<AutoRefill> setting = refills.find();
        if (setting.isEmpty() || !setting.get().enabled()) {
            return Optional.of("auto-refill is off");
        }
        if (alerts.refillPending(clock.instant())) {
            return Optional.of("an earlier auto-refill purchase is still waiting for its payment");
        }
        return Optional.empty();
    }

    private MailOutcome mail(Caller system, LowBalanceAlert alert, RefillOutcome refill) {
        List<EmailAddress> owners = owners(system);
        if (owners.isEmpty()) {
            return MailOutcome.SKIPPED;
        }
        Mailer.Outcome outcome = mailer.send(LowBalanceMail.compose(owners, alert, refill));
        if (outcome instanceof Mailer.Sent) {
            return MailOutcome.SENT;
        }
        return outcome instanceof Mailer.Skipped ? MailOutcome.SKIPPED : MailOutcome.FAILED;
    }

    private List<EmailAddress> owners(Caller system) {
        List<EmailAddress> owners = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Member> members = this.members.list(system, page);
            members.items().stream().filter(m -> m.isOwner() && m.status() == UserStatus.ACTIVE)
                    .map(Member::email).forEach(owners::add);
            if (members.nextCursor().isEmpty()) {
                return owners;
            }
            page = new PageRequest(members.nextCursor(), PageRequest.MAX_LIMIT);
        }
    }
}
