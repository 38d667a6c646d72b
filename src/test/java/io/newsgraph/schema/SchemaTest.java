package io.newsgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema documents itself: GraphiQL users read these descriptions as the API reference. */
@QuarkusTest
class SchemaTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        List<Map<String, Object>> types = GraphQL.data("schema/descriptions").getList("__schema.types");
        List<String> undocumented = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__")) {
                continue;
            }
            check(undocumented, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(undocumented, name + "." + field.get("name"), field);
                for (Map<String, Object> argument : list(field, "args")) {
                    check(undocumented, name + "." + field.get("name") + "(" + argument.get("name") + ")", argument);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                check(undocumented, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(undocumented, name + "." + value.get("name"), value);
            }
        }
        assertTrue(types.size() > 40, "the schema has all its types");
        assertEquals(List.of(), undocumented, "undocumented schema elements");
    }

    @Test
    void rootFieldsAreTheOnesTheApiPromises() {
        List<String> queries = GraphQL.query("{ __type(name: \"Query\") { fields { name } } }", null)
                .getList("data.__type.fields.name");
        assertTrue(queries.containsAll(List.of("articles", "article", "actors", "actor", "statements", "statement",
                "reactions", "reaction", "search", "coverage")), () -> "root query fields: " + queries);
        List<String> mutations = GraphQL.query("{ __type(name: \"Mutation\") { fields { name } } }", null)
                .getList("data.__type.fields.name");
        assertTrue(mutations.containsAll(List.of("createArticle", "updateArticle", "deleteArticle", "createActor",
                "updateActor", "deleteActor", "mergeActors", "addAlias", "removeAlias", "createStatement",
                "updateStatement", "deleteStatement", "createReaction", "updateReaction", "deleteReaction",
                "addCitation", "deleteCitation")), () -> "mutations: " + mutations);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> owner, String key) {
        Object value = owner.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> undocumented, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undocumented.add(path);
        }
    }
}
