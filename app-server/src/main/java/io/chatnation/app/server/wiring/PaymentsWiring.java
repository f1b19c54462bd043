package io.chatnation.app.server.wiring;

import io.chatnation.adapter.payments.mpesa.MpesaCallbackReader;
import io.chatnation.adapter.payments.mpesa.MpesaGateway;
import io.chatnation.adapter.payments.sandbox.SandboxGateway;
import io.chatnation.adapter.payments.shared.SecureCallbackTokens;
import io.chatnation.adapter.payments.stripe.StripeEventReader;
import io.chatnation.adapter.payments.stripe.StripeGateway;
import io.chatnation.adapter.payments.stripe.StripeWebhookVerifier;
import io.chatnation.adapter.persistence.billing.purchase.JdbcPurchaseLocator;
import io.chatnation.adapter.persistence.billing.purchase.JdbcPurchases;
import io.chatnation.adapter.persistence.billing.purchase.JdbcTokenBundles;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.app.server.payments.MpesaConfiguration;
import io.chatnation.app.server.payments.SandboxPaymentsCondition;
import io.chatnation.app.server.payments.StripeConfiguration;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.ListPurchases;
import io.chatnation.ports.billing.in.ListTokenBundles;
import io.chatnation.ports.billing.in.ReceiveMpesaCallback;
import io.chatnation.ports.billing.in.ReceiveStripeEvent;
import io.chatnation.ports.billing.in.ResolvePendingPurchases;
import io.chatnation.ports.billing.in.ShowPurchase;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.CallbackTokens;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PurchaseLocator;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.billing.out.TokenBundles;
import io.chatnation.ports.billing.usecase.ConfirmPaymentService;
import io.chatnation.ports.billing.usecase.ListPurchasesService;
import io.chatnation.ports.billing.usecase.ListTokenBundlesService;
import io.chatnation.ports.billing.usecase.PaymentGateways;
import io.chatnation.ports.billing.usecase.PurchaseSettlement;
import io.chatnation.ports.billing.usecase.ReceiveMpesaCallbackService;
import io.chatnation.ports.billing.usecase.ReceiveStripeEventService;
import io.chatnation.ports.billing.usecase.ResolvePendingPurchasesService;
import io.chatnation.ports.billing.usecase.ShowPurchaseService;
import io.chatnation.ports.billing.usecase.SimulateSandboxPaymentService;
import io.chatnation.ports.billing.usecase.StartPurchaseService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

/**
 * Token purchases: bundles, purchases, and the payment providers configured here (M-Pesa, Stripe, and the
 * sandbox where no real provider is). Tokens are credited through {@link CreditPurchasedTokens}, which the
 * wallets provide. The providers' notices arrive at the web adapter's endpoints and are read by the payments
 * adapter's readers, which meet only here.
 */
@Factory
public class PaymentsWiring {

    @Singleton
    TokenBundles tokenBundles(Jdbc jdbc) {
        return new JdbcTokenBundles(jdbc);
    }

    @Singleton
    Purchases purchases(Jdbc jdbc) {
        return new JdbcPurchases(jdbc);
    }

    @Singleton
    PurchaseLocator purchaseLocator(Jdbc jdbc) {
        return new JdbcPurchaseLocator(jdbc);
    }

    @Singleton
    CallbackTokens callbackTokens() {
        return new SecureCallbackTokens();
    }

    // Providers are built at start-up (@Context), so a wrong setting stops the server instead of the first purchase.
    @Context
    @Requires(beans = MpesaConfiguration.class)
    MpesaGateway mpesaGateway(MpesaConfiguration configuration, Clock clock) {
        return new MpesaGateway(configuration.settings(), clock);
    }

    @Context
    @Requires(beans = StripeConfiguration.class)
    StripeGateway stripeGateway(StripeConfiguration configuration, Clock clock) {
        return new StripeGateway(configuration.settings(), clock);
    }

    @Context
    @Requires(property = "chatnation.payments.stripe.webhook-secret")
    StripeWebhookVerifier stripeWebhookVerifier(@Value("${chatnation.payments.stripe.webhook-secret}") String secret,
                                                @Value("${chatnation.payments.stripe.signature-tolerance:300s}") Duration tolerance,
                                                Clock clock) {
        return new StripeWebhookVerifier(secret, tolerance, clock);
    }

