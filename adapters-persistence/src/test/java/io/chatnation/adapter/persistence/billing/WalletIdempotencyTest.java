package io.chatnation.adapter.persistence.billing;

import static io.chatnation.adapter.persistence.billing.BillingFixture.key;
import static io.chatnation.adapter.persistence.billing.BillingFixture.superuserLong;
import static io.chatnation.adapter.persistence.billing.BillingFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.RefundTokens;
import io.chatnation.ports.billing.in.ReleaseReservation;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.in.TransferTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every wallet operation repeated under its key has one effect and the first result; other parameters are a conflict. */
class WalletIdempotencyTest {

    final BillingFixture billing = new BillingFixture();
    final Caller org = BillingFixture.newOrganisation();

    @Test
    void a_repeated_reservation_holds_the_tokens_once() {
        billing.buy(org, "100");
        ReserveTokens.Command command = billing.reservation(org, "30");
        var first = billing.reserve.reserve(command);
        var again = repeatedOnce(() -> billing.reserve.reserve(command));

        assertThat(again).isEqualTo(new ReserveTokens.Reserved(first.reservation(), first.wallet(), first.amount(),
                first.expiresAt(), first.available(), true));
        assertThat(billing.main(org).reserved()).isEqualTo(tokens("30"));
        assertThatThrownBy(() -> billing.reserve.reserve(new ReserveTokens.Command(org, Optional.empty(), tokens("31"),
                command.module(), command.action(), command.reference(), command.key(), command.ttl())))
                .isInstanceOf(Conflict.class).hasMessageContaining("already used for a different request");
    }

    @Test
    void a_repeated_settlement_charges_once_even_after_the_reservation_ended() {
        billing.buy(org, "100");
        var reserved = billing.reserve.reserve(billing.reservation(org, "30"));
        SettleReservation.Command command = new SettleReservation.Command(org, reserved.reservation(), tokens("12"), key());
        var first = billing.settle.settle(command);
        var again = repeatedOnce(() -> billing.settle.settle(command));

        assertThat(again).isEqualTo(new SettleReservation.Settled(first.reservation(), first.wallet(), tokens("12"), tokens("18"),
                first.available(), true));
        assertThat(billing.main(org).balance()).isEqualTo(tokens("88"));
        assertThatThrownBy(() -> billing.settle.settle(new SettleReservation.Command(org, reserved.reservation(), tokens("13"), command.key())))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void a_repeated_release_releases_once() {
        billing.buy(org, "100");
        var reserved = billing.reserve.reserve(billing.reservation(org, "30"));
        ReleaseReservation.Command command = new ReleaseReservation.Command(org, reserved.reservation(), key());
        var first = billing.release.release(command);
        var again = repeatedOnce(() -> billing.release.release(command));

        assertThat(again.released()).isEqualTo(first.released());
        assertThat(again.available()).isEqualTo(first.available());
        assertThat(again.replayed()).isTrue();
        assertThat(billing.main(org).available()).isEqualTo(tokens("100"));
    }

    @Test
    void a_repeated_debit_charges_once() {
        billing.buy(org, "100");
        DebitTokens.Command command = billing.debitOf(org, "7.5");
        var first = billing.debit.debit(command);
        var again = repeatedOnce(() -> billing.debit.debit(command));

        assertThat(again).isEqualTo(new DebitTokens.Debited(first.transactionId(), first.wallet(), first.amount(), first.available(), true));
        assertThat(billing.main(org).balance()).isEqualTo(tokens("92.5"));
        assertThatThrownBy(() -> billing.debit.debit(new DebitTokens.Command(org, Optional.empty(), tokens("7.5"), command.module(),
                BillableAction.PHOTO_ENHANCEMENT, Optional.empty(), command.key(), null))).isInstanceOf(Conflict.class);
    }

    @Test
    void a_repeated_refund_refunds_once() {
        billing.buy(org, "100");
        var debited = billing.debit.debit(billing.debitOf(org, "10"));
        RefundTokens.Command command = new RefundTokens.Command(org, debited.transactionId(), tokens("4"), key(), null);
        var first = billing.refund.refund(command);
        var again = repeatedOnce(() -> billing.refund.refund(command));

        assertThat(again.transactionId()).isEqualTo(first.transactionId());
        assertThat(again.replayed()).isTrue();
        assertThat(billing.main(org).balance()).isEqualTo(tokens("94"));
    }

    @Test
    void a_repeated_transfer_moves_the_tokens_once() {
        billing.buy(org, "100");
        Wallet main = billing.main(org);
        Wallet sub = billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName("Choir"), TokenAmount.ZERO));
        TransferTokens.Command command = new TransferTokens.Command(org, main.id(), sub.id(), tokens("25"), key(), Memo.NONE);
        var first = billing.transfer.transfer(command);
        var again = repeatedOnce(() -> billing.transfer.transfer(command));

