package io.newsgraph.synthetic;

import java.sql.SQLException;

/** Where the generator writes the rows of one table, in column order. */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    /** Sends whatever is still buffered. */
    @Override
    void close() throws SQLException;
}
