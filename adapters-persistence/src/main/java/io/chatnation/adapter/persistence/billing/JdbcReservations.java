package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.ReservationState;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.Reservations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcReservations implements Reservations {

    private static final String COLUMNS = """
            select id, wallet_id, amount, module, action, reference_id, state, created_at, expires_at, closed_at, settled_amount
            from token_reservations where id = ?
            """;

    private final Jdbc jdbc;

    public JdbcReservations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return jdbc.one(COLUMNS, JdbcReservations::row, id.value());
    }

    @Override
    public Optional<Reservation> lock(ReservationId id) {
        return jdbc.one(COLUMNS + " for no key update", JdbcReservations::row, id.value());
    }

    @Override
    public Optional<Reservation> lockUnlessBusy(ReservationId id) {
        return jdbc.one(COLUMNS + " for no key update skip locked", JdbcReservations::row, id.value());
    }

    @Override
    public List<Due> dueForExpiry(Instant now, int limit) {
        return jdbc.list("select org_id, id from billing_due_reservations(?, ?)",
                rs -> new Due(new OrgId(rs.getObject("org_id", UUID.class)), new ReservationId(rs.getObject("id", UUID.class))),
                now, limit);
    }

    private static Reservation row(ResultSet rs) throws SQLException {
        long settled = rs.getLong("settled_amount");
        Optional<TokenAmount> settledAmount = rs.wasNull() ? Optional.empty() : Optional.of(TokenAmount.ofMilli(settled));
        return new Reservation(new ReservationId(rs.getObject("id", UUID.class)), new WalletId(rs.getObject("wallet_id", UUID.class)),
                TokenAmount.ofMilli(rs.getLong("amount")), new ModuleName(rs.getString("module")),
                BillableAction.fromCode(rs.getString("action")), Optional.ofNullable(rs.getObject("reference_id", UUID.class)),
                ReservationState.fromCode(rs.getString("state")), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "expires_at"),
                Jdbc.optionalInstant(rs, "closed_at"), settledAmount);
    }
}