        assertThat(again).isEqualTo(new TransferTokens.Transferred(first.outTransactionId(), first.inTransactionId(), main.id(),
                sub.id(), tokens("25"), tokens("75"), tokens("25"), true));
        assertThat(billing.showWallet.show(org, Optional.of(sub.id())).balance()).isEqualTo(tokens("25"));
        assertThatThrownBy(() -> billing.transfer.transfer(new TransferTokens.Command(org, sub.id(), main.id(), tokens("25"),
                command.key(), Memo.NONE))).isInstanceOf(Conflict.class);
    }

    @Test
    void a_repeated_adjustment_adjusts_and_is_audited_once() {
        AdjustWallet.Command command = new AdjustWallet.Command(org, Optional.empty(), tokens("12"), Memo.required("reason", "Goodwill"), key());
        var first = billing.adjust.adjust(command);
        var again = repeatedOnce(() -> billing.adjust.adjust(command));

        assertThat(again.transactionId()).isEqualTo(first.transactionId());
        assertThat(again.balance()).isEqualTo(tokens("12"));
        assertThat(billing.main(org).balance()).isEqualTo(tokens("12"));
        assertThat(superuserLong("select count(*) from audit_logs where org_id = ? and action = 'wallet.adjusted'", org.orgId().value()))
                .isEqualTo(1);
    }

    @Test
    void a_purchase_confirmed_twice_with_another_amount_is_a_conflict_and_credits_nothing_more() {
        UUID purchase = UUID.randomUUID();
        billing.credit.credit(new CreditPurchasedTokens.Command(org.orgId(), purchase, tokens("500"), "Bundle"));
        assertThatThrownBy(() -> billing.credit.credit(new CreditPurchasedTokens.Command(org.orgId(), purchase, tokens("5000"), "Bundle")))
                .isInstanceOf(Conflict.class);
        assertThat(billing.main(org).balance()).isEqualTo(tokens("500"));
    }

    @Test
    void one_key_names_one_operation_whatever_its_kind() {
        billing.buy(org, "100");
        IdempotencyKey shared = key();
        billing.debit.debit(new DebitTokens.Command(org, Optional.empty(), tokens("1"), BillingFixture.CAMPAIGNS,
                BillableAction.BROADCAST, Optional.empty(), shared, null));
        ReserveTokens.Command reservation = billing.reservation(org, "1");
        assertThatThrownBy(() -> billing.reserve.reserve(new ReserveTokens.Command(org, Optional.empty(), reservation.estimate(),
                reservation.module(), reservation.action(), reservation.reference(), shared, reservation.ttl()))).isInstanceOf(Conflict.class);
        assertThat(billing.main(org).available()).isEqualTo(tokens("99"));
    }

    @Test
    void the_same_reservation_sent_by_eight_threads_at_once_holds_the_tokens_once() throws Exception {
        billing.buy(org, "100");
        ReserveTokens.Command command = billing.reservation(org, "10");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ReserveTokens.Reserved>> twins = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            twins.add(() -> {
                start.await();
                return billing.reserve.reserve(command);
            });
        }
        List<Future<ReserveTokens.Reserved>> results = new ArrayList<>();
        twins.forEach(t -> results.add(pool.submit(t)));
        start.countDown();
        Set<Object> reservations = new HashSet<>();
        int conflicts = 0;
        for (Future<ReserveTokens.Reserved> result : results) {
            try {
                reservations.add(result.get().reservation());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).as("a twin that lost the race is told to repeat").isInstanceOf(Conflict.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(reservations).hasSize(1);
        assertThat(conflicts).isLessThan(8);
        assertThat(billing.main(org).reserved()).isEqualTo(tokens("10"));
        assertThat(billing.reserve.reserve(command).replayed()).isTrue();
        assertThat(superuserLong("select count(*) from token_reservations where org_id = ?", org.orgId().value())).isEqualTo(1);
    }

    /** Runs a repeat and checks it changed neither the ledger nor any wallet. */
    private <T> T repeatedOnce(Supplier<T> repeat) {
        UUID o = org.orgId().value();
        long lines = superuserLong("select count(*) from token_transactions where org_id = ?", o);
        long balances = superuserLong("select coalesce(sum(balance * 7 + reserved), 0) from wallets where org_id = ?", o);
        T result = repeat.get();
        assertThat(superuserLong("select count(*) from token_transactions where org_id = ?", o)).as("ledger lines").isEqualTo(lines);
        assertThat(superuserLong("select coalesce(sum(balance * 7 + reserved), 0) from wallets where org_id = ?", o)).isEqualTo(balances);
        return result;
    }
}
