package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartPurchaseServiceTest {

    final PurchaseFixture f = new PurchaseFixture();

    @Test
    void a_purchase_starts_pending_at_the_bundles_price_and_records_the_providers_reference() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);

        assertThat(purchase.status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(purchase.tokens()).isEqualTo(TokenAmount.ofTokens(500));
        assertThat(purchase.price()).isEqualTo(Money.ofMinor(CurrencyCode.KES, 225000));
        assertThat(purchase.providerReference()).map(Object::toString).contains("mpesa-attempt-1");
        assertThat(f.stored(purchase)).isEqualTo(purchase);
        assertThat(f.mpesa.lastRequest().amount()).isEqualTo(purchase.price());
        assertThat(f.mpesa.lastRequest().payerPhone()).map(p -> p.msisdn()).contains("254712345678");
        assertThat(f.audit.actions()).containsExactly("purchase.started", "purchase.initiated");
        assertThat(f.credits.calls).as("nothing credited before the provider confirms").isEmpty();
    }

    @Test
    void the_callback_secret_reaches_the_provider_and_only_its_digest_is_stored() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        String token = f.mpesa.lastRequest().callbackToken();
        assertThat(token).isEqualTo(f.callbackTokens.get(0));
        assertThat(f.purchases.byCallback(SecretDigest.of(token))).map(k -> k.purchase()).contains(purchase.id());
    }

    @Test
    void a_stripe_purchase_is_in_dollars_by_default_and_carries_the_checkout_page() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        assertThat(purchase.price()).isEqualTo(Money.ofMinor(CurrencyCode.USD, 400));
        assertThat(purchase.checkoutUrl()).contains("https://checkout.example/1");
    }

    @Test
    void without_a_provider_the_first_available_is_used() {
        Purchase purchase = f.start.start(new StartPurchase.Command(f.owner, new BundleCode("starter"), Optional.empty(),
                Optional.empty(), Optional.of(io.chatnation.domain.billing.purchase.PayerPhone.parse("phone", "0712345678"))));
        assertThat(purchase.provider()).isEqualTo(PaymentProvider.MPESA);
    }

    @Test
    void bad_requests_are_refused_with_the_field_and_leave_nothing_behind() {
        assertField(new StartPurchase.Command(f.owner, new BundleCode("gold"), Optional.of(PaymentProvider.SANDBOX),
                Optional.empty(), Optional.empty()), "bundle", "starter, growth");
        assertField(new StartPurchase.Command(f.owner, new BundleCode("starter"), Optional.of(PaymentProvider.MPESA),
                Optional.empty(), Optional.empty()), "phone", "M-Pesa");
        assertField(new StartPurchase.Command(f.owner, new BundleCode("starter"), Optional.of(PaymentProvider.MPESA),
                Optional.of(CurrencyCode.USD), Optional.empty()), "currency", "does not take USD");
        assertField(new StartPurchase.Command(f.owner, new BundleCode("growth"), Optional.of(PaymentProvider.STRIPE),
                Optional.of(CurrencyCode.USD), Optional.empty()), "currency", "not sold in USD");
        PurchaseFixture withoutSandbox = new PurchaseFixture(false);
        assertThatThrownBy(() -> withoutSandbox.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("provider"));
        assertThat(f.purchases.all()).isEmpty();
        assertThat(f.audit.entries).isEmpty();
    }

    @Test
    void only_members_who_manage_billing_buy_tokens() {
        var admin = f.member(Role.ORG_ADMIN);
        assertThatThrownBy(() -> f.start.start(new StartPurchase.Command(admin, new BundleCode("starter"),
                Optional.of(PaymentProvider.SANDBOX), Optional.empty(), Optional.empty()))).isInstanceOf(AccessDenied.class);
        assertThat(f.purchases.all()).isEmpty();
        assertThat(f.sandbox.requests).isEmpty();
    }

    @Test
    void a_provider_refusal_fails_the_purchase_for_the_record_and_reaches_the_caller() {
        f.mpesa.refuseWith = Optional.of("M-Pesa refused the payment request: Invalid PhoneNumber");
        assertThatThrownBy(() -> f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER))
                .isInstanceOf(PaymentProviderFailed.class).hasMessageContaining("Invalid PhoneNumber");

        Purchase failed = f.purchases.only();
        assertThat(failed.status()).isEqualTo(PurchaseStatus.FAILED);
        assertThat(failed.failureReason()).contains("provider_refused");
        assertThat(failed.failureDetail()).hasValueSatisfying(d -> assertThat(d).contains("Invalid PhoneNumber"));
        assertThat(f.audit.actions()).containsExactly("purchase.started", "purchase.failed");
        assertThat(f.credits.calls).isEmpty();
    }

    private void assertField(StartPurchase.Command command, String field, String message) {
        assertThatThrownBy(() -> f.start.start(command)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(message);
        });
    }
}
