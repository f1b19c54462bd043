package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.alert.LowBalanceAlert.MailOutcome;
import io.chatnation.domain.billing.alert.LowBalanceAlert.RefillOutcome;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcLowBalanceAlerts implements LowBalanceAlerts {

    private static final String COLUMNS = """
            select a.id, a.wallet_id, w.name as wallet_name, w.kind = 'main' as main_wallet, a.threshold_milli,
                   a.available_milli, a.raised_at, a.read_at, a.recovered_at, a.mail_state, a.refill_state,
                   a.refill_purchase_id, a.refill_reason
            from billing_alerts a join wallets w on w.id = a.wallet_id
            """;
    private static final String UNREAD = "u.";
    private static final String READ = "r.";

    private final Jdbc jdbc;

    public JdbcLowBalanceAlerts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(AlertId id, WalletId wallet, TokenAmount threshold, TokenAmount available, Instant at) {
        close(wallet, at);
        jdbc.update("insert into billing_alerts (id, wallet_id, threshold_milli, available_milli, raised_at) values (?, ?, ?, ?, ?)",
                id.value(), wallet.value(), threshold.milli(), available.milli(), at);
    }

    @Override
    public void close(WalletId wallet, Instant at) {
        jdbc.update("update billing_alerts set recovered_at = ? where wallet_id = ? and recovered_at is null", at, wallet.value());
    }

    /**
     * Unread before read, each newest first. The cursor says which of the two runs the last row shown was in, then
     * where in it: a page may end in the unread run and the next one carry on into the read run.
     */
    @Override
    public Page<LowBalanceAlert> find(PageRequest page) {
        StringBuilder sql = new StringBuilder(COLUMNS).append("where a.org_id = app_current_org()");
        List<Object> params = new ArrayList<>();
        if (page.cursor().isPresent()) {
            String cursor = page.cursor().get();
            boolean afterRead = cursor.startsWith(READ);
            if (!afterRead && !cursor.startsWith(UNREAD)) {
                throw InvalidInput.of("cursor", "is not a cursor this API issued");
            }
            Keyset after = Keyset.decode(cursor.substring(2));
            sql.append(afterRead ? " and a.read_at is not null and (a.raised_at, a.id) < (?, ?)"
                    : " and (a.read_at is not null or (a.raised_at, a.id) < (?, ?))");
            params.add(after.at());
            params.add(after.id());
        }
        sql.append(" order by a.read_at is not null, a.raised_at desc, a.id desc limit ?");
        params.add(page.limit() + 1);
        List<LowBalanceAlert> rows = jdbc.list(sql.toString(), JdbcLowBalanceAlerts::row, params.toArray());
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<LowBalanceAlert> shown = rows.subList(0, page.limit());
        LowBalanceAlert last = shown.get(shown.size() - 1);
        return new Page<>(shown, Optional.of((last.isRead() ? READ : UNREAD) + new Keyset(last.raisedAt(), last.id().value()).encode()));
    }

    @Override
    public Optional<LowBalanceAlert> find(AlertId id) {
        return jdbc.one(COLUMNS + "where a.id = ?", JdbcLowBalanceAlerts::row, id.value());
    }

    @Override
    public void markRead(AlertId id, Instant at) {
        jdbc.update("update billing_alerts set read_at = ? where id = ? and read_at is null", at, id.value());
    }

    @Override
    public List<Due> undelivered(Instant now, int limit) {
        return jdbc.list("select org_id, id from billing_undelivered_alerts(?, ?)",
                rs -> new Due(new OrgId(rs.getObject("org_id", UUID.class)), new AlertId(rs.getObject("id", UUID.class))),
                now, limit);
    }

    @Override
    public Optional<LowBalanceAlert> claim(AlertId id, Instant now, Instant until) {
        int taken = jdbc.update("update billing_alerts set claimed_until = ? where id = ? and delivered_at is null "
                + "and (claimed_until is null or claimed_until < ?)", until, id.value(), now);
        return taken == 1 ? find(id) : Optional.empty();
    }

    @Override
    public void refillStarting(AlertId id) {
        jdbc.update("update billing_alerts set refill_state = 'starting' where id = ? and refill_state = 'pending'", id.value());
    }

    @Override
    public void recordRefill(AlertId id, RefillOutcome outcome) {
        jdbc.update("update billing_alerts set refill_state = ?, refill_purchase_id = ?, refill_reason = ? where id = ?",
                outcome.state().code(), outcome.purchase().map(PurchaseId::value),
                outcome.reason().map(JdbcLowBalanceAlerts::fitted), id.value());
    }

    @Override
    public void delivered(AlertId id, MailOutcome mail, Instant at) {
        jdbc.update("update billing_alerts set delivered_at = ?, mail_state = ?, claimed_until = null where id = ?",
                at, mail.code(), id.value());
    }

    @Override
    public boolean refillPending(Instant now) {
        return jdbc.one("""
                select exists (
                    select 1 from billing_alerts a left join purchases p on p.id = a.refill_purchase_id
                    where a.org_id = app_current_org()
                      and ((a.refill_state = 'started' and p.status = 'PENDING')
                           or (a.refill_state = 'starting' and a.claimed_until >= ?))
                ) as pending
                """, rs -> rs.getBoolean("pending"), now).orElse(false);
    }

    /** Provider messages can be long; the alert keeps enough of one to say what went wrong. */
    private static String fitted(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private static LowBalanceAlert row(ResultSet rs) throws SQLException {
        RefillOutcome.State state = RefillOutcome.State.fromCode(rs.getString("refill_state"));
        return new LowBalanceAlert(new AlertId(rs.getObject("id", UUID.class)), new WalletId(rs.getObject("wallet_id", UUID.class)),
                new WalletName(rs.getString("wallet_name")), rs.getBoolean("main_wallet"),
                TokenAmount.ofMilli(rs.getLong("threshold_milli")), TokenAmount.ofMilli(rs.getLong("available_milli")),
                Jdbc.instant(rs, "raised_at"), Jdbc.optionalInstant(rs, "read_at"), Jdbc.optionalInstant(rs, "recovered_at"),
                MailOutcome.fromCode(rs.getString("mail_state")),
                new RefillOutcome(state, Optional.ofNullable(rs.getObject("refill_purchase_id", UUID.class)).map(PurchaseId::new),
                        Optional.ofNullable(rs.getString("refill_reason"))));
    }
}