    @Singleton
    @Requires(condition = SandboxPaymentsCondition.class)
    @Bean(preDestroy = "close")
    SandboxGateway sandboxGateway(BeanProvider<SimulateSandboxPayment> payer,
                                  @Value("${chatnation.payments.sandbox.auto-complete:true}") boolean autoComplete,
                                  @Value("${chatnation.payments.sandbox.complete-after:3s}") Duration completeAfter,
                                  Clock clock) {
        return new SandboxGateway(payer::get, autoComplete ? Optional.of(completeAfter) : Optional.empty(), clock);
    }

    @Singleton
    PaymentGateways paymentGateways(List<PaymentGateway> gateways,
                                    @Value("${chatnation.payments.default-provider:}") String defaultProvider) {
        Optional<PaymentProvider> preferred = Optional.of(defaultProvider).filter(p -> !p.isBlank())
                .map(p -> PaymentProvider.parse("chatnation.payments.default-provider", p));
        return new PaymentGateways(gateways, preferred);
    }

    @Singleton
    PurchaseSettlement purchaseSettlement(Purchases purchases, CreditPurchasedTokens credits, RecordAuditEntry audit,
                                          Clock clock) {
        return new PurchaseSettlement(purchases, credits, audit, clock);
    }

    @Singleton
    ListTokenBundles listTokenBundles(UnitOfWork uow, CheckAccess access, TokenBundles bundles, PaymentGateways gateways) {
        return new ListTokenBundlesService(uow, access, bundles, gateways);
    }

    @Singleton
    StartPurchase startPurchase(UnitOfWork uow, CheckAccess access, TokenBundles bundles, Purchases purchases,
                                PaymentGateways gateways, CallbackTokens callbackTokens, PurchaseSettlement settlement,
                                RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new StartPurchaseService(uow, access, bundles, purchases, gateways, callbackTokens, settlement, audit, ids, clock);
    }

    @Singleton
    ListPurchases listPurchases(UnitOfWork uow, CheckAccess access, Purchases purchases) {
        return new ListPurchasesService(uow, access, purchases);
    }

    @Singleton
    ShowPurchase showPurchase(UnitOfWork uow, CheckAccess access, Purchases purchases) {
        return new ShowPurchaseService(uow, access, purchases);
    }

    @Singleton
    ConfirmPayment confirmPayment(UnitOfWork uow, PurchaseLocator locator, Purchases purchases, PurchaseSettlement settlement) {
        return new ConfirmPaymentService(uow, locator, purchases, settlement);
    }

    @Singleton
    ResolvePendingPurchases resolvePendingPurchases(UnitOfWork uow, PurchaseLocator locator, Purchases purchases,
                                                    PaymentGateways gateways, PurchaseSettlement settlement, Clock clock) {
        return new ResolvePendingPurchasesService(uow, locator, purchases, gateways, settlement, clock);
    }

    @Singleton
    ReceiveMpesaCallback receiveMpesaCallback(CallbackTokens tokens, ConfirmPayment confirm) {
        return new ReceiveMpesaCallbackService(tokens, new MpesaCallbackReader(), confirm);
    }

    /** Only where the webhook's signing secret is set: without it no delivery could be told from a forgery. */
    @Singleton
    @Requires(beans = StripeWebhookVerifier.class)
    ReceiveStripeEvent receiveStripeEvent(StripeWebhookVerifier verifier, ConfirmPayment confirm) {
        return new ReceiveStripeEventService(new StripeEventReader(verifier), confirm);
    }

    /** Only with the sandbox provider on, so its endpoints are not served where real money is taken. */
    @Singleton
    @Requires(beans = SandboxGateway.class)
    SimulateSandboxPayment simulateSandboxPayment(UnitOfWork uow, CheckAccess access, Purchases purchases,
                                                  PaymentGateways gateways, PurchaseSettlement settlement,
                                                  SandboxGateway sandbox) {
        return new SimulateSandboxPaymentService(uow, access, purchases, gateways, settlement, sandbox);
    }
}
