package io.newsgraph.hardening;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that race, many rounds each, over real HTTP (H2, and PostgreSQL with {@code -Ppostgresql}): merges against
 * merges, statements and aliases, and ingestions naming the same new person. Each request either succeeds or fails
 * with a code that says why (CONFLICT, or NOT_FOUND for an actor a merge that went first deleted), never an internal
 * error; afterwards the invariants hold: every acknowledged statement and alias present, no statement whose speaker
 * is gone, one actor per new person, every citation's excerpt at its offsets. Rounds and violations are printed
 * (rounds: {@code -Dnewsgraph.race.rounds}, 6 by default).
 */
@QuarkusTest
@TestProfile(WriteRaceTest.OwnDatabase.class)
class WriteRaceTest {

    /**
     * The races ingest dozens of articles: on a database of their own (the application restarts, Flyway cleans it),
     * so that the graph the other classes share keeps the seed's size (the examples' {@code coverage} compares at
     * most 50 articles).
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final int ROUNDS = Integer.getInteger("newsgraph.race.rounds", 6);
    /** What the ingested articles quote: different enough that no two are taken for one statement. */
    private static final List<String> PHRASES = List.of("The harbour will reopen in spring",
            "Our fishermen deserve far better support", "Nobody expected the storm damage to be so severe",
            "We are asking the capital for emergency funds", "Tourism numbers already show a clear recovery",
            "The new breakwater must be finished before winter");
    private static final Set<String> REFUSALS = Set.of("CONFLICT", "NOT_FOUND");
    private static int rounds;
    private static final List<String> VIOLATIONS = new ArrayList<>();

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @AfterAll
    static void report() {
        System.out.println("WriteRaceTest: rounds run " + rounds + ", violations found " + VIOLATIONS.size()
                + (VIOLATIONS.isEmpty() ? "" : ": " + VIOLATIONS));
    }

    @Test
    void mergesInBothDirectionsKeepOneActorWithEverything() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String token = token();
            String a = actor("Anna " + token);
            String b = actor("Boris " + token);
            String saidByA = statement(a, "First words " + token);
            String saidByB = statement(b, "Second words " + token);

            List<JsonPath> answers = atOnce(
                    () -> GraphQL.run("actor/mergeActors", input(map("keepId", a, "mergeId", b))),
                    () -> GraphQL.run("actor/mergeActors", input(map("keepId", b, "mergeId", a))));

