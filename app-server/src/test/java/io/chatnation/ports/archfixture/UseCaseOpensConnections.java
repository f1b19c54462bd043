package io.chatnation.ports.archfixture;

import javax.sql.DataSource;

/** A use case holding a data source instead of the UnitOfWork port. */
public final class UseCaseOpensConnections {

    private final DataSource dataSource;

    public UseCaseOpensConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
