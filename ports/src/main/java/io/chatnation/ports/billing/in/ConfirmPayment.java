package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a payment provider's notice (an M-Pesa callback, a Stripe webhook event) to the purchase it is about.
 * A paid purchase credits its tokens exactly once; repeated notices change nothing; a notice that contradicts
 * the purchase (another payment attempt, another amount) is refused and recorded in the audit trail.
 * Providers are not users: this use case trusts the adapter that authenticated the notice, and asks no permission.
 */
public interface ConfirmPayment {

    Outcome confirm(Command command);

    /**
     * @param reference the provider's id of the payment attempt the notice is about, when it names one
     * @param noticeId  the provider's id of the notice itself, when it has one (Stripe's event id): a notice
     *                  seen before is ignored, however its first delivery ended
     */
    record Command(PaymentProvider provider, Addressee addressee, Optional<ProviderReference> reference,
                   Optional<String> noticeId, PaymentOutcome outcome, RequestOrigin origin) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(addressee, "addressee");
            Objects.requireNonNull(outcome, "outcome");
            reference = reference == null ? Optional.empty() : reference;
            noticeId = noticeId == null ? Optional.empty() : noticeId.filter(id -> !id.isBlank());
            origin = origin == null ? RequestOrigin.none() : origin;
            if (addressee instanceof PaymentAttempt && reference.isEmpty()) {
                throw new IllegalArgumentException("a notice found by its payment attempt names the attempt");
            }
        }
    }

    /** How the notice finds its purchase. */
    sealed interface Addressee permits CallbackPath, PaymentAttempt, KnownPurchase {}

    /** By the unguessable path the provider was told to call back on: knowing it is what authenticates the call. */
    record CallbackPath(String token) implements Addressee {
        public CallbackPath {
            Objects.requireNonNull(token, "token");
        }
    }

    /** By the provider's reference of the payment attempt, for notices authenticated by a signature. */
    record PaymentAttempt() implements Addressee {}

    /** A purchase already known, e.g. to the sandbox that stands in for a provider. */
    record KnownPurchase(OrgId org, PurchaseId purchase) implements Addressee {
        public KnownPurchase {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(purchase, "purchase");
        }
    }

    sealed interface Outcome permits Settled, Unchanged, Rejected, NoSuchPurchase {}

    /** The purchase left pending: paid (and credited), cancelled, failed or expired. */
    record Settled(Purchase purchase) implements Outcome {}

    /** Nothing changed: a repeated notice, or the payment is still pending. */
    record Unchanged(Purchase purchase, String why) implements Outcome {}

    /** The notice contradicts the purchase; nothing changed and the attempt is in the audit trail. */
    record Rejected(PurchaseId purchase, String rule, String reason) implements Outcome {}

    /** No purchase answers to the notice's address. */
    record NoSuchPurchase() implements Outcome {}
}
