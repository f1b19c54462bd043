package io.chatnation.adapter.persistence.setup;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools; one small one for schema work, one sized for request traffic. */
public final class ConnectionPools {

    private ConnectionPools() {}

    public static HikariDataSource open(DatabaseAddress address, String name, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(address.password());
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(2, maxSize));
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "chatnation-" + name);
        // Server-side prepared statements pay off for the few statements every request runs.
        config.addDataSourceProperty("prepareThreshold", "1");
        return new HikariDataSource(config);
    }
}
