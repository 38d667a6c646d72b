package io.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one JSON text built from fixed pieces and SQL values: a single {@code concat(...)}, so the database
 * copies each piece once (a chain of {@code ||} copies the text built so far at every step, which on nested objects
 * is most of the work). Adjacent fixed pieces are merged. Every value must be non-null: {@code concat} skips nulls.
 */
final class JsonText {

    /** PostgreSQL takes at most 100 arguments per function call. */
    private static final int MAX_ARGUMENTS = 90;

    private final List<String> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    /** Fixed JSON text. */
    JsonText text(String json) {
        pending.append(json);
        return this;
    }

    /** A SQL expression giving JSON text (never null). */
    JsonText value(String sql) {
        flush();
        parts.add(sql);
        return this;
    }

    String sql() {
        flush();
        return concat(parts);
    }

    private void flush() {
        if (!pending.isEmpty()) {
            parts.add("'" + pending.toString().replace("'", "''") + "'");
            pending.setLength(0);
        }
    }

    private static String concat(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() <= MAX_ARGUMENTS) {
            return "concat(" + String.join(", ", parts) + ")";
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i += MAX_ARGUMENTS) {
            groups.add(concat(parts.subList(i, Math.min(parts.size(), i + MAX_ARGUMENTS))));
        }
        return concat(groups);
    }
}
