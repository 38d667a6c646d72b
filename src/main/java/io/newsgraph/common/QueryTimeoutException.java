package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/** The database cancelled a statement at its query timeout (the request timeout): the operation asked too much. */
@ErrorCode(QueryTimeoutException.CODE)
public class QueryTimeoutException extends ApiException {

    /** The request deadline's code: the same limit, reached in the database. */
    public static final String CODE = "TIMEOUT";

    public QueryTimeoutException() {
        super("the operation ran longer than the request timeout and was stopped; nothing it would have changed was "
                + "changed: ask for less, or split it", null);
    }

    @Override
    public String code() {
        return CODE;
    }

    /**
     * TIMEOUT when the database cancelled a statement anywhere in the chain (JDBC's timeout type, SQLState 57014,
     * Hibernate's or Jakarta Persistence's query timeout); null otherwise.
     */
    public static QueryTimeoutException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryTimeoutException timeout) {
                return timeout;
            }
            if (t instanceof SQLTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return new QueryTimeoutException();
            }
        }
        return null;
    }
}
