package io.newsgraph.synthetic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Fills a Newsgraph database (H2 or PostgreSQL) with a synthetic graph, for benchmarks. Run with the test classes
 * and the packaged application's classpath (see docs/benchmarks.md, "The synthetic data"):
 *
 * <pre>
 * java -cp 'target/test-classes:target/quarkus-app/app/*:target/quarkus-app/lib/main/*' \
 *     io.newsgraph.synthetic.Generate \
 *     --url jdbc:postgresql://127.0.0.1:5432/newsgraph [--user postgres] [--password ...] \
 *     [--actors 200] [--articles 10000] [--statements 100000] [--reactions 500000] [--seed 42]
 * </pre>
 *
 * Applies the Flyway migrations first, appends after any rows already there, writes everything in one
 * transaction (a failure leaves the database as it was), then moves the id sequences past the new rows so the
 * service can keep creating records.
 */
public final class Generate {

    private static final List<String> TABLES = List.of("actor", "actor_alias", "article", "statement", "reaction",
            "citation");
    /** The migrations' sequence step, which is also Hibernate's allocation size: it hands out ids below nextval. */
    private static final int ID_STEP = 50;

    private Generate() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options;
        GraphSize size;
        try {
            options = options(args);
            size = new GraphSize(intOption(options, "actors", GraphSize.DEFAULT.actors()),
                    intOption(options, "articles", GraphSize.DEFAULT.articles()),
                    intOption(options, "statements", GraphSize.DEFAULT.statements()),
                    intOption(options, "reactions", GraphSize.DEFAULT.reactions()),
                    Long.parseLong(options.getOrDefault("seed", String.valueOf(GraphSize.DEFAULT.seed()))));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: Generate --url JDBC_URL [--user USER] [--password PASSWORD] [--actors N]"
                    + " [--articles N] [--statements N] [--reactions N] [--seed N]");
            System.exit(2);
            return;
        }
        String url = options.get("url");
        String user = options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String password = options.getOrDefault("password", "");
        long started = System.nanoTime();
        // the service's migrations (application.properties): every database's, then this one's (jdbc:KIND:...)
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + url.split(":")[1]).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            SyntheticGraph.Counts counts;
            try {
                SyntheticGraph graph = new SyntheticGraph(size, idBases(connection));
                boolean postgres = url.startsWith("jdbc:postgresql:");
                counts = graph.writeTo((table, columns) -> postgres ? new CopySink(connection, table, columns)
                        : new BatchInsertSink(connection, table, columns));
                advanceSequences(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            System.out.printf("generated %d actors (%d aliases), %d articles, %d statements, %d reactions,"
                    + " %d citations in %.1f s%n", counts.actors(), counts.aliases(), counts.articles(),
                    counts.statements(), counts.reactions(), counts.citations(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("url")) {
            throw new IllegalArgumentException("--url is required");
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was " + value);
        }
    }

    private static SyntheticGraph.IdBases idBases(Connection connection) throws SQLException {
        long[] next = new long[TABLES.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = maxId(connection, TABLES.get(i)) + 1;
        }
        return new SyntheticGraph.IdBases(next[0], next[1], next[2], next[3], next[4], next[5]);
    }

    private static void advanceSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("alter sequence " + table + "_seq restart with "
                        + (maxId(connection, table) + ID_STEP + 1));
            }
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
