package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures the extractor against the hand-annotated gold sets (raw article in, cleaned and extracted exactly as
 * ingestion does) and prints precision, recall and F1 per category as a Markdown table; run it with
 * {@code ./mvnw -B test -Dtest=ExtractionEvaluationTest}. The floors are what the extractor reaches today, so a
 * change that makes it worse fails here.
 */
class ExtractionEvaluationTest {

    private static final ArticleExtractor EXTRACTOR = new RuleBasedExtractor();

    @Test
    void seedArticles() {
        // Quotes, speakers and paraphrases where the extractor is (all right); reactions held at 0.95.
        assertFloors(evaluate("seeds"), 1.0, 1.0, 1.0, 0.95);
    }

    @Test
    void writtenArticles() {
        assertFloors(evaluate("written"), 0.98, 0.9, 0.8, 0.7);
    }

    private static Map<String, Score> evaluate(String name) {
        GoldSet set = GoldSet.load(name);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String category : new String[] {"quotes", "speakers", "paraphrases", "reactions"}) {
            scores.put(category, new Score());
        }
        StringBuilder details = new StringBuilder();
        for (GoldSet.Article article : set.articles()) {
            String body = EXTRACTOR.clean(set.raw(article));
            GoldComparison comparison = new GoldComparison(set, body, EXTRACTOR.extract(body));
            comparison.quotes(article.quotes(), scores.get("quotes"), scores.get("speakers"));
            comparison.paraphrases(article.paraphrases(), scores.get("paraphrases"));
            comparison.reactions(article.reactions(), scores.get("reactions"));
            comparison.misses.forEach(miss -> details.append("  ").append(article.file()).append(": ").append(miss)
                    .append('\n'));
        }
        StringBuilder table = new StringBuilder("\nExtraction accuracy, gold set '" + name + "' ("
                + set.articles().size() + " articles)\n");
        table.append("| set     | category    | gold | found | right | precision | recall | F1 |\n");
        table.append("|---------|-------------|------|------|------|------|------|------|\n");
        scores.forEach((category, score) -> table.append(score.row(name, category)).append('\n'));
        System.out.println(table + "Differences from the gold:\n" + details);
        return scores;
    }

    private static void assertFloors(Map<String, Score> scores, double... floors) {
        String[] categories = scores.keySet().toArray(String[]::new);
        for (int i = 0; i < floors.length; i++) {
            double f1 = scores.get(categories[i]).f1();
            assertTrue(f1 >= floors[i], categories[i] + " F1 " + String.format("%.2f", f1) + " is below " + floors[i]);
        }
    }
}
