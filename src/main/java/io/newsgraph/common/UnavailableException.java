package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The database cannot be reached (down, restarting, black-holed, or no pooled connection in time): retry later. */
@ErrorCode(UnavailableException.CODE)
public class UnavailableException extends ApiException {

    public static final String CODE = "UNAVAILABLE";
    /**
     * Agroal's words when no pooled connection frees up within the acquisition timeout (it sets no SQLState):
     * "Acquisition timeout while waiting for new connection" in Agroal 3, "Sorry, acquisition timeout!" before.
     */
    private static final String NO_POOLED_CONNECTION = "acquisition timeout";

    /**
     * A write can have been committed just before the database stopped answering (the commit's answer lost, or a
     * field read after the mutation failing), so the message does not promise that nothing changed.
     */
    private UnavailableException() {
        super("the database is not answering: retry shortly; a write that failed this way may have been stored just"
                + " before, so read it back before repeating it", null);
    }

    @Override
    public String code() {
        return CODE;
    }

    /**
     * UNAVAILABLE for a failure to reach the database anywhere in the chain, causes and suppressed exceptions
     * alike (a failed commit reports the driver's error as suppressed by the transaction manager's): a connection
     * error (SQLState class 08, which the PostgreSQL driver also reports when its socket times out), the server
     * shutting down or starting (57P01-57P03), JDBC's connection exception types, or the pool's acquisition
     * timeout. Null for any other failure.
     */
    public static UnavailableException of(Throwable failure) {
        return unreachable(failure, new HashSet<>()) ? new UnavailableException() : null;
    }

    private static boolean unreachable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof UnavailableException || t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLException sql && (unreachable(sql.getSQLState()) || sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains(NO_POOLED_CONNECTION))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (unreachable(suppressed, seen)) {
                return true;
            }
        }
        return unreachable(t.getCause(), seen);
    }

    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
