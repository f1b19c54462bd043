package io.chatnation.adapter.persistence.billing;

import static io.chatnation.adapter.persistence.billing.BillingFixture.key;
import static io.chatnation.adapter.persistence.billing.BillingFixture.superuserLong;
import static io.chatnation.adapter.persistence.billing.BillingFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.ReservationState;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.ReleaseReservation;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.in.TransferTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 50 threads × 200 random reserve / settle / release / debit / transfer operations on three wallets of one
 * organisation, funded so that they run dry part-way through. Whatever the interleaving, no wallet goes below
 * zero, every wallet's balance is the sum of its ledger and its reserved tokens are its open reservations, and
 * the totals are exactly what the successful operations say they did: no update was lost.
 */
class WalletConcurrencyTest {

    static final int THREADS = 50;
    static final int OPERATIONS = 200;
    static final ModuleName MODULE = new ModuleName("campaigns");

    final BillingFixture billing = new BillingFixture();
    final Caller org = BillingFixture.newOrganisation();

    /** What the threads say they did, in milli-tokens. */
    final AtomicLong spent = new AtomicLong();
    final AtomicLong ledgerLines = new AtomicLong();
    final AtomicLong refusals = new AtomicLong();
    final Map<ReservationId, TokenAmount> stillOpen = new ConcurrentHashMap<>();

