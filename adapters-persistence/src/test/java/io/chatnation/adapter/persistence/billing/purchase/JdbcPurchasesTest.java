package io.chatnation.adapter.persistence.billing.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.PurchaseLocator.PurchaseKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Purchases and bundles on real PostgreSQL, as the application role under Row-Level Security. */
class JdbcPurchasesTest {

    static final OrgId A = new OrgId(UUID.randomUUID());
    static final OrgId B = new OrgId(UUID.randomUUID());
    static JdbcUnitOfWork uow;
    static JdbcPurchases purchases;
    static JdbcPurchaseLocator locator;
    static JdbcTokenBundles bundles;

    @BeforeAll
    static void twoOrganisations() {
        TestDatabase.organisations(A, B);
        uow = new JdbcUnitOfWork(TestDatabase.app());
        Jdbc jdbc = new Jdbc(uow);
        purchases = new JdbcPurchases(jdbc);
        locator = new JdbcPurchaseLocator(jdbc);
        bundles = new JdbcTokenBundles(jdbc);
    }

    static Purchase start(OrgId org, PaymentProvider provider, Instant at, String callbackSecret) {
        TokenBundle growth = uow.withoutOrganization(() -> bundles.find(new BundleCode("growth"))).orElseThrow();
        CurrencyCode currency = provider.defaultCurrency();
        Purchase purchase = Purchase.start(new PurchaseId(UUID.randomUUID()), growth, growth.priceIn(currency).orElseThrow(),
                provider, provider.needsPayerPhone() ? Optional.of(PayerPhone.parse("phone", "0712345678")) : Optional.empty(),
                UUID.randomUUID(), at.truncatedTo(ChronoUnit.MICROS));
        uow.runInOrganization(org, () -> purchases.add(purchase, SecretDigest.of(callbackSecret)));
        return purchase;
    }

    @Test
    void the_platform_sells_four_bundles_priced_in_shillings_and_dollars() {
        List<TokenBundle> onSale = uow.withoutOrganization(bundles::onSale);
        assertThat(onSale).extracting(b -> b.code().value()).containsExactly("starter", "growth", "business", "scale");
        assertThat(onSale).extracting(TokenBundle::tokens).containsExactly(TokenAmount.ofTokens(100), TokenAmount.ofTokens(500),
                TokenAmount.ofTokens(2000), TokenAmount.ofTokens(10000));
        assertThat(onSale.get(1).priceIn(CurrencyCode.KES)).contains(Money.ofMinor(CurrencyCode.KES, 225000));
        assertThat(onSale.get(1).priceIn(CurrencyCode.USD)).contains(Money.ofMinor(CurrencyCode.USD, 1750));
        assertThat(onSale).allSatisfy(b -> assertThat(b.priceIn(CurrencyCode.KES).orElseThrow().isWhole()).isTrue());
        assertThat(uow.withoutOrganization(() -> bundles.find(new BundleCode("gold")))).isEmpty();
    }

    @Test
    void a_purchase_round_trips_through_every_state_change() {
        Purchase started = start(A, PaymentProvider.MPESA, Instant.now(), UUID.randomUUID().toString());
        Instant later = started.createdAt().plusSeconds(5);
        Purchase initiated = started.initiated(new ProviderReference("ws_CO_" + UUID.randomUUID()), Optional.empty(), later);
        uow.runInOrganization(A, () -> purchases.update(initiated));
        Purchase paid = ((Purchase.Changed) initiated.settle(new PaymentOutcome.Paid(Optional.of(initiated.price()),
                Optional.of("NLJ7RT61SV")), Optional.empty(), later.plusSeconds(20))).after().credited(UUID.randomUUID());
        uow.runInOrganization(A, () -> purchases.update(paid));

        assertThat(uow.inOrganization(A, () -> purchases.lock(started.id()))).contains(paid);
        assertThat(uow.inOrganization(B, () -> purchases.find(started.id()))).as("invisible to another organisation").isEmpty();
    }

