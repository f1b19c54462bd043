package io.chatnation.adapter.persistence.billing;

import static io.chatnation.adapter.persistence.billing.BillingFixture.key;
import static io.chatnation.adapter.persistence.billing.BillingFixture.superuserLong;
import static io.chatnation.adapter.persistence.billing.BillingFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.ReservationState;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.RefundTokens;
import io.chatnation.ports.billing.in.ReleaseReservation;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.in.ShowUsage;
import io.chatnation.ports.billing.in.TransferTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The billing use cases end to end on PostgreSQL: what each operation does to the wallet and the ledger. */
class WalletUseCasesTest {

    final BillingFixture billing = new BillingFixture();
    final Caller org = BillingFixture.newOrganisation();

    @Test
    void a_confirmed_purchase_credits_the_main_wallet_once() {
        UUID purchase = UUID.randomUUID();
        var first = billing.credit.credit(new CreditPurchasedTokens.Command(org.orgId(), purchase, tokens("2000"), "Bundle S"));
        var again = billing.credit.credit(new CreditPurchasedTokens.Command(org.orgId(), purchase, tokens("2000"), "Bundle S"));

        assertThat(first.newlyCredited()).isTrue();
        assertThat(first.balance()).isEqualTo(tokens("2000"));
        assertThat(again.newlyCredited()).isFalse();
        assertThat(again.transactionId()).isEqualTo(first.transactionId());
        assertThat(billing.main(org).balance()).isEqualTo(tokens("2000"));
        assertThat(superuserLong("select count(*) from token_transactions where org_id = ? and type = 'purchase'", org.orgId().value()))
                .isEqualTo(1);
    }