            long merged = answers.stream().filter(answer -> answer.get("errors") == null).count();
            check(merged == 1, "A<-B against B<-A: " + merged + " merges succeeded, not 1");
            List<JsonPath> actors = actorsNamed(token);
            check(actors.size() == 1, "A<-B against B<-A left " + actors.size() + " actors");
            for (String id : List.of(saidByA, saidByB)) {
                check(speakerIsLive(id, token), "statement " + id + " lost its speaker in a merge race");
            }
            countRound();
        }
        assertNoViolations();
    }

    @Test
    void statementsAndAliasesGivenDuringAMergeAreNeverLost() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String token = token();
            String keep = actor("Klara " + token);
            String gone = actor("Max " + token);
            String toGone = "Alias of Max " + token;
            String toKeep = "Alias of Klara " + token;

            List<JsonPath> answers = atOnce(
                    () -> GraphQL.run("actor/mergeActors", input(map("keepId", keep, "mergeId", gone))),
                    () -> GraphQL.run("statement/createStatement", input(map("speakerId", gone,
                            "text", "Said during a merge " + token, "kind", "PARAPHRASE"))),
                    () -> GraphQL.run("actor/addAlias", input(map("actorId", gone, "alias", toGone))),
                    () -> GraphQL.run("actor/addAlias", input(map("actorId", keep, "alias", toKeep))));

            check(answers.get(0).get("errors") == null, "the merge failed: " + answers.get(0).prettify());
            List<JsonPath> actors = actorsNamed(token);
            check(actors.size() == 1, "merge left " + actors.size() + " actors");
            List<String> aliases = actors.isEmpty() ? List.of() : actors.get(0).getList("aliases");
            if (answers.get(1).get("errors") == null) {
                String id = answers.get(1).getString("data.createStatement.statement.id");
                check(speakerIsLive(id, token), "acknowledged statement " + id + " has no live speaker");
            }
            if (answers.get(2).get("errors") == null) {
                check(aliases.contains(toGone), "acknowledged alias '" + toGone + "' lost: " + aliases);
            }
            check(answers.get(3).get("errors") == null && aliases.contains(toKeep),
                    "alias '" + toKeep + "' of the kept actor lost: " + aliases);
            countRound();
        }
        assertNoViolations();
    }

    @Test
    void articlesIngestedAtOnceNamingTheSameNewPersonMakeOneActor() throws Exception {
        for (int round = 0; round < Math.max(1, ROUNDS / 2); round++) {
            String surname = "Q" + token().substring(3, 12);
            List<Supplier<JsonPath>> ingestions = new ArrayList<>();
            for (int i = 0; i < PHRASES.size(); i++) {
                String words = PHRASES.get(i) + " in " + surname.toLowerCase() + "ville";
                String body = "Minister Marta " + surname + " visited the port on day " + i + ".\n\n\"" + words
                        + ",\" " + surname + " said.";
                ingestions.add(() -> GraphQL.run("race/ingestArticle", input(map("title", "Harbour " + surname,
                        "content", body, "outlet", "Wire " + surname))));
            }
            List<JsonPath> answers = atOnce(ingestions.toArray(Supplier[]::new));

            List<String> articles = new ArrayList<>();
            answers.stream().filter(answer -> answer.get("errors") == null)
                    .forEach(answer -> articles.add(answer.getString("data.ingestArticle.article.id")));
            check(!articles.isEmpty(), "no ingestion succeeded");
            List<JsonPath> actors = actorsNamed(surname);
            check(actors.size() == 1, actors.size() + " actors for one new person " + surname);
            JsonPath statements = GraphQL.data("race/statementsByText", Map.of("text", surname));
            check(statements.getInt("statements.totalCount") == articles.size(),
                    articles.size() + " articles ingested, " + statements.getInt("statements.totalCount")
                            + " of their statements stored");
            for (String article : articles) {
                JsonPath stored = GraphQL.data("race/articleCitations", Map.of("id", article));
                String body = stored.getString("article.body");
                List<Map<String, Object>> citations = stored.getList("article.citations");
                for (Map<String, Object> c : citations) {
                    int start = (Integer) c.get("startOffset");
                    int end = (Integer) c.get("endOffset");
                    check(end <= body.length() && body.substring(start, end).equals(c.get("excerpt")),
                            "citation excerpt not at [" + start + ", " + end + ") of article " + article);
                }
            }
            countRound();
        }
        assertNoViolations();
    }

    /** Whether the statement exists and its speaker is an actor that exists (one named with {@code token}). */
    private static boolean speakerIsLive(String statementId, String token) {
        JsonPath found = GraphQL.data("race/statementsByText", Map.of("text", token));
        List<Map<String, Object>> nodes = found.getList("statements.nodes");
        Set<String> live = Set.copyOf(actorsNamed(token).stream().map(a -> a.getString("id")).toList());
        for (Map<String, Object> node : nodes) {
            if (statementId.equals(node.get("id"))) {
                Object speaker = node.get("speaker");
                return speaker instanceof Map<?, ?> s && live.contains(String.valueOf(s.get("id")));
            }
        }
        return false;
    }

    private static List<JsonPath> actorsNamed(String name) {
        JsonPath found = GraphQL.data("race/actorsByName", Map.of("name", name));
        List<JsonPath> actors = new ArrayList<>();
        for (int i = 0; i < found.getInt("actors.nodes.size()"); i++) {
            actors.add(GraphQL.at(found, "actors.nodes[" + i + "]"));
        }
        return actors;
    }

    private static synchronized void countRound() {
        rounds++;
    }

    private static synchronized void check(boolean holds, String violation) {
        if (!holds) {
            VIOLATIONS.add(violation);
        }
    }

    private static synchronized void assertNoViolations() {
        assertEquals(List.of(), VIOLATIONS, "violations after " + rounds + " rounds");
    }

    /** Runs the requests all released at the same moment; asserts each succeeded or was refused with a code. */
    @SafeVarargs
    private List<JsonPath> atOnce(Supplier<JsonPath>... requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> futures = new ArrayList<>();
        for (Supplier<JsonPath> request : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                return request.get();
            }));
        }
        start.countDown();
        List<JsonPath> answers = new ArrayList<>();
        for (Future<JsonPath> future : futures) {
            JsonPath answer = future.get();
            if (answer.get("errors") != null) {
                List<String> codes = answer.getList("errors.extensions.code");
                check(REFUSALS.containsAll(codes), "refused with " + codes + ": " + answer.prettify());
                String message = answer.getString("errors[0].message");
                check(!message.matches("(?is).*\\b(fk|pk|uq|ck)_\\w+.*") && !message.toLowerCase().contains("table"),
                        "message names the schema: " + message);
            }
            answers.add(answer);
        }
        return answers;
    }
}