    @Test
    void callbacks_and_payment_attempts_find_their_purchase_across_organisations_only_by_exact_secret() {
        String secret = UUID.randomUUID().toString();
        Purchase purchase = start(B, PaymentProvider.STRIPE, Instant.now(), secret);
        ProviderReference session = new ProviderReference("cs_test_" + UUID.randomUUID());
        uow.runInOrganization(B, () -> purchases.update(purchase.initiated(session, Optional.of("https://checkout"), purchase.createdAt())));

        PurchaseKey key = new PurchaseKey(B, purchase.id());
        assertThat(uow.withoutOrganization(() -> locator.byCallback(SecretDigest.of(secret)))).contains(key);
        assertThat(uow.withoutOrganization(() -> locator.byCallback(SecretDigest.of(secret + "x")))).isEmpty();
        assertThat(uow.withoutOrganization(() -> locator.byAttempt(PaymentProvider.STRIPE, session))).contains(key);
        assertThat(uow.withoutOrganization(() -> locator.byAttempt(PaymentProvider.MPESA, session))).isEmpty();
    }

    @Test
    void two_purchases_cannot_claim_one_payment_attempt() {
        ProviderReference attempt = new ProviderReference("ws_CO_" + UUID.randomUUID());
        Purchase first = start(A, PaymentProvider.MPESA, Instant.now(), UUID.randomUUID().toString());
        Purchase second = start(B, PaymentProvider.MPESA, Instant.now(), UUID.randomUUID().toString());
        uow.runInOrganization(A, () -> purchases.update(first.initiated(attempt, Optional.empty(), first.createdAt())));
        assertThatThrownBy(() -> uow.runInOrganization(B, () -> purchases.update(second.initiated(attempt, Optional.empty(),
                second.createdAt())))).isInstanceOf(Conflict.class);
    }

    @Test
    void pending_purchases_are_found_once_old_enough_and_not_again_until_asked_again() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(new java.util.Random().nextInt(1_000_000));
        Purchase old = start(A, PaymentProvider.SANDBOX, longAgo, UUID.randomUUID().toString());
        Purchase recent = start(B, PaymentProvider.SANDBOX, longAgo.plusSeconds(3600), UUID.randomUUID().toString());
        Instant cutoff = longAgo.plusSeconds(60);

        assertThat(due(cutoff, cutoff)).contains(new PurchaseKey(A, old.id())).doesNotContain(new PurchaseKey(B, recent.id()));
        uow.runInOrganization(A, () -> purchases.noteStatusQueried(old.id(), cutoff));
        assertThat(due(cutoff, cutoff)).doesNotContain(new PurchaseKey(A, old.id()));
        assertThat(due(cutoff, cutoff.plusSeconds(1))).contains(new PurchaseKey(A, old.id()));
    }

    @Test
    void a_provider_notice_is_remembered_once_across_organisations() {
        Purchase a = start(A, PaymentProvider.STRIPE, Instant.now(), UUID.randomUUID().toString());
        Purchase b = start(B, PaymentProvider.STRIPE, Instant.now(), UUID.randomUUID().toString());
        String event = "evt_" + UUID.randomUUID();
        assertThat(uow.inOrganization(A, () -> purchases.recordNotice(PaymentProvider.STRIPE, event, a.id(), Instant.now()))).isTrue();
        assertThat(uow.inOrganization(A, () -> purchases.recordNotice(PaymentProvider.STRIPE, event, a.id(), Instant.now()))).isFalse();
        assertThat(uow.inOrganization(B, () -> purchases.recordNotice(PaymentProvider.STRIPE, event, b.id(), Instant.now()))).isFalse();
        assertThat(uow.inOrganization(B, () -> purchases.recordNotice(PaymentProvider.MPESA, event, b.id(), Instant.now()))).isTrue();
    }

    @Test
    void purchases_page_newest_first_with_a_cursor() {
        OrgId org = new OrgId(UUID.randomUUID());
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            s.execute("insert into organizations (id, name, created_at) values ('" + org + "', 'Paging', now())");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Instant t = Instant.now();
        for (int i = 0; i < 5; i++) {
            start(org, PaymentProvider.SANDBOX, t.plusSeconds(i), UUID.randomUUID().toString());
        }
        Set<PurchaseId> seen = new HashSet<>();
        Optional<String> cursor = Optional.empty();
        Instant previous = Instant.MAX;
        int pages = 0;
        do {
            PageRequest request = new PageRequest(cursor, 2);
            Page<Purchase> page = uow.inOrganization(org, () -> purchases.page(request));
            for (Purchase p : page.items()) {
                assertThat(seen.add(p.id())).isTrue();
                assertThat(p.createdAt()).isBefore(previous);
                previous = p.createdAt();
            }
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
    }

    private static List<PurchaseKey> due(Instant startedBefore, Instant askedBefore) {
        return uow.withoutOrganization(() -> locator.awaitingConfirmation(startedBefore, askedBefore, 1000));
    }
}
