package io.newsgraph.graphql;

import graphql.language.VariableDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A read operation planned into SQL: one part per root field, in the order of the response. Each part runs one
 * statement (a connection's {@code totalCount} one more) whose rows already hold the JSON of the objects asked for.
 *
 * @param roots the root fields' names, for the metrics of the operation (one timer per root field, as SmallRye's)
 * @param variables the operation's variable definitions, for their defaults
 */
record ReadPlan(List<Root> parts, List<String> roots, Map<String, VariableDefinition> variables) {

    /** One root field of the response. */
    record Root(String key, Part part) {
    }

    /** Writes one root field's value. */
    interface Part {
        /** The field's value as JSON text; {@link Unplanned} when SmallRye must answer instead. */
        String answer(Connection connection, Arguments arguments) throws SQLException;
    }

    /** The response's {@code data} member: {@code {"data":{...}}}. */
    String data(Connection connection, Arguments arguments) throws SQLException {
        StringBuilder json = new StringBuilder(256).append("{\"data\":{");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(parts.get(i).key()).append("\":")
                    .append(parts.get(i).part().answer(connection, arguments));
        }
        return json.append("}}").toString();
    }
}
