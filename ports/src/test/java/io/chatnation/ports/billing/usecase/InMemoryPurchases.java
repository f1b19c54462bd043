package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.out.PurchaseLocator;
import io.chatnation.ports.billing.out.Purchases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Purchases of every organisation in memory, each call seeing only the unit of work's organisation. */
final class InMemoryPurchases implements Purchases, PurchaseLocator {

    private record Row(OrgId org, Purchase purchase, SecretDigest callback, Optional<Instant> queriedAt) {}

    private final SameThreadUnitOfWork uow;
    private final Map<PurchaseId, Row> rows = new LinkedHashMap<>();
    private final Set<String> notices = new HashSet<>();

    InMemoryPurchases(SameThreadUnitOfWork uow) {
        this.uow = uow;
    }

    List<Purchase> all() {
        return rows.values().stream().map(Row::purchase).toList();
    }

    Purchase only() {
        assert rows.size() == 1 : "exactly one purchase expected, found " + rows.size();
        return rows.values().iterator().next().purchase();
    }

    @Override
    public void add(Purchase purchase, SecretDigest callback) {
        rows.put(purchase.id(), new Row(org(), purchase, callback, Optional.empty()));
    }

    @Override
    public Optional<Purchase> find(PurchaseId id) {
        return Optional.ofNullable(rows.get(id)).filter(r -> r.org().equals(org())).map(Row::purchase);
    }

    @Override
    public Optional<Purchase> lock(PurchaseId id) {
        return find(id);
    }

    @Override
    public void update(Purchase purchase) {
        Row row = rows.get(purchase.id());
        if (row == null || !row.org().equals(org())) {
            throw new IllegalStateException("no such purchase in this organisation");
        }
        rows.put(purchase.id(), new Row(row.org(), purchase, row.callback(), row.queriedAt()));
    }

    @Override
    public Page<Purchase> page(PageRequest page) {
        List<Purchase> mine = rows.values().stream().filter(r -> r.org().equals(org())).map(Row::purchase)
                .sorted(Comparator.comparing(Purchase::createdAt).reversed()).limit(page.limit()).toList();
        return new Page<>(mine, Optional.empty());
    }

    @Override
    public boolean recordNotice(PaymentProvider provider, String noticeId, PurchaseId purchase, Instant receivedAt) {
        return notices.add(provider.code() + ":" + noticeId);
    }

    @Override
    public void noteStatusQueried(PurchaseId id, Instant at) {
        Row row = rows.get(id);
        rows.put(id, new Row(row.org(), row.purchase(), row.callback(), Optional.of(at)));
    }

    @Override
    public Optional<PurchaseKey> byCallback(SecretDigest callback) {
        return rows.values().stream().filter(r -> r.callback().equals(callback)).findFirst()
                .map(r -> new PurchaseKey(r.org(), r.purchase().id()));
    }

    @Override
    public Optional<PurchaseKey> byAttempt(PaymentProvider provider, ProviderReference reference) {
        return rows.values().stream().filter(r -> r.purchase().provider() == provider
                        && r.purchase().providerReference().equals(Optional.of(reference))).findFirst()
                .map(r -> new PurchaseKey(r.org(), r.purchase().id()));
    }

    @Override
    public List<PurchaseKey> awaitingConfirmation(Instant startedBefore, Instant askedBefore, int limit) {
        List<PurchaseKey> due = new ArrayList<>();
        rows.values().stream().filter(r -> r.purchase().status() == PurchaseStatus.PENDING)
                .filter(r -> r.purchase().createdAt().isBefore(startedBefore))
                .filter(r -> r.queriedAt().map(q -> q.isBefore(askedBefore)).orElse(true))
                .limit(limit).forEach(r -> due.add(new PurchaseKey(r.org(), r.purchase().id())));
        return due;
    }

    private OrgId org() {
        return uow.organisation().orElseThrow(() -> new IllegalStateException("tenant data read outside an organisation"));
    }
}
