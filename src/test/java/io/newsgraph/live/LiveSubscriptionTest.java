package io.newsgraph.live;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.ScriptedExtractionProfile;
import io.newsgraph.ingest.ScriptedExtractor;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subscriptions over graphql-ws, received by a real graphql-ws client while articles are ingested. */
@QuarkusTest
@TestProfile(ScriptedExtractionProfile.class)
class LiveSubscriptionTest {

    /** Subscriptions start asynchronously; ingestion repeats until every client has its events, at most this often. */
    private static final int MAX_ROUNDS = 40;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscribersReceiveCommittedIngestionEventsFilteredByActor() throws Exception {
        String watchedId = ingest(0, "Watched", "Other", false).getString("article.actors[1].id");
        String ws = graphql.toString().replaceFirst("^http", "ws");
        try (SubscriptionClient statements = SubscriptionClient.subscribe(ws,
                "subscription { statementAdded(actorId: \"" + watchedId
                        + "\") { cursor statement { text speaker { id name } } } }", 2);
             SubscriptionClient reactions = SubscriptionClient.subscribe(ws,
                "subscription { reactionAdded(actorId: \"" + watchedId
                        + "\") { reaction { stance actor { name } target { text } } } }", 1);
             SubscriptionClient articles = SubscriptionClient.subscribe(ws,
                "subscription { articleIngested { article { id title } } }", 1)) {
            for (int round = 1; round <= MAX_ROUNDS; round++) {
                ingest(round, "Watched", "Other", true);
                ingest(round, "Watched", "Other", false);
                if (statements.finished(250) && reactions.finished(250) && articles.finished(250)) {
                    break;
                }
            }
            assertEquals(0, statements.exitCode(), () -> output(statements));
            assertEquals(0, reactions.exitCode(), () -> output(reactions));
            assertEquals(0, articles.exitCode(), () -> output(articles));

            List<JsonPath> said = events(statements);
            assertEquals(2, said.size());
            for (JsonPath event : said) {
                assertEquals(watchedId, event.getString("data.statementAdded.statement.speaker.id"));
                assertEquals("Watched Person", event.getString("data.statementAdded.statement.speaker.name"));
                assertFalse(event.getString("data.statementAdded.statement.text").contains("rolled back"));
            }
            JsonPath reaction = events(reactions).get(0);
            assertEquals("CRITICIZES", reaction.getString("data.reactionAdded.reaction.stance"));
            assertEquals("Other Person", reaction.getString("data.reactionAdded.reaction.actor.name"));
            assertTrue(reaction.getString("data.reactionAdded.reaction.target.text").startsWith("Watched says"));
            assertTrue(events(articles).get(0).getString("data.articleIngested.article.title").startsWith("Round"));
        }
    }

    /**
     * Ingests an article in which "Other Person" speaks, then "Watched Person", then Other criticizes Watched's
     * words; a failing one (an extraction span outside the body) must announce nothing.
     */
    static JsonPath ingest(int round, String watched, String other, boolean failing) {
        String tag = (failing ? "rolled back " : "") + round + " " + System.nanoTime();
        String otherWords = other + " says " + tag + ".";
        String watchedWords = watched + " says " + tag + ".";
        String body = "\"" + otherWords + "\" \"" + watchedWords + "\" " + other + " criticized it.";
        int reactionStart = body.lastIndexOf(other);
        ScriptedExtractor.script(body, new Extraction(
                List.of(new Extraction.Actor(other + " Person", ActorKind.PERSON, null, List.of()),
                        new Extraction.Actor(watched + " Person", ActorKind.PERSON, null, List.of())),
                List.of(statement(0, body, otherWords),
                        statement(1, body, watchedWords)),
                List.of(new Extraction.Reaction(0, Stance.CRITICIZES, 1, -1,
                        new Extraction.Span(reactionStart, failing ? body.length() + 1 : body.length()), 1.0,
                        "scripted"))));
        Map<String, Object> article = map("title", "Round " + round, "content", body);
        if (failing) {
            GraphQL.error("ingest/ingestArticle", input(article));
            return null;
        }
        return GraphQL.at(GraphQL.data("ingest/ingestArticle", input(article)), "ingestArticle");
    }

    private static Extraction.Statement statement(int speaker, String body, String words) {
        int start = body.indexOf(words);
        return new Extraction.Statement(speaker, StatementKind.DIRECT_QUOTE, words,
                new Extraction.Span(start, start + words.length()), 1.0, "said");
    }

    private static List<JsonPath> events(SubscriptionClient client) throws Exception {
        return client.lines().stream().filter(line -> line.startsWith("{")).map(JsonPath::from).toList();
    }

    private static String output(SubscriptionClient client) {
        try {
            return String.join("\n", client.lines());
        } catch (Exception e) {
            return e.toString();
        }
    }
}
