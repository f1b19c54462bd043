package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One organisation buying one bundle through one provider. It keeps the tokens and the price agreed when it
 * started, so a later change to the bundle never changes what a pending payment buys or costs.
 *
 * @param providerReference  the provider's id of the payment attempt, known once the provider accepted it
 * @param checkoutUrl        where the payer completes the payment, for providers with a hosted page (Stripe)
 * @param creditTransaction  the wallet transaction that credited the tokens, once paid
 */
public record Purchase(PurchaseId id, BundleCode bundle, TokenAmount tokens, Money price, PaymentProvider provider,
                       Optional<PayerPhone> payerPhone, PurchaseStatus status, Optional<String> failureReason,
                       Optional<String> failureDetail, Optional<ProviderReference> providerReference,
                       Optional<String> checkoutUrl, Optional<String> receipt, UUID startedBy, Instant createdAt,
                       Instant updatedAt, Optional<Instant> settledAt, Optional<UUID> creditTransaction) {

    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (!tokens.isPositive() || price.minor() == 0) {
            throw new IllegalArgumentException("a purchase buys a positive number of tokens for a positive price");
        }
        if (provider.needsPayerPhone() && payerPhone.isEmpty()) {
            throw new IllegalArgumentException(provider.title() + " needs the payer's phone");
        }
    }

    /** The outcome of applying a provider's notice: what changed, or why nothing did. */
    public sealed interface Settlement permits Changed, Unchanged, Refused {}

    /** The purchase left PENDING; {@code after} is its new state. */
    public record Changed(Purchase after) implements Settlement {}

    /** Nothing to do: the notice repeats what is known, or the provider does not know yet. */
    public record Unchanged(String why) implements Settlement {}

    /** The notice contradicts the purchase; it must not change it and deserves a look. */
    public record Refused(String rule, String why) implements Settlement {}

    public static Purchase start(PurchaseId id, TokenBundle bundle, Money price, PaymentProvider provider,
                                 Optional<PayerPhone> payerPhone, UUID startedBy, Instant now) {
        if (bundle.priceIn(price.currency()).filter(price::equals).isEmpty()) {
            throw new IllegalArgumentException("the price must be the bundle's price in that currency");
        }
        return new Purchase(id, bundle.code(), bundle.tokens(), price, provider, payerPhone, PurchaseStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), startedBy,
                now, now, Optional.empty(), Optional.empty());
    }

    /** The provider accepted the payment request and named it; the payer can now pay. */
    public Purchase initiated(ProviderReference reference, Optional<String> checkoutUrl, Instant now) {
        if (status.isSettled() || providerReference.isPresent()) {
            return this; // a notice outran the provider's answer and already recorded the attempt
        }
        return new Purchase(id, bundle, tokens, price, provider, payerPhone, status, failureReason, failureDetail,
                Optional.of(reference), checkoutUrl, receipt, startedBy, createdAt, now, settledAt, creditTransaction);
    }

    /**
     * Applies what the provider says about the payment attempt {@code reference} (empty where the notice was
     * addressed to the purchase itself). Each rule it checks is named in the {@link Refused} it answers with.
     */
    public Settlement settle(PaymentOutcome outcome, Optional<ProviderReference> reference, Instant now) {
        if (reference.isPresent() && providerReference.isPresent() && !reference.equals(providerReference)) {
            return new Refused("noticeNamesThePaymentAttempt", "The notice is about payment attempt " + reference.get()
                    + ", not this purchase's");
        }
        if (status.isSettled()) {
            return repeats(outcome) ? new Unchanged("already " + status.name().toLowerCase(java.util.Locale.ROOT))
                    : new Refused("settledPurchasesStaySettled", "The purchase is already "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + "; a later notice cannot change it");
        }
        Optional<ProviderReference> attempt = providerReference.or(() -> reference);
        if (outcome instanceof PaymentOutcome.StillPending pending) {
            return new Unchanged("still pending" + (pending.detail().isEmpty() ? "" : ": " + pending.detail()));
        }
        if (outcome instanceof PaymentOutcome.Paid paid) {
            if (paid.amount().isPresent() && !paid.amount().get().equals(price)) {
                return new Refused("paymentMatchesThePrice", "The notice reports " + paid.amount().get()
                        + " paid, but the purchase costs " + price);
            }
            return new Changed(new Purchase(id, bundle, tokens, price, provider, payerPhone, PurchaseStatus.PAID,
                    Optional.empty(), Optional.empty(), attempt, checkoutUrl, paid.receipt(), startedBy, createdAt, now,
                    Optional.of(now), creditTransaction));
        }
        PaymentOutcome.Unsuccessful failed = (PaymentOutcome.Unsuccessful) outcome;
        return new Changed(new Purchase(id, bundle, tokens, price, provider, payerPhone, failed.status(),
                Optional.of(failed.reason()), Optional.of(failed.detail()).filter(d -> !d.isBlank()), attempt,
                checkoutUrl, receipt, startedBy, createdAt, now, Optional.of(now), creditTransaction));
    }

    /** Records the wallet transaction that credited this paid purchase's tokens. */
    public Purchase credited(UUID transaction) {
        if (status != PurchaseStatus.PAID) {
            throw new IllegalStateException("only a paid purchase is credited");
        }
        return new Purchase(id, bundle, tokens, price, provider, payerPhone, status, failureReason, failureDetail,
                providerReference, checkoutUrl, receipt, startedBy, createdAt, updatedAt, settledAt, Optional.of(transaction));
    }

    private boolean repeats(PaymentOutcome outcome) {
        if (outcome instanceof PaymentOutcome.StillPending) {
            return true; // an older "not yet" arriving after the final word says nothing new
        }
        if (outcome instanceof PaymentOutcome.Paid) {
            return status == PurchaseStatus.PAID;
        }
        return ((PaymentOutcome.Unsuccessful) outcome).status() == status;
    }
}
