package io.newsgraph.graphql;

/**
 * The rows one object's list field holds, as SQL around two aliases: {@code {p}}, the object's row, and
 * {@code {c}}, a related row. {@code joins} adds tables the condition or order needs (their aliases start with
 * {@code {c}} so they stay unique); {@code orderBy} is the list's order with its tie-breaks, as the field's own
 * resolver orders it.
 */
record Relation(String table, String joins, String condition, String orderBy) {

    Relation(String table, String condition, String orderBy) {
        this(table, "", condition, orderBy);
    }

    /** The relation under a given parent alias and child alias. */
    Rows rows(String parent, String alias) {
        return new Rows(this, parent, alias);
    }

    /** The relation's SQL with its aliases filled in; {@code suffix} renames the child alias for a second copy. */
    record Rows(Relation relation, String parent, String alias) {

        String table() {
            return relation.table;
        }

        String from(String suffix) {
            return fill(relation.table + " {c}" + (relation.joins.isEmpty() ? "" : " " + relation.joins), suffix);
        }

        String condition(String suffix) {
            return fill(relation.condition, suffix);
        }

        String orderBy(String suffix) {
            return fill(relation.orderBy, suffix);
        }

        private String fill(String sql, String suffix) {
            return sql.replace("{c}", alias + suffix).replace("{p}", parent);
        }
    }
}
