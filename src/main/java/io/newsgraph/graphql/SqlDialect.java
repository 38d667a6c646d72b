package io.newsgraph.graphql;

/**
 * The few SQL expressions a planned read writes differently on PostgreSQL and H2. Everything else the planner
 * writes is SQL both run alike: JSON is built as text by concatenation, so the bytes (key order, no spaces) are
 * the planner's own on both.
 */
enum SqlDialect {

    POSTGRESQL {
        @Override
        String jsonString(String text) {
            return "to_json(" + text + ")::text";
        }

        @Override
        String instantText(String column) {
            String utc = "(" + column + " at time zone 'UTC')";
            return "to_char(" + utc + ", 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                    + fraction("mod(cast(extract(microseconds from " + utc + ") as bigint), 1000000)", 6) + " || 'Z'";
        }

        @Override
        String offsetDateTimeText(String column, String offsetSeconds) {
            String local = "((" + column + " at time zone 'UTC') + " + offsetSeconds + " * interval '1 second')";
            return "to_char(" + local + ", 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                    + fraction("mod(cast(extract(microseconds from " + local + ") as bigint), 1000000)", 6) + " || "
                    + offsetText(offsetSeconds);
        }

        @Override
        String dateText(String column) {
            return "to_char(" + column + ", 'YYYY-MM-DD')";
        }

        /**
         * A correlated derived table picks the page (in index order where there is one, stopping at the limit) and
         * writes each of its rows; PostgreSQL evaluates the select list's subqueries after the limit.
         */
        @Override
        String limitedArray(Relation.Rows rows, String element, String limitParameter) {
            return "coalesce((select '[' || string_agg(" + rows.alias() + "_x.j, ',' order by " + rows.alias()
                    + "_x.rn) || ']' from (select " + element + " j, row_number() over (order by "
                    + rows.orderBy("") + ") rn from " + rows.from("") + " where " + rows.condition("") + " order by "
                    + rows.orderBy("") + " fetch first " + limitParameter + " rows only) " + rows.alias()
                    + "_x), '[]')";
        }
    },

    H2 {
        @Override
        String jsonString(String text) {
            return "cast(cast(" + text + " as json) as varchar)";
        }

        @Override
        String instantText(String column) {
            // H2 keeps the offset a value was written with, and so does Hibernate reading it back
            return "formatdatetime(" + column + ", 'yyyy-MM-dd''T''HH:mm:ss')"
                    + fraction("extract(nanosecond from " + column + ")", 9) + " || formatdatetime(" + column
                    + ", 'XXXXX')";
        }

        @Override
        String offsetDateTimeText(String column, String offsetSeconds) {
            String local = "dateadd(second, " + offsetSeconds + ", " + column + " at time zone 'UTC')";
            return "formatdatetime(" + local + ", 'yyyy-MM-dd''T''HH:mm:ss')"
                    + fraction("extract(nanosecond from " + column + ")", 9) + " || " + offsetText(offsetSeconds);
        }

        @Override
        String dateText(String column) {
            return "cast(" + column + " as varchar)";
        }

        /**
         * H2 refuses a derived table that refers to the outer row, so the related rows are aggregated in order and
         * the array cut to the page: every related row is built, which an embedded database's sizes allow.
         */
        @Override
        String limitedArray(Relation.Rows rows, String element, String limitParameter) {
            return "coalesce((select cast(cast(array_slice(array_agg((" + element + ") format json order by "
                    + rows.orderBy("") + "), 1, least(" + limitParameter + ", count(*))) as json) as varchar) from "
                    + rows.from("") + " where " + rows.condition("") + "), '[]')";
        }
    };

    /** The JSON text of a string expression (quoted and escaped as Jackson writes it), null for null. */
    abstract String jsonString(String text);

    /** A {@code timestamp with time zone} column as graphql-java's DateTime writes the OffsetDateTime read from it. */
    abstract String instantText(String column);

    /** A timestamp kept with its own UTC offset column (Hibernate's {@code @TimeZoneStorage(COLUMN)}). */
    abstract String offsetDateTimeText(String column, String offsetSeconds);

    /** A {@code date} column as ISO-8601 ({@code 2024-05-04}). */
    abstract String dateText(String column);

    /** The JSON array text of the first {@code limitParameter} related rows, each written by {@code element}. */
    abstract String limitedArray(Relation.Rows rows, String element, String limitParameter);

    static SqlDialect of(String databaseKind) {
        return switch (databaseKind) {
            case "postgresql" -> POSTGRESQL;
            case "h2" -> H2;
            default -> null;
        };
    }

    /** ISO-8601's fraction of a second: none when zero, else the digits without trailing zeros. */
    private static String fraction(String digits, int width) {
        return " || case when " + digits + " = 0 then '' else '.' || trim(trailing '0' from lpad(cast(" + digits
                + " as varchar), " + width + ", '0')) end";
    }

    /** {@code Z}, or {@code +HH:MM} with {@code :SS} when the offset has seconds, as java.time writes it. */
    private static String offsetText(String seconds) {
        String abs = "abs(" + seconds + ")";
        return "case when " + seconds + " = 0 then 'Z' else case when " + seconds + " < 0 then '-' else '+' end"
                + " || lpad(cast(" + abs + " / 3600 as varchar), 2, '0') || ':' || lpad(cast(mod(" + abs
                + " / 60, 60) as varchar), 2, '0') || case when mod(" + abs + ", 60) = 0 then '' else ':'"
                + " || lpad(cast(mod(" + abs + ", 60) as varchar), 2, '0') end end";
    }
}
