package io.newsgraph.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Rows as JDBC batch inserts: works on any database (H2 in particular). */
final class BatchInsertSink implements RowSink {

    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int pending;

    BatchInsertSink(Connection connection, String table, List<String> columns) throws SQLException {
        this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        insert.close();
    }
}
