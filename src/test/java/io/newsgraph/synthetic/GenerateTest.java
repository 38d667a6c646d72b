package io.newsgraph.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator against its own H2 files (the service's test database is left alone). */
class GenerateTest {

    @TempDir
    Path dir;

    private static final String[] SMALL = {"--actors", "30", "--articles", "40", "--statements", "200",
        "--reactions", "600"};

    @Test
    void writesTheRequestedGraphWithCitationsAtTheirOffsets() throws SQLException {
        String url = generate("synthetic-counts", "7");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(30, number(db, "select count(*) from actor"));
            assertEquals(40, number(db, "select count(*) from article"));
            assertEquals(200, number(db, "select count(*) from statement"));
            assertEquals(600, number(db, "select count(*) from reaction"));
            assertEquals(0, number(db, "select count(*) from citation c join article a on a.id = c.article_id"
                    + " where substring(a.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.excerpt"));
            assertEquals(0, number(db, "select count(*) from statement s"
                    + " where not exists (select 1 from citation c where c.statement_id = s.id)"));
            assertTrue(number(db, "select count(*) from citation where reaction_id is not null") > 0);
            assertTrue(number(db, "select count(*) from reaction where response_id is not null") > 0);
            assertTrue(number(db, "select count(*) from actor_alias") > 0);
            for (String table : List.of("actor", "actor_alias", "article", "statement", "reaction", "citation")) {
                long max = number(db, "select max(id) from " + table);
                long next = number(db, "select next value for " + table + "_seq");
                assertTrue(next > max + 49, table + "_seq hands out " + next + ", ids reach " + max);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameGraph() throws SQLException {
        assertEquals(contentHashes(generate("synthetic-a", "11")), contentHashes(generate("synthetic-b", "11")));
    }

    @Test
    void aFailedRunLeavesTheDatabaseAsItWasAndAnotherSeedAppends() throws SQLException {
        String url = generate("synthetic-append", "3");
        // The same seed again would store the same bodies twice, which the schema refuses.
        assertThrows(SQLException.class, () -> generate("synthetic-append", "3"));
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(40, number(db, "select count(*) from article"));
            assertEquals(600, number(db, "select count(*) from reaction"));
        }
        generate("synthetic-append", "4");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(80, number(db, "select count(*) from article"));
            assertEquals(1200, number(db, "select count(*) from reaction"));
            assertEquals(0, number(db, "select count(*) from citation c join article a on a.id = c.article_id"
                    + " where substring(a.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.excerpt"));
        }
    }

    private String generate(String database, String seed) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(database).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("--url", url, "--seed", seed));
        args.addAll(List.of(SMALL));
        Generate.main(args.toArray(String[]::new));
        return url;
    }

    private static List<String> contentHashes(String url) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select content_hash from article order by id")) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
