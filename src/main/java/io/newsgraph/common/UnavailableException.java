package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** The database cannot be reached (down, restarting, black-holed, or no pooled connection in time): retry later. */
@ErrorCode(UnavailableException.CODE)
public class UnavailableException extends ApiException {

    public static final String CODE = "UNAVAILABLE";
    /**
     * Agroal's words when no pooled connection frees up within the acquisition timeout (it sets no SQLState):
     * "Acquisition timeout while waiting for new connection" in Agroal 3, "Sorry, acquisition timeout!" before.
     */
    private static final String NO_POOLED_CONNECTION = "acquisition timeout";

    public UnavailableException() {
        super("the database is not answering; nothing was changed by this request: retry shortly", null);
    }

    @Override
    public String code() {
        return CODE;
    }

    /**
     * UNAVAILABLE for a failure to reach the database anywhere in the chain: a connection error (SQLState class
     * 08, which the PostgreSQL driver also reports when its socket times out), the server shutting down or
     * starting (57P01-57P03), JDBC's connection exception types, or the pool's acquisition timeout. Null for any
     * other failure.
     */
    public static UnavailableException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnavailableException unavailable) {
                return unavailable;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return new UnavailableException();
            }
            if (t instanceof SQLException sql && (unreachable(sql.getSQLState())
                    || sql.getMessage() != null
                            && sql.getMessage().toLowerCase(Locale.ROOT).contains(NO_POOLED_CONNECTION))) {
                return new UnavailableException();
            }
        }
        return null;
    }

    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