    @Test
    void fifty_threads_of_random_operations_keep_every_invariant() throws Exception {
        billing.buy(org, "40000");
        ledgerLines.incrementAndGet();
        List<WalletId> wallets = new ArrayList<>();
        wallets.add(billing.main(org).id());
        for (String name : List.of("Events", "Radio")) {
            wallets.add(billing.openSubWallet.open(new OpenSubWallet.Command(org, new WalletName(name), TokenAmount.ZERO)).id());
        }

        // Thresholds the traffic crosses both ways, so that low-balance alerts are raised and ended under the same race.
        billing.warnBelow(org, wallets.get(0), "30000");
        billing.warnBelow(org, wallets.get(1), "50");

        AtomicBoolean running = new AtomicBoolean(true);
        List<String> negativeSightings = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                for (Wallet w : billing.uow.inOrganization(org.orgId(), billing.wallets::all)) {
                    if (w.available().isNegative() || w.reserved().isNegative()) {
                        synchronized (negativeSightings) {
                            negativeSightings.add(w.toString());
                        }
                    }
                }
            }
        });
        watcher.start();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L + t;
            workers.add(pool.submit(() -> {
                start.await();
                runOperations(new Random(seed), wallets);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        running.set(false);
        watcher.join();

        UUID o = org.orgId().value();
        assertThat(negativeSightings).as("wallets seen below zero while the threads ran").isEmpty();
        assertThat(refusals.get()).as("the wallets ran dry part-way, so the guard was exercised")
                .isBetween(1L, THREADS * OPERATIONS / 2L);
        assertThat(superuserLong("select coalesce(sum(balance), 0) from wallets where org_id = ?", o))
                .as("total balance = bought - spent").isEqualTo(tokens("40000").milli() - spent.get());
        long reservedNow = stillOpen.values().stream().mapToLong(TokenAmount::milli).sum();
        assertThat(superuserLong("select coalesce(sum(reserved), 0) from wallets where org_id = ?", o))
                .as("total reserved = the reservations the threads still hold").isEqualTo(reservedNow);
        assertThat(superuserLong("select count(*) from token_reservations where org_id = ? and state = 'open'", o))
                .isEqualTo(stillOpen.size());
        assertThat(superuserLong("select count(*) from token_transactions where org_id = ?", o))
                .as("one ledger line per line the operations reported").isEqualTo(ledgerLines.get());
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and balance <> "
                + "(select coalesce(sum(balance_change), 0) from token_transactions t where t.wallet_id = w.id)", o)).isZero();
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and reserved <> "
                + "(select coalesce(sum(reserved_change), 0) from token_transactions t where t.wallet_id = w.id)", o)).isZero();
        assertThat(superuserLong("select count(*) from wallets w where org_id = ? and reserved <> "
                + "(select coalesce(sum(amount), 0) from token_reservations r where r.wallet_id = w.id and r.state = 'open')", o)).isZero();
        assertThat(superuserLong("select count(*) from token_transactions where org_id = ? and (reserved_after < 0 or balance_after < reserved_after)", o))
                .as("no ledger line left a wallet below zero").isZero();
        assertThat(superuserLong("select count(*) from (select wallet_id from billing_alerts where org_id = ? and recovered_at is null "
                + "group by wallet_id having count(*) > 1) w", o)).as("never two open dips on one wallet").isZero();
        Wallet main = billing.main(org);
        assertThat(superuserLong("select count(*) from billing_alerts where wallet_id = ? and recovered_at is null", main.id().value()))
                .as("the main wallet started above its threshold: it has an open dip exactly when it ends below")
                .isEqualTo(main.isBelowThreshold() ? 1 : 0);
        assertThat(superuserLong("select count(*) from billing_alerts where org_id = ?", o)).as("alerts were raised").isPositive()
                .isEqualTo(superuserLong("select count(*) from audit_logs where org_id = ? and action = 'wallet.low_balance'", o));
        assertThat(superuserLong("select count(*) from billing_alerts where wallet_id = ?", wallets.get(2).value()))
                .as("a wallet without a threshold never dips").isZero();
        for (ReservationId id : stillOpen.keySet()) {
            assertThat(billing.reservationOf(org, id).state()).isEqualTo(ReservationState.OPEN);
        }
    }

    private void runOperations(Random random, List<WalletId> wallets) {
        List<ReserveTokens.Reserved> mine = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            int dice = random.nextInt(100);
            try {
                if (dice < 30 || mine.isEmpty() && dice < 65) {
                    var reserved = billing.reserve.reserve(new ReserveTokens.Command(org, Optional.of(pick(random, wallets)),
                            milli(random, 1, 40_000), MODULE, BillableAction.CAMPAIGN_SEND, Optional.empty(), key(), Duration.ofHours(1)));
                    mine.add(reserved);
                    stillOpen.put(reserved.reservation(), reserved.amount());
                    ledgerLines.incrementAndGet();
                } else if (dice < 55) {
                    var r = mine.get(random.nextInt(mine.size()));
                    TokenAmount actual = TokenAmount.ofMilli(random.nextLong(r.amount().milli() * 3 / 2 + 1));
                    var settled = billing.settle.settle(new SettleReservation.Command(org, r.reservation(), actual, key()));
                    mine.remove(r);
                    stillOpen.remove(r.reservation());
                    spent.addAndGet(settled.debited().milli());
                    ledgerLines.addAndGet((settled.debited().isPositive() ? 1 : 0) + (settled.released().isPositive() ? 1 : 0));
                } else if (dice < 65) {
                    var r = mine.get(random.nextInt(mine.size()));
                    billing.release.release(new ReleaseReservation.Command(org, r.reservation(), key()));
                    mine.remove(r);
                    stillOpen.remove(r.reservation());
                    ledgerLines.incrementAndGet();
                } else if (dice < 85) {
                    TokenAmount amount = milli(random, 1, 10_000);
                    billing.debit.debit(new DebitTokens.Command(org, Optional.of(pick(random, wallets)), amount, MODULE,
                            BillableAction.BROADCAST, Optional.empty(), key(), null));
                    spent.addAndGet(amount.milli());
                    ledgerLines.incrementAndGet();
                } else {
                    WalletId from = pick(random, wallets);
                    WalletId to = wallets.get((wallets.indexOf(from) + 1 + random.nextInt(wallets.size() - 1)) % wallets.size());
                    billing.transfer.transfer(new TransferTokens.Command(org, from, to, milli(random, 1, 300_000), key(), Memo.NONE));
                    ledgerLines.addAndGet(2);
                }
            } catch (InsufficientTokens refused) {
                refusals.incrementAndGet();
            }
        }
    }

    private static WalletId pick(Random random, List<WalletId> wallets) {
        return wallets.get(random.nextInt(wallets.size()));
    }

    private static TokenAmount milli(Random random, long min, long max) {
        return TokenAmount.ofMilli(min + random.nextLong(max - min + 1));
    }
}
