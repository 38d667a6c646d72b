package db.migration;

import io.newsgraph.actor.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes every stored name key with {@link NameKey#spelling} (until now {@code actor_alias.name_key} was the
 * alias lower-cased, accents kept). Aliases that then fold to their actor's name, or to an earlier alias of the
 * same actor ("Szijjártó" beside "Szijjarto"), are deleted, the lowest id kept: the service refuses such an alias,
 * and {@code uq_actor_alias} would refuse the second key. Deletions run before updates, so no update meets a key
 * another row still holds. Actors have no unique name key (concurrent ingestion serialises on
 * {@code ingest_lock}, V11), so no actor is merged.
 */
public class V81__Fold_actor_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, String> actorKeys = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, name from actor");
                PreparedStatement update = connection.prepareStatement("update actor set name_key = ? where id = ?")) {
            while (rows.next()) {
                String key = NameKey.spelling(rows.getString(2));
                actorKeys.put(rows.getLong(1), key);
                update.setString(1, key);
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        List<Long> redundant = new ArrayList<>();
        Map<Long, String> changed = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, actor_id, name, name_key from actor_alias"
                        + " order by actor_id, id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long actorId = rows.getLong(2);
                String key = NameKey.spelling(rows.getString(3));
                if (key.equals(actorKeys.get(actorId)) || !seen.add(actorId + "\t" + key)) {
                    redundant.add(id);
                } else if (!key.equals(rows.getString(4))) {
                    changed.put(id, key);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from actor_alias where id = ?")) {
            for (Long id : redundant) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update actor_alias set name_key = ? where id = ?")) {
            for (Map.Entry<Long, String> entry : changed.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
