package io.newsgraph.live;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.ingest.ScriptedExtractionProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event table through the API: the changes feed, cursors, rollbacks, replay and retention. */
@QuarkusTest
@TestProfile(ScriptedExtractionProfile.class)
class ChangeFeedTest {

    @Inject
    EventLog log;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void changesListCommittedWritesInCursorOrderWithDeletionsById() {
        String start = newestCursor();
        String speaker = actor("Feed Speaker " + token());
        String text = "feed words " + token();
        String statementId = statement(speaker, text);
        JsonPath added = GraphQL.data("live/changes", Map.of("after", start, "first", 10));
        assertEquals(text, added.getString("changes.nodes[1].statement.text"));
        GraphQL.data("statement/deleteStatement", input(map("id", statementId)));

        JsonPath page = GraphQL.data("live/changes", Map.of("after", start, "first", 10));
        List<Map<String, Object>> nodes = page.getList("changes.nodes");
        assertEquals(List.of("ACTOR_CREATED", "STATEMENT_ADDED", "STATEMENT_DELETED"),
                nodes.stream().map(node -> node.get("kind")).toList());
        assertEquals(speaker, page.getString("changes.nodes[0].actor.id"));
        assertNull(page.get("changes.nodes[1].statement"), "each change shows the node as it is now");
        assertEquals(List.of(speaker), page.getList("changes.nodes[1].actorIds"));
        assertEquals(statementId, page.getString("changes.nodes[2].nodeId"));
        assertNull(page.get("changes.nodes[2].statement"), "a deleted node is only its id");
        List<Long> cursors = nodes.stream().map(node -> Long.valueOf((String) node.get("cursor"))).toList();
        assertTrue(cursors.get(0) > Long.parseLong(start) && cursors.get(0) < cursors.get(1)
                && cursors.get(1) < cursors.get(2), cursors::toString);
        assertEquals(nodes.get(2).get("cursor"), page.getString("changes.endCursor"));
        assertFalse(page.getBoolean("changes.hasNextPage"));

        JsonPath firstOnly = GraphQL.data("live/changes", Map.of("after", start, "first", 1));
        assertTrue(firstOnly.getBoolean("changes.hasNextPage"));
        JsonPath rest = GraphQL.data("live/changes",
                Map.of("after", firstOnly.getString("changes.endCursor"), "first", 10));
        assertEquals(List.of("STATEMENT_ADDED", "STATEMENT_DELETED"), rest.getList("changes.nodes.kind"));
    }

    @Test
    void aRolledBackIngestionLeavesNoEvent() {
        String start = newestCursor();
        LiveSubscriptionTest.ingest(0, "Rolled", "Back", true);
        assertEquals(List.of(), GraphQL.data("live/changes", Map.of("after", start, "first", 10))
                .getList("changes.nodes"));
        JsonPath stored = LiveSubscriptionTest.ingest(0, "Kept", "Too", false);
        List<String> kinds = GraphQL.data("live/changes", Map.of("after", start, "first", 20))
                .getList("changes.nodes.kind");
        assertEquals("ARTICLE_CREATED", kinds.get(0));
        assertEquals("ARTICLE_INGESTED", kinds.get(kinds.size() - 1));
        assertEquals(2, kinds.stream().filter("STATEMENT_ADDED"::equals).count(), kinds::toString);
        assertEquals(1, kinds.stream().filter("REACTION_ADDED"::equals).count(), kinds::toString);
        assertTrue(stored.getBoolean("created"));
    }

    @Test
    void badCursorsAndPageSizesAreRefusedWithTheirFix() {
        JsonPath notACursor = GraphQL.error("live/changes", Map.of("after", "abc"));
        assertEquals("BAD_USER_INPUT", notACursor.getString("extensions.code"));
        assertTrue(notACursor.getString("message").contains("cursor the API returned"));
        JsonPath tooMany = GraphQL.error("live/changes", Map.of("first", 501));
        assertEquals("BAD_USER_INPUT", tooMany.getString("extensions.code"));
        assertTrue(tooMany.getString("message").contains("between 0 and 500"));
    }

    @Test
    void subscribersResumeAfterTheirCursorWithEachMissedEventOnceThenLiveOnes() throws Exception {
        String speaker = actor("Resumed Speaker " + token());
        String missedFrom = newestCursor();
        String first = statement(speaker, "missed one " + token());
        String second = statement(speaker, "missed two " + token());
        String ws = graphql.toString().replaceFirst("^http", "ws");
        try (SubscriptionClient client = SubscriptionClient.subscribe(ws, "subscription { statementAdded(actorId: \""
                + speaker + "\", after: \"" + missedFrom + "\") { cursor statement { id } } }", 3)) {
            String third = null;
            for (int round = 0; round < 40 && !client.finished(250); round++) {
                if (third == null && client.lines().size() >= 2) {
                    third = statement(speaker, "live one " + token());
                }
            }
            assertEquals(0, client.exitCode(), () -> String.join("\n", lines(client)));
            List<String> ids = lines(client).stream().filter(line -> line.startsWith("{"))
                    .map(line -> JsonPath.from(line).getString("data.statementAdded.statement.id")).toList();
            assertEquals(List.of(first, second, third), ids);
        }
    }

    @Test
    void cursorsOlderThanTheRetentionWindowGetCursorExpired() {
        String old = newestCursor();
        statement(actor("Purged Speaker " + token()), "purged " + token());
        assertTrue(log.purge(Instant.now().plusSeconds(60)) > 0);
        JsonPath expired = GraphQL.error("live/changes", Map.of("after", old));
        assertEquals("CURSOR_EXPIRED", expired.getString("extensions.code"));
        assertTrue(expired.getString("message").contains("copy the graph again"), expired.getString("message"));
        String now = newestCursor();
        assertEquals(List.of(), GraphQL.data("live/changes", Map.of("after", now)).getList("changes.nodes"));
    }

    private static String newestCursor() {
        return GraphQL.data("live/changes", Map.of("first", 0)).getString("changes.endCursor");
    }

    private static List<String> lines(SubscriptionClient client) {
        try {
            return client.lines();
        } catch (Exception e) {
            return List.of(e.toString());
        }
    }
}
