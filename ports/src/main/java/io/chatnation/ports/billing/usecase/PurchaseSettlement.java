package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one path by which anything a provider says reaches a purchase — callbacks, webhooks, status queries
 * and the sandbox alike. Runs inside the purchase's organisation, on a purchase locked by the caller; the
 * status change, the credit and the audit entry commit together or not at all.
 */
public final class PurchaseSettlement {

    /**
     * @param via how the notice came: {@code callback}, {@code webhook}, {@code status_query}, {@code sandbox}
     */
    public record Notice(PaymentProvider provider, Optional<ProviderReference> reference, Optional<String> noticeId,
                         PaymentOutcome outcome, String via) {
        public Notice {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(via, "via");
        }
    }

    private final Purchases purchases;
    private final CreditPurchasedTokens credits;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public PurchaseSettlement(Purchases purchases, CreditPurchasedTokens credits, RecordAuditEntry audit, Clock clock) {
        this.purchases = purchases;
        this.credits = credits;
        this.audit = audit;
        this.clock = clock;
    }

    ConfirmPayment.Outcome apply(Caller actor, Purchase purchase, Notice notice) {
        Instant now = clock.instant();
        if (notice.provider() != purchase.provider()) {
            return reject(actor, purchase, notice, new Purchase.Refused("noticeComesFromThePurchasesProvider",
                    "The purchase is paid through " + purchase.provider().title() + ", not " + notice.provider().title()));
        }
        if (notice.noticeId().isPresent()
                && !purchases.recordNotice(notice.provider(), notice.noticeId().get(), purchase.id(), now)) {
            return new ConfirmPayment.Unchanged(purchase, "notice " + notice.noticeId().get() + " was handled before");
        }
        Purchase.Settlement settlement = purchase.settle(notice.outcome(), notice.reference(), now);
        if (settlement instanceof Purchase.Unchanged unchanged) {
            return new ConfirmPayment.Unchanged(purchase, unchanged.why());
        }
        if (settlement instanceof Purchase.Refused refused) {
            return reject(actor, purchase, notice, refused);
        }
        Purchase after = ((Purchase.Changed) settlement).after();
        if (after.status() == PurchaseStatus.PAID) {
            CreditPurchasedTokens.Result credit = credits.credit(new CreditPurchasedTokens.Command(actor.orgId(),
                    after.id().value(), after.tokens(), after.tokens() + " tokens bought through "
                    + after.provider().title() + " (bundle " + after.bundle() + ")"));
            after = after.credited(credit.transactionId());
        }
        purchases.update(after);
        audit.record(new RecordAuditEntry.Command(actor, "purchase." + after.status().name().toLowerCase(Locale.ROOT),
                "purchase", Optional.of(after.id().value()), Optional.of(PurchaseSnapshot.of(purchase)),
                Optional.of(PurchaseSnapshot.of(after)), metadata(notice)));
        return new ConfirmPayment.Settled(after);
    }

    private ConfirmPayment.Outcome reject(Caller actor, Purchase purchase, Notice notice, Purchase.Refused refused) {
        Map<String, Object> metadata = metadata(notice);
        metadata.put("rule", refused.rule());
        metadata.put("reason", refused.why());
        if (notice.outcome() instanceof PaymentOutcome.Paid paid) {
            paid.amount().ifPresent(amount -> metadata.put("claimedAmount", amount.toString()));
        }
        audit.record(new RecordAuditEntry.Command(actor, "purchase.payment_rejected", "purchase",
                Optional.of(purchase.id().value()), Optional.of(PurchaseSnapshot.of(purchase)),
                Optional.of(PurchaseSnapshot.of(purchase)), metadata));
        return new ConfirmPayment.Rejected(purchase.id(), refused.rule(), refused.why());
    }

    private static Map<String, Object> metadata(Notice notice) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", notice.provider().code());
        m.put("via", notice.via());
        notice.reference().ifPresent(r -> m.put("providerReference", r.value()));
        notice.noticeId().ifPresent(id -> m.put("noticeId", id));
        return m;
    }
}
