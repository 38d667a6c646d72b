package io.newsgraph.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the phrase match of search and of the text filters (ListQuery.containing:
 * {@code lower(column) like ? escape '\'}, the pattern bound as a parameter) can be answered from the trigram
 * indexes of db/vendor/postgresql, so it does not read every statement and article body. Sequential scans are
 * priced out for the plan: the test data is far too small for the planner to choose an index on its own.
 */
@QuarkusTest
class TrigramIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeEach
    void onPostgresqlOnly() {
        assumeTrue("postgresql".equals(dbKind), "trigram indexes are PostgreSQL's (H2 has none)");
    }

    @Test
    void statementTextMatchUsesItsTrigramIndex() throws SQLException {
        assertIndexed("ix_statement_text_trgm",
                "select s1_0.id from statement s1_0 where (lower(s1_0.text) like ? escape '\\')");
    }

    @Test
    void articleTitleStandfirstOrBodyMatchUsesItsTrigramIndex() throws SQLException {
        assertIndexed("ix_article_text_trgm", "select a1_0.id from article a1_0 where (lower(a1_0.title) like ? escape"
                + " '\\' or lower(a1_0.standfirst) like ? escape '\\' or a1_0.body_lower like ? escape '\\')");
    }

    private void assertIndexed(String index, String sql) throws SQLException {
        String plan = plan(sql);
        assertTrue(plan.contains(index) && !plan.contains("Seq Scan"), plan);
    }

    /** The plan PostgreSQL makes for {@code sql} with every parameter bound to the same phrase pattern. */
    private String plan(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("set local enable_seqscan = off");
                }
                StringBuilder plan = new StringBuilder();
                try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                    long parameters = sql.chars().filter(c -> c == '?').count();
                    for (int i = 1; i <= parameters; i++) {
                        explain.setString(i, "%frozen assets%");
                    }
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        }
    }
}
