package io.newsgraph.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.migration.V81__Fold_actor_name_keys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * V81 (Java) on the test database, H2 or PostgreSQL (-Ppostgresql): rows written with the old keys (the alias
 * lower-cased, accents kept; no actor key) come out folded by {@link NameKey#spelling}, with the aliases that then
 * collide removed. Runs in a transaction rolled back at the end, so the shared graph is left as it was.
 */
@QuarkusTest
class ActorNameKeyMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationRanTheJavaMigrationAtStart() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        // quoted: Flyway creates it in lower case on H2 as on PostgreSQL
                        "select \"success\" from \"flyway_schema_history\" where \"version\" = '81'")) {
            assertTrue(row.next(), "V81 is in the schema history");
            assertTrue(row.getBoolean(1));
        }
    }

    @Test
    void oldKeysAreFoldedAndCollidingAliasesMerged() throws SQLException {
        long actor = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertActor(connection, actor, "Péter  Szijjártó");
                Map<String, String> oldKeys = new LinkedHashMap<>();
                oldKeys.put("Szijjártó", "szijjártó"); // kept, key folded
                oldKeys.put("Szijjarto", "szijjarto"); // the same spelling but for accents: removed
                oldKeys.put("Peter Szijjarto", "peter szijjarto"); // the name but for accents: removed
                oldKeys.put("Oleksiy Goncharenko", "oleksiy goncharenko"); // unchanged
                oldKeys.put("Aleksey Goncharenko", "aleksey goncharenko"); // a transliteration: an alias of its own
                long alias = actor;
                for (Map.Entry<String, String> entry : oldKeys.entrySet()) {
                    insertAlias(connection, ++alias, actor, entry.getKey(), entry.getValue());
                }

                new V81__Fold_actor_name_keys().migrate(context(connection));

                assertEquals(Map.of("Péter  Szijjártó", "peter szijjarto"),
                        rows(connection, "select name, name_key from actor where id = ?", actor));
                assertEquals(Map.of("Szijjártó", "szijjarto", "Oleksiy Goncharenko", "oleksiy goncharenko",
                        "Aleksey Goncharenko", "aleksey goncharenko"),
                        rows(connection, "select name, name_key from actor_alias where actor_id = ?", actor));
                assertEquals(Map.of(), rows(connection, "select name, name_key from actor where name_key = ''", null),
                        "every actor has its key");
            } finally {
                connection.rollback();
            }
        }
    }

    private static void insertActor(Connection connection, long id, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into actor (id, name, name_key, kind,"
                + " created_at, updated_at, version) values (?, ?, '', 'PERSON', ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setObject(3, OffsetDateTime.now());
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    private static void insertAlias(Connection connection, long id, long actor, String name, String key)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into actor_alias (id, actor_id, name, name_key) values (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, actor);
            insert.setString(3, name);
            insert.setString(4, key);
            insert.executeUpdate();
        }
    }

    /** The (name, key) pairs a query returns, its one parameter bound to {@code id} when given. */
    private static Map<String, String> rows(Connection connection, String sql, Long id) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getString(2));
                }
            }
        }
        return rows;
    }

    /** What Flyway hands a Java migration: the connection of its transaction. */
    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
