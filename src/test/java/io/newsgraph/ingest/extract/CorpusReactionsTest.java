package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reactions measured on real news: the extractor against the corpus reaction gold, on the articles rules were tuned
 * on and, apart, on the held-out ones. Skipped, saying so, where the corpus is not on the machine. Run with
 * {@code ./mvnw -B test -Dtest=CorpusReactionsTest -Dcorpus=<folder>}; it prints the figures and every difference.
 */
class CorpusReactionsTest {

    @Test
    void tunedArticles() {
        CorpusReactionScore score = measure(false);
        assertFloors(score, 0.0, 0.0);
    }

    @Test
    void heldOutArticles() {
        CorpusReactionScore score = measure(true);
        assertFloors(score, 0.0, 0.0);
    }

    private static CorpusReactionScore measure(boolean heldOut) {
        Path corpus = CorpusReactionGold.corpus();
        assumeTrue(corpus != null, "corpus not found (-Dcorpus=... or ../shared/corpora/polnear-train): "
                + "reactions on real news not measured");
        Set<String> held = CorpusReactionGold.heldOut();
        List<CorpusReactionGold> gold = CorpusReactionGold.all().stream()
                .filter(g -> held.contains(g.article()) == heldOut).toList();
        CorpusReactionScore score = new CorpusReactionScore();
        gold.forEach(article -> score.add(article, article.text(corpus)));
        String set = heldOut ? "held-out" : "tuned";
        System.out.println("\nReactions on real news, " + set + " set (" + gold.size() + " articles)\n"
                + "| set     | category    | gold | found | right | precision | recall | F1 |\n"
                + "|---------|-------------|------|------|------|------|------|------|\n"
                + score.reactions.row(set, "reactions") + "\n" + score.withStance.row(set, "with stance") + "\n"
                + String.format("direction right: %d of %d%n", score.directionRight, score.directionJudged)
                + "Differences from the gold:\n  " + String.join("\n  ", score.differences));
        return score;
    }

    private static void assertFloors(CorpusReactionScore score, double f1, double stanceF1) {
        assertTrue(score.reactions.f1() >= f1, "reactions F1 " + score.reactions.f1() + " is below " + f1);
        assertTrue(score.withStance.f1() >= stanceF1, "with stance F1 " + score.withStance.f1() + " below " + stanceF1);
    }
}
