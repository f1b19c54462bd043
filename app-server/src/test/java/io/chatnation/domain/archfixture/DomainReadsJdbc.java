package io.chatnation.domain.archfixture;

import java.sql.ResultSet;
import java.sql.SQLException;

/** JDBC in the domain: allowed by the java.. allow-list, so only the JDBC rule catches it. */
public final class DomainReadsJdbc {

    public String nameOf(ResultSet row) throws SQLException {
        return row.getString("name");
    }
}
