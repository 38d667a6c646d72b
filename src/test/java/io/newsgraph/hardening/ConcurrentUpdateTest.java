package io.newsgraph.hardening;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.actorsNamed;
import static io.newsgraph.MutationFixtures.createStatement;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several clients changing the same row at the same moment: the optimistic lock lets exactly one change through
 * per version and answers the others with CONFLICT, never with an internal error or a lost update.
 */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int CLIENTS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void sameExpectedVersionLetsExactlyOneUpdateThrough() throws Exception {
        JsonPath statement = newStatement();
        String id = statement.getString("id");
        int version = statement.getInt("version");

        List<JsonPath> winners = successesOrConflicts(atOnce(i -> GraphQL.run("statement/updateStatement",
                input(map("id", id, "expectedVersion", version, "set", map("text", "Client " + i + " " + id))))));

        assertEquals(1, winners.size(), () -> "winners: " + winners);
        JsonPath stored = GraphQL.data("statement/statement", Map.of("id", id));
        assertEquals(winners.get(0).getString("data.updateStatement.statement.text"),
                stored.getString("statement.text"));
        assertEquals(version + 1, stored.getInt("statement.version"));
    }

    @Test
    void updatesWithoutExpectedVersionAreNeverLostSilently() throws Exception {
        JsonPath statement = newStatement();
        String id = statement.getString("id");

        int applied = successesOrConflicts(atOnce(i -> GraphQL.run("statement/updateStatement", input(map("id", id,
                "set", map("venue", "Venue " + i)))))).size();

        assertTrue(applied >= 1, "at least one update applies");
        assertEquals(statement.getInt("version") + applied,
                GraphQL.data("statement/statement", Map.of("id", id)).getInt("statement.version"),
                "every applied update counted once in the version");
    }

    @Test
    void sameUniqueValueIsStoredOnce() throws Exception {
        String token = token();
        String externalId = "Q" + Math.abs(token.hashCode());

        List<JsonPath> created = successesOrConflicts(atOnce(i -> GraphQL.run("actor/createActor", input(map(
                "name", "Twin " + i + " " + token, "kind", "PERSON", "externalId", externalId)))));

        assertEquals(1, created.size());
        assertEquals(1, actorsNamed(token));
    }

    private static JsonPath newStatement() {
        String token = token();
        return createStatement(map("speakerId", actor("Speaker " + token), "text", "Original " + token,
                "kind", "PARAPHRASE"));
    }

    /** The responses without errors, after asserting that every other one failed with CONFLICT alone. */
    private static List<JsonPath> successesOrConflicts(List<JsonPath> responses) {
        List<JsonPath> successes = new ArrayList<>();
        for (JsonPath response : responses) {
            if (response.get("errors") == null) {
                successes.add(response);
            } else {
                assertEquals(List.of("CONFLICT"), response.getList("errors.extensions.code"), response.prettify());
            }
        }
        return successes;
    }

    /** Runs the request for clients 0..CLIENTS-1, all released at the same moment; returns every response. */
    private List<JsonPath> atOnce(IntFunction<JsonPath> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            futures.add(pool.submit(() -> {
                start.await();
                return request.apply(client);
            }));
        }
        start.countDown();
        List<JsonPath> responses = new ArrayList<>();
        for (Future<JsonPath> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
