package io.newsgraph.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;

/**
 * A statement's text with its parameters. While a plan is built, parameters are written as markers
 * ({@code ?{3}}) wherever their expression lands, since the dialects place nested pieces in different orders;
 * {@link #of} turns them into {@code ?} and lists the parameters in the order they appear.
 */
record Sql(String text, List<Function<Request, Object>> parameters, boolean planEachTime) {

    private static final Pattern MARKER = Pattern.compile("\\?\\{(\\d+)}");
    /** Statements run by planned reads since start (metric newsgraph_graphql_planned_statements_total). */
    private static final LongAdder EXECUTED = new LongAdder();
    private static volatile int timeoutSeconds;

    /** The request-time values a statement's parameters read. */
    interface Request {
        Arguments arguments();

        /** A value computed once per request by the part that owns the statement (a page, a filter's value). */
        Object computed(String name);
    }

    static Sql of(String marked, List<Function<Request, Object>> markers) {
        return of(marked, markers, false);
    }

    /**
     * @param planEachTime whether PostgreSQL plans the statement for each execution's values rather than once for
     *        any: a LIKE pattern's selectivity decides the plan (a generic plan of the search read 5,850 article
     *        bodies to return 10, 415 ms against 0.5 ms)
     */
    static Sql of(String marked, List<Function<Request, Object>> markers, boolean planEachTime) {
        Matcher matcher = MARKER.matcher(marked);
        StringBuilder text = new StringBuilder(marked.length());
        List<Function<Request, Object>> ordered = new ArrayList<>();
        while (matcher.find()) {
            ordered.add(markers.get(Integer.parseInt(matcher.group(1))));
            matcher.appendReplacement(text, "?");
        }
        matcher.appendTail(text);
        return new Sql(text.toString(), List.copyOf(ordered), planEachTime);
    }

    /**
     * Every statement's query timeout on PostgreSQL, in seconds (0: none): the database cancels a statement that
     * runs longer.
     */
    static void timeout(int seconds) {
        timeoutSeconds = seconds;
    }

    /** Whether the statement failed because the database cancelled it at its timeout. */
    static boolean timedOut(SQLException e) {
        return e instanceof SQLTimeoutException || "57014".equals(e.getSQLState());
    }

    static long executed() {
        return EXECUTED.sum();
    }

    /** Every row's columns as text. */
    List<String[]> rows(Connection connection, Request request) throws SQLException {
        EXECUTED.increment();
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            if (planEachTime && statement.isWrapperFor(PGStatement.class)) {
                // never a named server-side statement: the unnamed one is planned with the bound values
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            if (statement.isWrapperFor(PGStatement.class)) {
                // PostgreSQL cancels this statement alone; H2 would set the timeout for the whole pooled session
                statement.setQueryTimeout(timeoutSeconds);
            }
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i).apply(request));
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<String[]> rows = new ArrayList<>();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getString(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
