package io.chatnation.adapter.persistence.shared;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One JDBC transaction per unit of work, bound to the calling thread. Binding the organisation with
 * {@code set_config(..., true)} scopes it to this transaction, so a pooled connection never carries
 * one tenant's setting into another's work.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

    private record Transaction(Connection connection, Optional<OrgId> org) {}

    private final DataSource dataSource;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    public JdbcUnitOfWork(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inOrganization(OrgId org, Supplier<T> work) {
        return run(Optional.of(org), work);
    }

    @Override
    public <T> T withoutOrganization(Supplier<T> work) {
        return run(Optional.empty(), work);
    }

    /** The connection of the transaction in progress on this thread. */
    public Connection connection() {
        Transaction tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("Database access outside a unit of work");
        }
        return tx.connection();
    }

    private <T> T run(Optional<OrgId> org, Supplier<T> work) {
        Transaction joined = current.get();
        if (joined != null) {
            if (!joined.org().equals(org)) {
                throw new IllegalStateException("A unit of work for " + joined.org().map(OrgId::toString).orElse("no organisation")
                        + " cannot join work for " + org.map(OrgId::toString).orElse("no organisation"));
            }
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (org.isPresent()) {
                    try (PreparedStatement bind = connection.prepareStatement("select set_config('app.current_org', ?, true)")) {
                        bind.setString(1, org.get().toString());
                        bind.execute();
                    }
                }
                current.set(new Transaction(connection, org));
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure("Transaction failed", e);
        }
    }
}
