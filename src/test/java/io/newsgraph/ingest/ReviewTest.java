package io.newsgraph.ingest;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.GraphQL;
import io.newsgraph.ingest.IngestTest.Script;
import io.newsgraph.reaction.Stance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editors' review of what extraction wrote: statuses, confidence and cue, the queue, the confirming, rejecting and
 * correcting mutations, and re-ingesting that never undoes a decision.
 */
@QuarkusTest
@TestProfile(ScriptedExtractionProfile.class)
class ReviewTest {

    @Test
    void aDecisionSurvivesTheSameWordsIngestedAgain() {
        String surname = IngestTest.surname();
        String unnamed = "Nobody asked us about the water rights " + surname;
        String named = "We will not let this bill die " + surname;
        String gamble = "a reckless gamble " + surname;
        String body = "\"" + unnamed + ",\" one farmer said.\n\nSenator Jane " + surname + " said: \"" + named
                + ".\"\n\nGovernor Tom " + surname + "o rejected the plan, calling it \"" + gamble + "\".";
        Script extraction = new Script(body)
                .actor("Jane " + surname, "Senator", "Senator Jane " + surname)
                .actor("Tom " + surname + "o", "Governor", "Governor Tom " + surname + "o")
                .quote(-1, unnamed, 0.3, null)
                .quote(0, named, 0.95, "said:")
                .quote(1, gamble, 0.9, "calling it")
                .reaction(1, Stance.REJECTS, 1, 2, "rejected the plan");
        IngestTest.script(body, extraction);
        JsonPath first = IngestTest.ingest(IngestTest.article(body, IngestTest.url()));
        String articleId = first.getString("article.id");

        JsonPath queue = GraphQL.data("review/queue", map("articleId", articleId, "below", 0.5));
        assertEquals(1, queue.getInt("statements.totalCount"), "only the unsure quote is below 0.5");
        assertEquals(unnamed, queue.getString("statements.nodes[0].text"));
        assertNull(queue.get("statements.nodes[0].speaker"), "kept with no speaker");
        assertEquals(0.3f, queue.getFloat("statements.nodes[0].confidence"));
        assertEquals("EXTRACTED", queue.getString("statements.nodes[0].reviewStatus"));
        assertEquals(List.of("REJECTS"), queue.getList("reactions.nodes.stance"));
        assertEquals("scripted", queue.getString("reactions.nodes[0].cue"));
        JsonPath gambleBefore = only(gamble);
        assertEquals("calling it", gambleBefore.getString("cue"));
        assertEquals("EXTRACTED", gambleBefore.getString("citations[0].reviewStatus"));

        String governor = first.getString("actors[1].actor.id");
        String unnamedId = only(unnamed).getString("id");
        JsonPath corrected = GraphQL.at(GraphQL.data("review/correctStatement",
                input(map("id", unnamedId, "speakerId", governor))), "correctStatement.statement");
        assertEquals("CORRECTED", corrected.getString("reviewStatus"));
        assertEquals("Tom " + surname + "o", corrected.getString("speaker.name"));
        GraphQL.data("review/reviewStatement", input(map("id", gambleBefore.getString("id"), "decision", "REJECT")));
        JsonPath namedBefore = only(named);
        String reactionId = namedBefore.getString("reactions[0].id");
        JsonPath stance = GraphQL.at(GraphQL.data("review/correctReaction",
                input(map("id", reactionId, "stance", "CRITICIZES"))), "correctReaction.reaction");
        assertEquals(List.of("CORRECTED", "CRITICIZES"), List.of(stance.getString("reviewStatus"),
                stance.getString("stance")));
        GraphQL.data("review/reviewStatement", input(map("id", namedBefore.getString("id"), "decision", "CONFIRM")));

        // another outlet's copy: the same words, extracted the same (wrong) way
        String copy = body + "\n\nMore to follow.";
        IngestTest.script(copy, new Script(copy)
                .actor("Jane " + surname, "Senator", "Senator Jane " + surname)
                .actor("Tom " + surname + "o", "Governor", "Governor Tom " + surname + "o")
                .quote(-1, unnamed, 0.3, null)
                .quote(0, named, 0.95, "said:")
                .quote(1, gamble, 0.9, "calling it")
                .reaction(1, Stance.REJECTS, 1, 2, "rejected the plan"));
        JsonPath second = IngestTest.ingest(IngestTest.article(copy, IngestTest.url()));
        assertEquals(0, second.getInt("statementsCreated"), "nothing re-created");
        assertEquals(0, second.getInt("reactionsCreated"));

        JsonPath unnamedAfter = only(unnamed);
        assertEquals("CORRECTED", unnamedAfter.getString("reviewStatus"));
        assertEquals("Tom " + surname + "o", unnamedAfter.getString("speaker.name"), "the correction stays");
        assertEquals(2, unnamedAfter.getList("citations").size(), "the copy cites the corrected statement");
        JsonPath gambleAfter = only(gamble);
        assertEquals("REJECTED", gambleAfter.getString("reviewStatus"));
        assertEquals(1, gambleAfter.getList("citations").size(), "a rejected statement gains nothing");
        assertEquals(List.of("CRITICIZES"), only(named).getList("reactions.stance"), "the corrected stance stays");
        assertEquals(List.of("CORRECTED"), only(named).getList("reactions.reviewStatus"));
        assertEquals("CONFIRMED", only(named).getString("reviewStatus"));
    }

