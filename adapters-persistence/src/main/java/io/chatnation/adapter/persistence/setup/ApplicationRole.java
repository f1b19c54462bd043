package io.chatnation.adapter.persistence.setup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The role the application connects as: it may log in and run DML where granted, owns no table, and
 * can neither bypass Row-Level Security nor create roles or databases.
 */
public final class ApplicationRole {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private ApplicationRole() {}

    public static void ensure(DataSource admin, String role, String password) {
        if (!IDENTIFIER.matcher(role).matches()) {
            throw new IllegalArgumentException("Application role name must be a lower-case SQL identifier: " + role);
        }
        String literal = "'" + password.replace("'", "''") + "'";
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            boolean exists;
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                exists = rs.next();
            }
            String attributes = " login password " + literal
                    + " nosuperuser nobypassrls nocreatedb nocreaterole noinherit";
            s.execute((exists ? "alter role " : "create role ") + role + " with" + attributes);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the application database role '" + role + "'", e);
        }
    }
}
