package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.CallbackTokens;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.billing.out.TokenBundles;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Three short transactions around one call to the provider, so no database transaction waits on the
 * network: record the pending purchase; ask the provider; record its answer (the payment attempt's
 * reference, or the failure).
 */
public final class StartPurchaseService implements StartPurchase {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final TokenBundles bundles;
    private final Purchases purchases;
    private final PaymentGateways gateways;
    private final CallbackTokens callbackTokens;
    private final PurchaseSettlement settlement;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public StartPurchaseService(UnitOfWork uow, CheckAccess access, TokenBundles bundles, Purchases purchases,
                                PaymentGateways gateways, CallbackTokens callbackTokens, PurchaseSettlement settlement,
                                RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.bundles = bundles;
        this.purchases = purchases;
        this.gateways = gateways;
        this.callbackTokens = callbackTokens;
        this.settlement = settlement;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Purchase start(Command c) {
        Caller caller = c.caller();
        PaymentGateway gateway = gateway(c);
        PaymentProvider provider = gateway.provider();
        CurrencyCode currency = c.currency().orElse(provider.defaultCurrency());
        if (!provider.accepts(currency)) {
            throw InvalidInput.of("currency", provider.title() + " does not take " + currency);
        }
        if (provider.needsPayerPhone() && c.payerPhone().isEmpty()) {
            throw InvalidInput.of("phone", "is required to pay with " + provider.title());
        }
        String callbackToken = callbackTokens.next();

        Purchase started = uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_MANAGE);
            TokenBundle bundle = bundles.find(c.bundle()).orElseThrow(() -> InvalidInput.of("bundle",
                    "unknown bundle '" + c.bundle() + "'; one of " + bundles.onSale().stream()
                            .map(b -> b.code().value()).collect(Collectors.joining(", "))));
            Money price = bundle.priceIn(currency).orElseThrow(() -> InvalidInput.of("currency",
                    "bundle '" + bundle.code() + "' is not sold in " + currency));
            Purchase purchase = Purchase.start(new PurchaseId(ids.next()), bundle, price, provider,
                    provider.needsPayerPhone() ? c.payerPhone() : Optional.empty(), caller.actorId(), clock.instant());
            purchases.add(purchase, SecretDigest.of(callbackToken));
            audit.record(RecordAuditEntry.Command.created(caller, "purchase.started", "purchase", purchase.id().value(),
                    PurchaseSnapshot.of(purchase)));
            return purchase;
        });

        PaymentGateway.Initiation initiation;
        try {
            initiation = gateway.initiate(new PaymentGateway.PaymentRequest(caller.orgId(), started.id(), started.price(),
                    started.tokens(), started.tokens() + " ChatNation tokens", started.payerPhone(), callbackToken));
        } catch (PaymentProviderFailed e) {
            uow.runInOrganization(caller.orgId(), () -> purchases.lock(started.id()).ifPresent(p ->
                    settlement.apply(caller, p, new PurchaseSettlement.Notice(provider, Optional.empty(), Optional.empty(),
                            new PaymentOutcome.Unsuccessful(PurchaseStatus.FAILED, "provider_refused", e.getMessage()),
                            "initiation"))));
            throw e;
        }

        return uow.inOrganization(caller.orgId(), () -> {
            Purchase current = purchases.lock(started.id()).orElseThrow();
            Purchase after = current.initiated(initiation.reference(), initiation.checkoutUrl(), clock.instant());
            if (after != current) {
                purchases.update(after);
                audit.record(RecordAuditEntry.Command.changed(caller, "purchase.initiated", "purchase",
                        after.id().value(), PurchaseSnapshot.of(current), PurchaseSnapshot.of(after)));
            }
            return after;
        });
    }

    private PaymentGateway gateway(Command c) {
        String offered = gateways.available().stream().map(PaymentProvider::code).collect(Collectors.joining(", "));
        if (c.provider().isPresent()) {
            return gateways.of(c.provider().get()).orElseThrow(() -> InvalidInput.of("provider",
                    c.provider().get().title() + " is not available on this platform; available: " + offered));
        }
        return gateways.defaultProvider().flatMap(gateways::of)
                .orElseThrow(() -> InvalidInput.of("provider", "no payment provider is configured on this platform"));
    }
}
