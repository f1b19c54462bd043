package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.CallbackTokens;
import io.chatnation.ports.billing.out.TokenBundles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The purchase use cases over in-memory ports, on a clock the test moves. */
final class PurchaseFixture {

    static final TokenBundle STARTER = new TokenBundle(new BundleCode("starter"), "Starter", TokenAmount.ofTokens(100),
            List.of(Money.ofMinor(CurrencyCode.KES, 50000), Money.ofMinor(CurrencyCode.USD, 400)));
    static final TokenBundle GROWTH = new TokenBundle(new BundleCode("growth"), "Growth", TokenAmount.ofTokens(500),
            List.of(Money.ofMinor(CurrencyCode.KES, 225000)));

    final OrgId org = new OrgId(UUID.randomUUID());
    final Caller owner = Caller.user(org, UUID.randomUUID(), RequestOrigin.none());
    final Map<UUID, Access> access = new HashMap<>();
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    final SameThreadUnitOfWork uow = new SameThreadUnitOfWork();
    final InMemoryPurchases purchases = new InMemoryPurchases(uow);
    final RecordingCredits credits = new RecordingCredits();
    final RecordingAudit audit = new RecordingAudit();
    final ScriptedGateway mpesa = new ScriptedGateway(PaymentProvider.MPESA);
    final ScriptedGateway stripe = new ScriptedGateway(PaymentProvider.STRIPE);
    final ScriptedGateway sandbox = new ScriptedGateway(PaymentProvider.SANDBOX);
    final List<String> callbackTokens = new java.util.ArrayList<>();
    final List<PurchaseId> droppedSandboxPayments = new java.util.ArrayList<>();
    /** Numbered tokens; only their prefix makes a token look minted. */
    final CallbackTokens tokens = new CallbackTokens() {
        @Override
        public String next() {
            String token = "callback-token-" + (callbackTokens.size() + 1);
            callbackTokens.add(token);
            return token;
        }

        @Override
        public boolean couldBeOne(String candidate) {
            return candidate.startsWith("callback-token-");
        }
    };
    final TokenBundles bundles = new TokenBundles() {
        @Override
        public List<TokenBundle> onSale() {
            return List.of(STARTER, GROWTH);
        }

        @Override
        public Optional<TokenBundle> find(BundleCode code) {
            return onSale().stream().filter(b -> b.code().equals(code)).findFirst();
        }
    };

    final PaymentGateways gateways;
    final PurchaseSettlement settlement;
    final StartPurchaseService start;
    final ConfirmPaymentService confirm;
    final ResolvePendingPurchasesService resolve;
    final SimulateSandboxPaymentService simulate;

    PurchaseFixture() {
        this(true);
    }

    PurchaseFixture(boolean sandboxEnabled) {
        access.put(owner.actorId(), Access.ofRoles(Set.of(Role.ORG_OWNER), List.of()));
        gateways = new PaymentGateways(sandboxEnabled ? List.of(mpesa, stripe, sandbox) : List.of(mpesa, stripe), Optional.empty());
        settlement = new PurchaseSettlement(purchases, credits, audit, clock);
        start = new StartPurchaseService(uow, caller -> access.getOrDefault(caller.actorId(), Access.everything()), bundles,
                purchases, gateways, tokens, settlement, audit, UUID::randomUUID, clock);
        confirm = new ConfirmPaymentService(uow, purchases, purchases, settlement);
        resolve = new ResolvePendingPurchasesService(uow, purchases, purchases, gateways, settlement, clock);
        simulate = new SimulateSandboxPaymentService(uow, caller -> access.getOrDefault(caller.actorId(), Access.everything()),
                purchases, gateways, settlement, droppedSandboxPayments::add);
    }

    Caller member(Role role) {
        Caller member = Caller.user(org, UUID.randomUUID(), RequestOrigin.none());
        access.put(member.actorId(), Access.ofRoles(Set.of(role), List.of()));
        return member;
    }

    Purchase buy(PaymentProvider provider, TokenBundle bundle) {
        return start.start(new StartPurchase.Command(owner, bundle.code(), Optional.of(provider), Optional.empty(),
                provider == PaymentProvider.MPESA ? Optional.of(PayerPhone.parse("phone", "0712345678")) : Optional.empty()));
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    Purchase stored(Purchase purchase) {
        return uow.inOrganization(org, () -> purchases.find(purchase.id())).orElseThrow();
    }
}
