package io.newsgraph.common;

import static io.newsgraph.SeedLookup.FLOATED;
import static io.newsgraph.SeedLookup.GONCHARENKO;
import static io.newsgraph.SeedLookup.MACRON;
import static io.newsgraph.SeedLookup.TWO_CONDITIONS;
import static io.newsgraph.SeedLookup.actorId;
import static io.newsgraph.SeedLookup.all;
import static io.newsgraph.SeedLookup.assertDistinct;
import static io.newsgraph.SeedLookup.dagensId;
import static io.newsgraph.SeedLookup.input;
import static io.newsgraph.SeedLookup.list;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.pluck;
import static io.newsgraph.SeedLookup.reactionId;
import static io.newsgraph.SeedLookup.rtId;
import static io.newsgraph.SeedLookup.statementId;
import static io.newsgraph.SeedLookup.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.SeedLookup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor pagination of the four connections (articles, actors, statements, reactions) and the {@code first} bound of
 * every nested list. Each connection is walked over a seed-scoped filter (or over everything, comparing with its own
 * totalCount), so rows other test classes add do not change what is asserted.
 */
@QuarkusTest
class PaginationTest {

    // ---------------------------------------------------------------- connections

    /** Walks a connection {@code pageSize} at a time and checks every page against one page holding all of it. */
    @ParameterizedTest(name = "{0}, {1} at a time")
    @CsvSource({"articles, 1", "actors, 1", "actors, 7", "statements, 1", "statements, 3", "reactions, 4",
            "reactions, 100", "russians, 1", "russians, 2", "russians, 5", "russians, 6"})
    void walkingEveryPageVisitsEveryItemOnceInOrder(String connection, int pageSize) {
        Connection c = connection(connection);
        List<String> expected = pluck(all(c.operation, c.root, vars("filter", c.filter)), "id");
        int total = expected.size();
        assertTrue(total > 0);

        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonPath page = c.page(pageSize, after);
            pages++;
            List<String> ids = page.getList(c.root + ".nodes.id");
            List<String> edgeIds = page.getList(c.root + ".edges.node.id");
            List<String> cursors = page.getList(c.root + ".edges.cursor");
            String startCursor = page.getString(c.root + ".pageInfo.startCursor");
            String endCursor = page.getString(c.root + ".pageInfo.endCursor");
            boolean hasNext = page.getBoolean(c.root + ".pageInfo.hasNextPage");

            assertEquals(total, page.getInt(c.root + ".totalCount"), "totalCount is the same on every page");
            assertEquals(ids, edgeIds, "edges and nodes hold the same items");
            assertFalse(ids.isEmpty(), "a page before the end is never empty");
            assertEquals(cursors.get(0), startCursor, "startCursor is the first edge's cursor");
            assertEquals(cursors.get(cursors.size() - 1), endCursor, "endCursor is the last edge's cursor");
            assertDistinct(cursors, "cursors of one page");
            assertEquals(pages > 1, page.getBoolean(c.root + ".pageInfo.hasPreviousPage"), "hasPreviousPage");
            walked.addAll(ids);
            if (!hasNext) {
                assertTrue(ids.size() <= pageSize);
                break;
            }
            assertEquals(pageSize, ids.size(), "every page but the last is full");
            after = endCursor;
            assertTrue(pages <= total, "more pages than items: hasNextPage never turns false");
        }
        assertDistinct(walked, "the walk");
        assertEquals(expected, walked, "no gap, no overlap, the same order as one big page");
        assertEquals((total + pageSize - 1) / pageSize, pages, "pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles", "actors", "statements", "reactions"})
    void firstZeroGivesAnEmptyPageThatStillCountsAndLooksAhead(String connection) {
        Connection c = connection(connection);
        JsonPath page = c.page(0, null);
        assertEquals(List.of(), page.getList(c.root + ".nodes"));
        assertEquals(List.of(), page.getList(c.root + ".edges"));
        assertTrue(page.getBoolean(c.root + ".pageInfo.hasNextPage"), "items follow the empty page");
        assertFalse(page.getBoolean(c.root + ".pageInfo.hasPreviousPage"));
        assertNull(page.get(c.root + ".pageInfo.startCursor"));
        assertNull(page.get(c.root + ".pageInfo.endCursor"));
        assertEquals(c.page(100, null).getInt(c.root + ".totalCount"), page.getInt(c.root + ".totalCount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles", "actors", "statements", "reactions", "russians"})
    void afterTheLastItemComesAnEmptyLastPage(String connection) {
        Connection c = connection(connection);
        JsonPath whole = c.page(100, null);
        while (whole.getBoolean(c.root + ".pageInfo.hasNextPage")) {
            whole = c.page(100, whole.getString(c.root + ".pageInfo.endCursor"));
        }
        String last = whole.getString(c.root + ".pageInfo.endCursor");
        assertNotNull(last, "the last page holds the last item");

        JsonPath beyond = c.page(10, last);
        assertEquals(List.of(), beyond.getList(c.root + ".nodes"));
        assertEquals(List.of(), beyond.getList(c.root + ".edges"));
        assertFalse(beyond.getBoolean(c.root + ".pageInfo.hasNextPage"));
        assertTrue(beyond.getBoolean(c.root + ".pageInfo.hasPreviousPage"));
        assertNull(beyond.get(c.root + ".pageInfo.startCursor"));
        assertNull(beyond.get(c.root + ".pageInfo.endCursor"));
        assertEquals(whole.getInt(c.root + ".totalCount"), beyond.getInt(c.root + ".totalCount"));
    }

    @Test
    void aCursorFromALongerListIsPastTheEndOfAShorterOne() {
        // the last of all actors lies past the end of Russia's five affiliates
        String farCursor = connection("actors").page(100, null).getString("actors.pageInfo.endCursor");
        JsonPath page = connection("russians").page(10, farCursor);
        assertEquals(List.of(), page.getList("actors.nodes"));
        assertFalse(page.getBoolean("actors.pageInfo.hasNextPage"));
    }

    @ParameterizedTest
    @CsvSource({"articles, 101", "actors, 101", "statements, 101", "reactions, 101", "articles, 1000000",
            "actors, -1", "statements, -1", "reactions, -100", "articles, -1"})
    void firstOutsideZeroToAHundredIsRefused(String connection, int first) {
        Connection c = connection(connection);
        JsonPath response = GraphQL.run(c.operation, c.vars(first, null));
        JsonPath error = GraphQL.error(response);
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertEquals("first", error.getString("extensions.field"));
        assertTrue(error.getString("message").contains("100"), error::prettify);
        assertEquals(List.of(c.root), error.getList("path"));
        assertNull(response.get("data"), "no partial connection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles", "actors", "statements", "reactions"})
    void aHundredIsAllowedAndTwentyIsTheDefault(String connection) {
        Connection c = connection(connection);
        assertTrue(c.page(100, null).getList(c.root + ".nodes").size() <= 100);
        JsonPath byDefault = GraphQL.data(c.operation, c.vars(null, null));
        int total = byDefault.getInt(c.root + ".totalCount");
        assertEquals(Math.min(20, total), byDefault.getList(c.root + ".nodes").size());
        assertEquals(total > 20, byDefault.getBoolean(c.root + ".pageInfo.hasNextPage"));
    }

    @Test
    void defaultPageOfActorsIsTwenty() {
        JsonPath page = GraphQL.data("actor/actors", vars());
        assertEquals(20, page.getList("actors.nodes").size(), "the seed alone has 27 actors");
        assertTrue(page.getBoolean("actors.pageInfo.hasNextPage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "not a cursor", "%%%", "aGVsbG8", "b2Zmc2V0Og", "b2Zmc2V0OmFiYw",
            "b2Zmc2V0Oi0x", "b2Zmc2V0Oi0yMDAw", "🙂"})
    void aCursorThisApiDidNotIssueIsRefused(String after) {
        for (String name : List.of("articles", "actors", "statements", "reactions")) {
            Connection c = connection(name);
            JsonPath error = GraphQL.error(c.operation, c.vars(5, after));
            assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), name + " after " + after);
            assertEquals("after", error.getString("extensions.field"));
            assertFalse(error.getString("message").contains("Exception"), error::prettify);
        }
    }

    // ---------------------------------------------------------------- nested lists

    private static final List<String> NESTED = List.of("articleStatements", "articleReactions", "articleActors",
            "articleCitations", "actorStatements", "actorReactionsGiven", "actorReactionsReceived", "actorArticles",
            "countryAffiliates", "statementCitations", "statementArticles", "statementReactions",
            "statementExpresses", "statementVariants", "reactionCitations");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void nestedFirstTakesTheFirstItemsOfEveryNestedList(int first) {
        JsonPath whole = nested(100);
        JsonPath limited = nested(first);
        for (String variable : NESTED) {
            String path = pathOf(variable);
            List<Object> all = whole.getList(path);
            assertEquals(all.subList(0, Math.min(first, all.size())), limited.getList(path), variable);
        }
        // sizes the seed guarantees, so the limit is really exercised
        assertTrue(whole.getList("article.statements").size() >= 14);
        assertTrue(whole.getList("actor.reactionsReceived").size() >= 19);
        assertTrue(whole.getList("country.affiliates").size() >= 5);
        assertTrue(whole.getList("statement.reactions").size() >= 17);
        assertTrue(whole.getList("reaction.citations").size() >= 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000, -1})
    void nestedFirstOutsideZeroToAHundredIsRefusedForEveryList(int first) {
        for (String variable : NESTED) {
            JsonPath response = GraphQL.run("common/nestedFirst", nestedVars(null, variable, first));
            JsonPath error = GraphQL.error(response);
            assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), variable);
            assertEquals("first", error.getString("extensions.field"), variable);
            List<Object> path = error.getList("path");
            assertEquals(List.of(pathOf(variable).split("\\.")), path, variable + " error path");
        }
    }

    @Test
    void nestedFirstAppliesToEachParentOfABatch() {
        JsonPath two = GraphQL.data("common/batchedFirst", vars("first", 2, "affiliationId", actorId("Russia")));
        JsonPath all = GraphQL.data("common/batchedFirst", vars("first", 100, "affiliationId", actorId("Russia")));
        for (String articleId : List.of(dagensId(), rtId())) {
            Map<String, Object> limited = byId(nodes(two, "articles.nodes"), articleId);
            Map<String, Object> whole = byId(nodes(all, "articles.nodes"), articleId);
            for (String relation : List.of("statements", "reactions", "actors", "citations")) {
                assertEquals(2, list(limited, relation).size(), articleId + " " + relation);
                assertEquals(pluck(list(whole, relation), "id").subList(0, 2), pluck(list(limited, relation), "id"),
                        articleId + " " + relation);
            }
        }
        // Peskov has four statements and two reactions, Putin one of each, Zakharova two and one
        for (Map<String, Object> russian : nodes(two, "actors.nodes")) {
            Map<String, Object> whole = byId(nodes(all, "actors.nodes"), (String) russian.get("id"));
            for (String relation : List.of("statements", "reactionsGiven")) {
                List<Object> ids = pluck(list(whole, relation), "id");
                assertEquals(ids.subList(0, Math.min(2, ids.size())), pluck(list(russian, relation), "id"),
                        russian.get("name") + " " + relation);
            }
        }
        Map<String, Object> peskov = nodes(two, "actors.nodes").stream()
                .filter(a -> "Dmitry Peskov".equals(a.get("name"))).findFirst().orElseThrow();
        assertEquals(2, list(peskov, "statements").size());
        assertEquals(2, list(peskov, "reactionsGiven").size());
    }

    // ---------------------------------------------------------------- helpers

    /** One paginated root field, with the seed-scoped filter it is walked over. */
    private record Connection(String operation, String root, Map<String, Object> filter) {

        Map<String, Object> vars(Integer first, String after) {
            return SeedLookup.vars("filter", filter, "first", first, "after", after);
        }

        JsonPath page(Integer first, String after) {
            return GraphQL.data(operation, vars(first, after));
        }
    }

    private static Connection connection(String name) {
        return switch (name) {
            case "articles" -> new Connection("article/articles", "articles", null);
            case "actors" -> new Connection("actor/actors", "actors", null);
            case "russians" -> new Connection("actor/actors", "actors", input("affiliationId", actorId("Russia")));
            case "statements" -> new Connection("statement/statements", "statements", input("articleId", rtId()));
            case "reactions" -> new Connection("reaction/reactions", "reactions",
                    input("targetSpeakerId", actorId(MACRON)));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static JsonPath nested(int first) {
        return GraphQL.data("common/nestedFirst", nestedVars(first, null, 0));
    }

    /**
     * The ids of the seed rows the nested lists hang off, with {@code first} for every list (null: their default),
     * then {@code onlyFirst} for the list {@code only} (if given).
     */
    private static Map<String, Object> nestedVars(Integer first, String only, int onlyFirst) {
        Map<String, Object> vars = new HashMap<>(vars(
                "articleId", dagensId(),
                "actorId", actorId(MACRON),
                "countryId", actorId("Russia"),
                "statementId", statementId(FLOATED),
                "reactionId", reactionId(GONCHARENKO, "PRAISES", TWO_CONDITIONS)));
        for (String variable : NESTED) {
            if (first != null) {
                vars.put(variable, first);
            }
        }
        if (only != null) {
            vars.put(only, onlyFirst);
        }
        return vars;
    }

    /** Where a nested-first variable's list is in the response: "articleStatements" is at "article.statements". */
    private static String pathOf(String variable) {
        for (String parent : List.of("article", "actor", "country", "statement", "reaction")) {
            if (variable.startsWith(parent)) {
                String field = variable.substring(parent.length());
                return parent + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1);
            }
        }
        throw new IllegalArgumentException(variable);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> nodes, String id) {
        return nodes.stream().filter(n -> id.equals(n.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + nodes));
    }
}
