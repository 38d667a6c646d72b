package io.newsgraph.hardening;

import static io.newsgraph.MutationFixtures.actorsNamed;
import static io.newsgraph.MutationFixtures.articlesContaining;
import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.createActor;
import static io.newsgraph.MutationFixtures.createArticle;
import static io.newsgraph.MutationFixtures.createStatement;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.statementsContaining;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQL and LIKE metacharacters in every text argument: stored verbatim, searched literally (a {@code %} or
 * {@code _} in a filter matches only itself), never an error, and the tables are still there afterwards.
 */
@QuarkusTest
class SqlMetacharacterTest {

    /** Quotes, LIKE wildcards, the LIKE escape character, comments and a statement terminator. */
    private static final String META = " O'Brien \"100%\" a_b c\\d -- e /* f */ '; DROP TABLE statement; --";

    @Test
    void everyTextArgumentIsStoredVerbatim() {
        String text = token() + META;
        JsonPath article = createArticle(map("title", text, "standfirst", text, "outlet", text, "author", text,
                "body", "Body: " + text + " (end)"));
        JsonPath actor = createActor(map("name", text, "kind", "PERSON", "role", text, "description", text,
                "externalId", "Q1' OR '1'='1", "aliases", List.of(text + " alias")));
        JsonPath statement = createStatement(map("speakerId", actor.getString("id"), "text", text,
                "kind", "DIRECT_QUOTE", "venue", text, "citations", List.of(cite(article.getString("id"), text))));
        JsonPath alias = GraphQL.data("actor/addAlias", input(map("actorId", actor.getString("id"),
                "alias", "%_\\ alias " + text)));
        JsonPath updated = GraphQL.data("statement/updateStatement", input(map("id", statement.getString("id"),
                "set", map("venue", "/* " + text + " */"))));

        for (String field : List.of("title", "standfirst", "outlet", "author")) {
            assertEquals(text, article.getString(field), field);
        }
        assertEquals("Body: " + text + " (end)", article.getString("body"));
        for (String field : List.of("name", "role", "description")) {
            assertEquals(text, actor.getString(field), field);
        }
        assertEquals("Q1' OR '1'='1", actor.getString("externalId"));
        assertEquals(text, statement.getString("text"));
        assertEquals(text, statement.getString("citations[0].excerpt"));
        assertEquals(Set.of(text + " alias", "%_\\ alias " + text),
                Set.copyOf(alias.getList("addAlias.actor.aliases")));
        assertEquals("/* " + text + " */", updated.getString("updateStatement.statement.venue"));
        assertTablesIntact();
    }

    @Test
    void filtersMatchMetacharactersLiterally() {
        String token = token();
        String text = token + META;
        JsonPath article = createArticle(map("title", text, "outlet", text, "body", "Body: " + text));
        createStatement(map("speakerId", createActor(map("name", text, "kind", "PERSON")).getString("id"),
                "text", text, "kind", "PARAPHRASE", "citations", List.of(cite(article.getString("id"), text))));

        assertEquals(1, statementsContaining(text));
        assertEquals(1, statementsContaining(token + " O'Brien \"100%\" a_b c\\d"));
        // as wildcards these would match the text; taken literally they do not
        assertEquals(0, statementsContaining(token + " O'Brien \"1%\""));
        assertEquals(0, statementsContaining(token + " O'Brien \"100%\" a%b"));
        assertEquals(0, statementsContaining(token + " O'Brien \"10_%"));
        assertEquals(0, statementsContaining(token + " O'Brien \"100%\" a_b c_d"));
        assertEquals(0, statementsContaining(token + "%"));

        assertEquals(1, articlesContaining(text));
        assertEquals(1, GraphQL.data("article/articles", Map.of("filter", Map.of("outlet", text)))
                .getLong("articles.totalCount"));
        assertEquals(1, GraphQL.data("statement/statements", Map.of("filter", Map.of("outlet", text)))
                .getLong("statements.totalCount"));
        assertEquals(1, actorsNamed(text));
        assertEquals(0, actorsNamed(token + " O'Brien \"1%"));
        JsonPath search = GraphQL.data("search/search", Map.of("text", text));
        assertEquals(List.of(1, 1, 1), List.of(search.getList("search.statements").size(),
                search.getList("search.articles").size(), search.getList("search.actors").size()));
        assertTablesIntact();
    }

    private static void assertTablesIntact() {
        RowCounts.now().forEach((table, rows) -> assertTrue(rows > 0, table + " has rows"));
        assertTrue(GraphQL.data("statement/statements", Map.of("first", 1)).getLong("statements.totalCount") > 0);
    }
}
