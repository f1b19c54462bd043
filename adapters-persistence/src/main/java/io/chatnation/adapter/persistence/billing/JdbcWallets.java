package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletKind;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.Wallets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcWallets implements Wallets {

    private static final String COLUMNS =
            "select id, kind, name, balance, reserved, low_balance_threshold, created_at from wallets ";

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    public JdbcWallets(Jdbc jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Wallet main() {
        Optional<Wallet> existing = findMain();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        // A concurrent first use may open it at the same moment: the partial unique index lets one insert win.
        jdbc.update("""
                insert into wallets (id, kind, name, balance, reserved, low_balance_threshold, created_at, updated_at)
                values (?, 'main', ?, 0, 0, 0, ?, ?)
                on conflict (org_id) where kind = 'main' do nothing
                """, ids.next(), WalletName.MAIN.value(), now, now);
        return findMain().orElseThrow(() -> new IllegalStateException("The main wallet could not be opened"));
    }

    private Optional<Wallet> findMain() {
        return jdbc.one(COLUMNS + "where org_id = app_current_org() and kind = 'main'", JdbcWallets::row);
    }

    @Override
    public Optional<Wallet> find(WalletId id) {
        return jdbc.one(COLUMNS + "where id = ?", JdbcWallets::row, id.value());
    }

    @Override
    public List<Wallet> all() {
        return jdbc.list(COLUMNS + "order by kind = 'main' desc, lower(name), id", JdbcWallets::row);
    }

    @Override
    public void add(Wallet w) {
        jdbc.insertUnique("""
                insert into wallets (id, kind, name, balance, reserved, low_balance_threshold, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, "The organisation already has a wallet named '" + w.name() + "'",
                w.id().value(), w.kind().code(), w.name().value(), w.balance().milli(), w.reserved().milli(),
                w.lowBalanceThreshold().milli(), w.createdAt(), w.createdAt());
    }

    @Override
    public void setLowBalanceThreshold(WalletId id, TokenAmount threshold) {
        jdbc.update("update wallets set low_balance_threshold = ?, updated_at = ? where id = ?",
                threshold.milli(), clock.instant(), id.value());
    }

    @Override
    public List<Wallet> lock(Collection<WalletId> wanted) {
        List<String> keys = wanted.stream().map(WalletId::toString).distinct().toList();
        return jdbc.list(COLUMNS + "where id = any(?::uuid[]) order by id for no key update", JdbcWallets::row, jdbc.textArray(keys));
    }

    static Wallet row(ResultSet rs) throws SQLException {
        return new Wallet(new WalletId(rs.getObject("id", UUID.class)), WalletKind.fromCode(rs.getString("kind")),
                new WalletName(rs.getString("name")), TokenAmount.ofMilli(rs.getLong("balance")),
                TokenAmount.ofMilli(rs.getLong("reserved")), TokenAmount.ofMilli(rs.getLong("low_balance_threshold")),
                Jdbc.instant(rs, "created_at"));
    }
}
