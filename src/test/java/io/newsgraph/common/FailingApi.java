package io.newsgraph.common;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test only: a resolver behind the error boundary that fails the way a broken database query does. */
@GraphQLApi
@ReportsErrors
public class FailingApi {

    static final String SQL = "select secret_column from actor where password_hash = 'x'";

    @Query
    @Description("Test only: always fails with a persistence exception carrying SQL.")
    public String failingLookup() {
        throw failure();
    }

    @Query
    @Description("Test only: always fails the way a read fails while the database is black-holed.")
    public String unreachableDatabaseLookup() {
        throw new PersistenceException("could not execute query [" + SQL + "]",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    static PersistenceException failure() {
        return new PersistenceException("could not execute statement [" + SQL + "]",
                new SQLException("ERROR: column \"secret_column\" does not exist; SQL: " + SQL));
    }
}
