package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.alert.LowBalanceAlert.MailOutcome;
import io.chatnation.domain.billing.alert.LowBalanceAlert.RefillOutcome;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts of one organisation in memory; every wallet is the main wallet unless named otherwise. */
final class InMemoryLowBalanceAlerts implements LowBalanceAlerts {

    private record Stored(LowBalanceAlert alert, Optional<Instant> claimedUntil, Optional<Instant> deliveredAt) {}

    private final OrgId org;
    private final InMemoryPurchases purchases;
    private final SameThreadUnitOfWork uow;
    private final Map<AlertId, Stored> alerts = new LinkedHashMap<>();
    final List<WalletId> subWallets = new ArrayList<>();

    InMemoryLowBalanceAlerts(OrgId org, InMemoryPurchases purchases, SameThreadUnitOfWork uow) {
        this.org = org;
        this.purchases = purchases;
        this.uow = uow;
    }

    @Override
    public void open(AlertId id, WalletId wallet, TokenAmount threshold, TokenAmount available, Instant at) {
        close(wallet, at);
        boolean main = !subWallets.contains(wallet);
        alerts.put(id, new Stored(new LowBalanceAlert(id, wallet, main ? WalletName.MAIN : new WalletName("Sub"), main, threshold,
                available, at, Optional.empty(), Optional.empty(), MailOutcome.PENDING, RefillOutcome.pending()),
                Optional.empty(), Optional.empty()));
    }

    @Override
    public void close(WalletId wallet, Instant at) {
        alerts.replaceAll((id, s) -> s.alert().wallet().equals(wallet) && s.alert().recoveredAt().isEmpty()
                ? new Stored(with(s.alert(), Optional.of(at), s.alert().mail(), s.alert().refill()), s.claimedUntil(), s.deliveredAt())
                : s);
    }

    @Override
    public Page<LowBalanceAlert> find(PageRequest page) {
        return new Page<>(alerts.values().stream().map(Stored::alert)
                .sorted(Comparator.comparing(LowBalanceAlert::isRead).thenComparing(LowBalanceAlert::raisedAt, Comparator.reverseOrder()))
                .toList(), Optional.empty());
    }

    @Override
    public Optional<LowBalanceAlert> find(AlertId id) {
        return Optional.ofNullable(alerts.get(id)).map(Stored::alert);
    }

    @Override
    public void markRead(AlertId id, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Due> undelivered(Instant now, int limit) {
        return alerts.values().stream().filter(s -> s.deliveredAt().isEmpty() && s.claimedUntil().filter(now::isBefore).isEmpty())
                .map(s -> new Due(org, s.alert().id())).limit(limit).toList();
    }

    @Override
    public Optional<LowBalanceAlert> claim(AlertId id, Instant now, Instant until) {
        Stored s = alerts.get(id);
        if (s == null || s.deliveredAt().isPresent() || s.claimedUntil().filter(now::isBefore).isPresent()) {
            return Optional.empty();
        }
        alerts.put(id, new Stored(s.alert(), Optional.of(until), Optional.empty()));
        return Optional.of(s.alert());
    }

    @Override
    public void refillStarting(AlertId id) {
        recordRefill(id, new RefillOutcome(RefillOutcome.State.STARTING, Optional.empty(), Optional.empty()));
    }

    @Override
    public void recordRefill(AlertId id, RefillOutcome outcome) {
        Stored s = alerts.get(id);
        alerts.put(id, new Stored(with(s.alert(), s.alert().recoveredAt(), s.alert().mail(), outcome), s.claimedUntil(), s.deliveredAt()));
    }

    @Override
    public void delivered(AlertId id, MailOutcome mail, Instant at) {
        Stored s = alerts.get(id);
        alerts.put(id, new Stored(with(s.alert(), s.alert().recoveredAt(), mail, s.alert().refill()), Optional.empty(), Optional.of(at)));
    }

    @Override
    public boolean refillPending(Instant now) {
        return alerts.values().stream().anyMatch(s -> s.alert().refill().purchase()
                .flatMap(p -> uow.inOrganization(org, () -> purchases.find(p)))
                .filter(p -> p.status() == PurchaseStatus.PENDING).isPresent()
                || s.alert().refill().state() == RefillOutcome.State.STARTING && s.claimedUntil().filter(now::isBefore).isPresent());
    }

    private static LowBalanceAlert with(LowBalanceAlert a, Optional<Instant> recoveredAt, MailOutcome mail, RefillOutcome refill) {
        return new LowBalanceAlert(a.id(), a.wallet(), a.walletName(), a.mainWallet(), a.threshold(), a.available(), a.raisedAt(),
                a.readAt(), recoveredAt, mail, refill);
    }
}
