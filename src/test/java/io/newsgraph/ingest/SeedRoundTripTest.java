package io.newsgraph.ingest;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.GraphQL;
import io.newsgraph.actor.NameKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The "done" criterion of ingestion: the two raw seed pages, ingested through the API into an empty graph with
 * the real extractor, reproduce the curated seed ({@code seed/seed.json}) closely enough: quotes and their
 * speakers at 0.9 F1 or better; reactions are measured and printed.
 */
@QuarkusTest
@TestProfile(SeedRoundTripTest.EmptyGraph.class)
class SeedRoundTripTest {

    /** The real extractor over a graph without the seed. */
    public static class EmptyGraph implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // extracting a raw page on a loaded machine can outlast RestAssured's default 30 s
            return Map.of("newsgraph.seed.enabled", "false", "quarkus.http.test-timeout", "120s");
        }
    }

    private static final double FLOOR = 0.9;

    @Test
    void ingestingTheRawSeedPagesReproducesTheCuratedSeed() throws IOException {
        JsonNode seed = new ObjectMapper().readTree(resource("seed/seed.json"));
        Map<String, List<String>> actorNames = new HashMap<>();
        for (JsonNode actor : seed.get("actors")) {
            List<String> names = new ArrayList<>(List.of(actor.get("name").asText()));
            actor.get("aliases").forEach(alias -> names.add(alias.asText()));
            actorNames.put(actor.get("key").asText(), names);
        }
        for (JsonNode article : seed.get("articles")) {
            ingest(article);
        }
        JsonPath graph = GraphQL.data("ingest/graph");

        Map<String, JsonNode> goldStatements = new HashMap<>();
        seed.get("statements").forEach(s -> goldStatements.put(s.get("key").asText(), s));
        List<JsonNode> goldQuotes = seed.get("statements").findParents("kind").stream()
                .filter(s -> s.get("kind").asText().equals("DIRECT_QUOTE")).toList();
        List<Map<String, Object>> quotes = graph.<Map<String, Object>>getList("statements.nodes").stream()
                .filter(s -> s.get("kind").equals("DIRECT_QUOTE")).toList();

        Score quoteScore = Score.of(goldQuotes, quotes, (gold, got) -> sameWords(gold.get("text").asText(), text(got)));
        Score speakerScore = Score.of(goldQuotes, quotes, (gold, got) -> sameWords(gold.get("text").asText(), text(got))
                && sameActor(actorNames.get(gold.get("speaker").asText()), names(got, "speaker")));
        List<Map<String, Object>> reactions = graph.getList("reactions.nodes");
        Score reactionScore = Score.of(List.copyOf(seed.get("reactions").findParents("stance")), reactions,
                (gold, got) -> sameActor(actorNames.get(gold.get("actor").asText()), names(got, "actor"))
                        && sameActor(actorNames.get(goldStatements.get(gold.get("target").asText())
                                .get("speaker").asText()), names(target(got), "speaker")));
        System.out.printf("Seed round trip: quotes %s; speakers %s; reactions %s%n", quoteScore, speakerScore,
                reactionScore);

        assertTrue(quoteScore.f1() >= FLOOR, "quote F1 " + quoteScore);
        assertTrue(speakerScore.f1() >= FLOOR, "speaker F1 " + speakerScore);
        for (JsonNode gold : goldQuotes) {
            Set<String> outlets = new java.util.HashSet<>();
            gold.get("citations").forEach(c -> outlets.add(c.get("article").asText()));
            if (outlets.size() > 1) {
                Map<String, Object> got = quotes.stream().filter(q -> sameWords(gold.get("text").asText(), text(q)))
                        .findFirst().orElseThrow(() -> new AssertionError("not extracted: " + gold.get("text")));
                assertEquals(2, urls(got).size(), () -> "both articles cite \"" + text(got) + "\"; quotes: " + quotes);
            }
        }
    }

    private static void ingest(JsonNode article) throws IOException {
        String key = article.get("key").asText();
        Map<String, Object> input = map("title", article.get("title").asText(), "url", article.get("url").asText(),
                "outlet", article.get("outlet").asText(), "author", article.get("author").asText(),
                "publishedAt", article.get("publishedAt").asText(), "language", "en",
                "content", resource("seed-raw/" + key + ".txt"));
        JsonPath payload = GraphQL.data("ingest/ingestArticle", input(input));
        assertTrue(payload.getBoolean("ingestArticle.created"));
    }

    /** Gold and extracted quotes are the same when their words are, or one's words run inside the other's. */
    private static boolean sameWords(String gold, String got) {
        String a = " " + String.join(" ", words(gold)) + " ";
        String b = " " + String.join(" ", words(got)) + " ";
        return a.equals(b) || (a.length() > 12 && b.contains(a)) || (b.length() > 12 && a.contains(b));
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    private static boolean sameActor(List<String> gold, List<String> got) {
        return gold.stream().anyMatch(g -> got.stream().anyMatch(n -> NameKey.of(g).equals(NameKey.of(n))));
    }

    private static String text(Map<String, Object> statement) {
        return (String) statement.get("text");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(Map<String, Object> reaction) {
        return (Map<String, Object>) reaction.get("target");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> node, String field) {
        Map<String, Object> actor = (Map<String, Object>) node.get(field);
        List<String> names = new ArrayList<>(List.of((String) actor.get("name")));
        names.addAll((List<String>) actor.get("aliases"));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> urls(Map<String, Object> statement) {
        Set<String> urls = new java.util.HashSet<>();
        for (Map<String, Object> citation : (List<Map<String, Object>>) statement.get("citations")) {
            urls.add((String) ((Map<String, Object>) citation.get("article")).get("url"));
        }
        return urls;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Precision and recall of a one-to-one matching of extracted items to gold ones. */
    record Score(int gold, int extracted, int matched) {

        static <G, E> Score of(List<G> gold, List<E> extracted, BiPredicate<G, E> same) {
            List<E> unmatched = new ArrayList<>(extracted);
            int matched = 0;
            for (G g : gold) {
                for (E e : unmatched) {
                    if (same.test(g, e)) {
                        unmatched.remove(e);
                        matched++;
                        break;
                    }
                }
            }
            return new Score(gold.size(), extracted.size(), matched);
        }

        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.2f R %.2f F1 %.2f (%d of %d gold, %d extracted)", precision(), recall(), f1(),
                    matched, gold, extracted);
        }
    }
}
