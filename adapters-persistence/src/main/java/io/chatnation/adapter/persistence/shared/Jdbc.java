package io.chatnation.adapter.persistence.shared;

import io.chatnation.domain.shared.Conflict;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Statements on the current unit of work's connection, with the few type conversions JDBC lacks. */
public final class Jdbc {

    /** Maps the current row; may throw SQLException like the ResultSet getters it calls. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcUnitOfWork uow;

    public Jdbc(JdbcUnitOfWork uow) {
        this.uow = uow;
    }

    public int update(String sql, Object... params) {
        return update(sql, e -> new DatabaseFailure("Update failed", e), params);
    }

    /** Like {@link #update(String, Object...)}, turning a unique-key violation into a {@link Conflict}. */
    public int insertUnique(String sql, String conflictMessage, Object... params) {
        return update(sql, e -> UNIQUE_VIOLATION.equals(e.getSQLState())
                ? new Conflict(conflictMessage) : new DatabaseFailure("Insert failed", e), params);
    }

    private int update(String sql, Function<SQLException, RuntimeException> failure, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /**
     * Runs {@code sql} once per parameter row in one round trip to the database (a JDBC batch); answers each row's
     * update count, in order.
     */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = uow.connection().prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new DatabaseFailure("Batch failed", e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseFailure("Query failed", e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs {@code row} on every result without collecting them; the driver fetches in batches. */
    public long forEach(String sql, Row<Void> row, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.setFetchSize(500);
            long count = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.map(rs);
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new DatabaseFailure("Query failed", e);
        }
    }

    public Array textArray(Collection<String> values) {
        try {
            return uow.connection().createArrayOf("text", values.toArray());
        } catch (SQLException e) {
            throw new DatabaseFailure("Array conversion failed", e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(instant(rs, column));
    }

    public static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, bindable(params[i]));
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        Connection connection = uow.connection();
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Optional<?> optional) {
            return bindable(optional.orElse(null));
        }
        return value;
    }
}