    @Test
    void settling_below_the_estimate_debits_the_actual_cost_and_releases_the_rest() {
        billing.buy(org, "100");
        billing.clock.advance(Duration.ofSeconds(1));
        var reserved = billing.reserve.reserve(billing.reservation(org, "30"));
        assertThat(reserved.available()).isEqualTo(tokens("70"));
        assertThat(billing.main(org).reserved()).isEqualTo(tokens("30"));
        billing.clock.advance(Duration.ofSeconds(1));

        var settled = billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("12.5"), key()));

        assertThat(settled.debited()).isEqualTo(tokens("12.5"));
        assertThat(settled.released()).isEqualTo(tokens("17.5"));
        Wallet wallet = billing.main(org);
        assertThat(wallet.balance()).isEqualTo(tokens("87.5"));
        assertThat(wallet.reserved()).isEqualTo(TokenAmount.ZERO);
        assertThat(settled.available()).isEqualTo(tokens("87.5"));
        assertThat(billing.reservationOf(org, reserved.reservation()).state()).isEqualTo(ReservationState.SETTLED);
        List<EntryType> types = types(newestFirst());
        assertThat(types.subList(0, 2)).as("the settlement's two lines").containsExactlyInAnyOrder(EntryType.DEBIT, EntryType.RELEASE);
        assertThat(types.subList(2, 4)).containsExactly(EntryType.RESERVE, EntryType.PURCHASE);
        assertLedgerAddsUp();
    }

    @Test
    void settling_above_the_estimate_debits_the_difference_from_available() {
        billing.buy(org, "100");
        var reserved = billing.reserve.reserve(billing.reservation(org, "30"));

        var settled = billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("45"), key()));

        assertThat(settled.debited()).isEqualTo(tokens("45"));
        assertThat(settled.released()).isEqualTo(TokenAmount.ZERO);
        assertThat(billing.main(org).balance()).isEqualTo(tokens("55"));
        assertThat(billing.main(org).reserved()).isEqualTo(TokenAmount.ZERO);
        assertLedgerAddsUp();
    }

    @Test
    void an_excess_that_available_cannot_cover_fails_cleanly_and_leaves_the_reservation_open() {
        billing.buy(org, "10");
        var reserved = billing.reserve.reserve(billing.reservation(org, "8"));

        assertThatThrownBy(() -> billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("11"), key())))
                .isInstanceOfSatisfying(InsufficientTokens.class, e -> {
                    assertThat(e.required()).isEqualTo(tokens("3"));
                    assertThat(e.available()).isEqualTo(tokens("2"));
                });
        assertThat(billing.reservationOf(org, reserved.reservation()).isOpen()).isTrue();
        assertThat(billing.main(org).balance()).isEqualTo(tokens("10"));
        assertThat(billing.main(org).reserved()).isEqualTo(tokens("8"));

        var released = billing.release.release(new ReleaseReservation.Command(org, reserved.reservation(), key()));
        assertThat(released.released()).isEqualTo(tokens("8"));
        assertThat(billing.main(org).available()).isEqualTo(tokens("10"));
        assertLedgerAddsUp();
    }

    @Test
    void a_reservation_beyond_available_is_refused_with_what_was_required_and_available() {
        billing.buy(org, "5.5");
        assertThatThrownBy(() -> billing.reserve.reserve(billing.reservation(org, "6")))
                .isInstanceOfSatisfying(InsufficientTokens.class, e -> {
                    assertThat(e.required()).isEqualTo(tokens("6"));
                    assertThat(e.available()).isEqualTo(tokens("5.5"));
                    assertThat(e.getMessage()).isEqualTo("This needs 6 tokens but only 5.5 are available");
                });
        assertThat(superuserLong("select count(*) from token_reservations where org_id = ?", org.orgId().value())).isZero();
        assertThat(billing.main(org).available()).isEqualTo(tokens("5.5"));
    }

    @Test
    void a_wallet_never_used_has_nothing_available() {
        assertThatThrownBy(() -> billing.debit.debit(billing.debitOf(org, "1")))
                .isInstanceOfSatisfying(InsufficientTokens.class, e -> assertThat(e.available()).isEqualTo(TokenAmount.ZERO));
        assertThat(billing.main(org).balance()).isEqualTo(TokenAmount.ZERO);
    }

    @Test
    void a_reservation_ends_once() {
        billing.buy(org, "50");
        var reserved = billing.reserve.reserve(billing.reservation(org, "20"));
        billing.release.release(new ReleaseReservation.Command(org, reserved.reservation(), key()));

        assertThatThrownBy(() -> billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("5"), key())))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("reservationEndsOnce"));
        assertThatThrownBy(() -> billing.release.release(new ReleaseReservation.Command(org, reserved.reservation(), key())))
                .isInstanceOf(RuleViolated.class);
        assertThat(billing.main(org).available()).isEqualTo(tokens("50"));
    }

    @Test
    void lapsed_reservations_are_released_by_the_expiry_job_and_can_no_longer_be_settled() {
        billing.buy(org, "50");
        var shortOne = billing.reserve.reserve(new ReserveTokens.Command(org, Optional.empty(), tokens("20"), BillingFixture.CAMPAIGNS,
                BillableAction.BROADCAST, Optional.empty(), key(), Duration.ofMinutes(1)));
        var longOne = billing.reserve.reserve(new ReserveTokens.Command(org, Optional.empty(), tokens("5"), BillingFixture.CAMPAIGNS,
                BillableAction.BROADCAST, Optional.empty(), key(), Duration.ofHours(1)));
        assertThat(billing.main(org).available()).isEqualTo(tokens("25"));

        billing.clock.advance(Duration.ofMinutes(2));
        var outcome = billing.expire.expire();

        assertThat(outcome.reservations()).isGreaterThanOrEqualTo(1);
        assertThat(billing.reservationOf(org, shortOne.reservation()).state()).isEqualTo(ReservationState.EXPIRED);
        assertThat(billing.reservationOf(org, longOne.reservation()).state()).isEqualTo(ReservationState.OPEN);
        assertThat(billing.main(org).available()).isEqualTo(tokens("45"));
        assertThat(billing.main(org).reserved()).isEqualTo(tokens("5"));
        assertThatThrownBy(() -> billing.settle.settle(new SettleReservation.Command(org, shortOne.reservation(), tokens("20"), key())))
                .isInstanceOf(RuleViolated.class);
        assertLedgerAddsUp();
    }

    @Test
    void refunds_of_a_debit_never_add_up_to_more_than_the_debit() {
        billing.buy(org, "40");
        var debited = billing.debit.debit(billing.debitOf(org, "10"));
        billing.refund.refund(new RefundTokens.Command(org, debited.transactionId(), tokens("6"), key(), Memo.optional("reason", "render failed")));

        assertThatThrownBy(() -> billing.refund.refund(new RefundTokens.Command(org, debited.transactionId(), tokens("4.001"), key(), null)))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.getMessage()).contains("Only 4 of the 10"));
        var rest = billing.refund.refund(new RefundTokens.Command(org, debited.transactionId(), tokens("4"), key(), null));

        assertThat(rest.available()).isEqualTo(tokens("40"));
        assertThatThrownBy(() -> billing.refund.refund(new RefundTokens.Command(org, UUID.randomUUID(), tokens("1"), key(), null)))
                .isInstanceOf(io.chatnation.domain.shared.NotFound.class);
        assertLedgerAddsUp();
    }

    @Test
    void tokens_move_between_the_main_wallet_and_a_sub_wallet_and_never_beyond_what_is_available() {
        billing.buy(org, "100");
        Wallet expo = billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName("Nairobi Expo"), tokens("5")));
        Wallet main = billing.main(org);

        var moved = billing.transfer.transfer(new TransferTokens.Command(org, main.id(), expo.id(), tokens("60"), key(), Memo.NONE));

        assertThat(moved.fromAvailable()).isEqualTo(tokens("40"));
        assertThat(moved.toAvailable()).isEqualTo(tokens("60"));
        assertThat(billing.showWallet.show(org, Optional.of(expo.id())).balance()).isEqualTo(tokens("60"));
        assertThatThrownBy(() -> billing.transfer.transfer(new TransferTokens.Command(org, main.id(), expo.id(), tokens("41"), key(), Memo.NONE)))
                .isInstanceOf(InsufficientTokens.class);
        var spentFromExpo = billing.debit.debit(new DebitTokens.Command(org, Optional.of(expo.id()), tokens("58"),
                new ModuleName("events"), BillableAction.HYPECARD_AI_BACKGROUND, Optional.empty(), key(), null));
        assertThat(spentFromExpo.available()).isEqualTo(tokens("2"));
        assertThat(billing.showWallet.show(org, Optional.of(expo.id())).isBelowThreshold()).isTrue();
        assertThat(billing.main(org).balance()).isEqualTo(tokens("40"));
        assertThat(superuserLong("select count(*) from audit_logs where org_id = ? and action in ('wallet.transferred', 'wallet.opened')",
                org.orgId().value())).isEqualTo(2);
        assertLedgerAddsUp();
    }

    @Test
    void sub_wallet_names_are_unique_and_main_is_taken() {
        billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName("Marketing"), TokenAmount.ZERO));
        assertThatThrownBy(() -> billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName("marketing"), TokenAmount.ZERO)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName("MAIN"), TokenAmount.ZERO)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_main_wallet_is_opened_once_even_when_first_used_by_many_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Wallet>> firstUses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                firstUses.add(() -> billing.main(org));
            }
            Set<Object> ids = new HashSet<>();
            for (Future<Wallet> f : pool.invokeAll(firstUses)) {
                ids.add(f.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(superuserLong("select count(*) from wallets where org_id = ? and kind = 'main'", org.orgId().value())).isEqualTo(1);
    }

    @Test
    void adjustments_need_the_platform_and_never_take_available_below_zero() {
        billing.buy(org, "10");
        var added = billing.adjust.adjust(new AdjustWallet.Command(org, Optional.empty(), tokens("2.5"), Memo.required("reason", "Goodwill"), key()));
        assertThat(added.balance()).isEqualTo(tokens("12.5"));
        assertThatThrownBy(() -> billing.adjust.adjust(new AdjustWallet.Command(org, Optional.empty(), tokens("-13"),
                Memo.required("reason", "Chargeback"), key()))).isInstanceOf(InsufficientTokens.class);

        Caller manager = Caller.apiKey(org.orgId(), UUID.randomUUID(), Set.of(Permission.BILLING_MANAGE, Permission.BILLING_READ), RequestOrigin.none());
        assertThatThrownBy(() -> billing.adjust.adjust(new AdjustWallet.Command(manager, Optional.empty(), tokens("100"),
                Memo.required("reason", "Free tokens"), key()))).isInstanceOf(AccessDenied.class);
        assertThat(billing.main(org).balance()).isEqualTo(tokens("12.5"));
        assertThat(superuserLong("select count(*) from audit_logs where org_id = ? and action = 'wallet.adjusted'", org.orgId().value()))
                .isEqualTo(1);
    }

    @Test
    void transactions_page_newest_first_and_filter_by_type_and_module() {
        billing.buy(org, "100");
        for (int i = 0; i < 5; i++) {
            billing.clock.advance(Duration.ofSeconds(1));
            billing.debit.debit(billing.debitOf(org, "1"));
        }
        Set<UUID> seen = new HashSet<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<LedgerEntry> page = billing.transactions.list(new ListTokenTransactions.Query(org, TransactionFilter.everything(),
                    new PageRequest(cursor, 2)));
            page.items().forEach(e -> assertThat(seen.add(e.id())).isTrue());
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());
        assertThat(seen).hasSize(6);
        assertThat(pages).isEqualTo(3);

        var debits = billing.transactions.list(new ListTokenTransactions.Query(org, new TransactionFilter(Optional.empty(),
                Optional.of(EntryType.DEBIT), Optional.of(new ModuleName("hypecards")), Optional.empty(), Optional.empty()), PageRequest.first(100)));
        assertThat(debits.items()).hasSize(5).allSatisfy(e -> assertThat(e.action()).contains(BillableAction.HYPECARD_BASIC));
        assertThatThrownBy(() -> billing.transactions.list(new ListTokenTransactions.Query(org, TransactionFilter.everything(),
                new PageRequest(Optional.of("not-a-cursor"), 10)))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void usage_is_what_each_module_spent_per_day_and_action_net_of_refunds() {
        billing.buy(org, "100");
        LocalDate day = billing.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        billing.debit.debit(billing.debitOf(org, "2"));
        var second = billing.debit.debit(billing.debitOf(org, "2"));
        billing.refund.refund(new RefundTokens.Command(org, second.transactionId(), tokens("0.5"), key(), null));
        var reserved = billing.reserve.reserve(billing.reservation(org, "10"));
        billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("7.25"), key()));
        billing.clock.advance(Duration.ofDays(1));
        billing.debit.debit(billing.debitOf(org, "1"));

        List<UsageLine> lines = billing.usage.show(new ShowUsage.Query(org, new UsagePeriod(day, day.plusDays(1)), Optional.empty()));

        assertThat(lines).extracting(l -> l.day() + " " + l.module() + " " + l.action().code() + " " + l.tokens() + " " + l.entries())
                .containsExactly(day + " campaigns campaign_send 7.25 1", day + " hypecards hypecard_basic 3.5 3",
                        day.plusDays(1) + " hypecards hypecard_basic 1 1");
    }

    @Test
    void an_organisation_pays_its_own_price_where_the_platform_set_one() {
        assertThat(billing.quote.quote(org.orgId(), BillableAction.CAMPAIGN_SEND, 250)).isEqualTo(tokens("7.5"));
        billing.setPrice.set(new SetPrice.Command(org, BillableAction.CAMPAIGN_SEND, Optional.of(tokens("2.555"))));
        assertThat(billing.quote.quote(org.orgId(), BillableAction.CAMPAIGN_SEND, 1)).isEqualTo(tokens("0.026"));
        billing.setPrice.set(new SetPrice.Command(org, BillableAction.CAMPAIGN_SEND, Optional.empty()));
        assertThat(billing.quote.quote(org.orgId(), BillableAction.CAMPAIGN_SEND, 100)).isEqualTo(tokens("3"));
        assertThat(superuserLong("select count(*) from audit_logs where org_id = ? and action in ('price.overridden', 'price.reset')",
                org.orgId().value())).isEqualTo(2);
    }

    private List<LedgerEntry> newestFirst() {
        return billing.transactions.list(new ListTokenTransactions.Query(org, TransactionFilter.everything(), PageRequest.first(100))).items();
    }

    private static List<EntryType> types(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::type).toList();
    }

    /** balance = sum of the ledger, reserved = sum of reserved changes = open reservations, available >= 0. */
    private void assertLedgerAddsUp() {
        UUID o = org.orgId().value();
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and balance <> "
                + "(select coalesce(sum(balance_change), 0) from token_transactions t where t.wallet_id = w.id)", o)).isZero();
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and reserved <> "
                + "(select coalesce(sum(reserved_change), 0) from token_transactions t where t.wallet_id = w.id)", o)).isZero();
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and reserved <> "
                + "(select coalesce(sum(amount), 0) from token_reservations r where r.wallet_id = w.id and r.state = 'open')", o)).isZero();
        assertThat(superuserLong("select count(*) from token_transactions where org_id = ? and balance_after < reserved_after", o)).isZero();
    }
}