    @Test
    void badReviewInputIsRefusedWithACodeAndChangesNothing() {
        String surname = IngestTest.surname();
        String words = "The harbour will close at noon " + surname;
        String body = "Mayor Rita " + surname + " said: \"" + words + ".\" Councillor Ben " + surname
                + "s disputed it.";
        IngestTest.script(body, new Script(body)
                .actor("Rita " + surname, "Mayor", "Mayor Rita " + surname)
                .actor("Ben " + surname + "s", "Councillor", "Councillor Ben " + surname + "s")
                .quote(0, words, 0.8, "said:")
                .reaction(1, Stance.DOUBTS, 0, -1, "disputed it"));
        IngestTest.ingest(IngestTest.article(body, IngestTest.url()));
        JsonPath before = only(words);
        String id = before.getString("id");
        String reactionId = before.getString("reactions[0].id");

        assertEquals("NOT_FOUND", code("review/correctStatement", map("id", id, "speakerId", "987654321")));
        assertEquals("CONFLICT", code("review/reviewStatement",
                map("id", id, "decision", "REJECT", "expectedVersion", before.getInt("version") + 7)));
        assertEquals("BAD_USER_INPUT", code("review/correctReaction", map("id", reactionId)));
        assertEquals("NOT_FOUND", code("review/correctReaction", map("id", reactionId,
                "targetStatementId", "987654321", "stance", "CRITICIZES")));
        assertEquals("NOT_FOUND", code("review/reviewCitation", map("id", "987654321", "decision", "CONFIRM")));

        JsonPath after = only(words);
        assertEquals(before.getString("speaker.name"), after.getString("speaker.name"));
        assertEquals("EXTRACTED", after.getString("reviewStatus"));
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertEquals(List.of("DOUBTS"), after.getList("reactions.stance"));
        assertEquals(List.of("EXTRACTED"), after.getList("reactions.reviewStatus"));
    }

    private static String code(String operation, Map<String, Object> input) {
        return GraphQL.error(operation, input(input)).getString("extensions.code");
    }

    /** The one statement containing {@code text}. */
    private static JsonPath only(String text) {
        JsonPath found = GraphQL.data("review/statementsByText", map("text", text));
        assertEquals(1, found.getInt("statements.totalCount"), "statements containing " + text);
        return GraphQL.at(found, "statements.nodes[0]");
    }
}
