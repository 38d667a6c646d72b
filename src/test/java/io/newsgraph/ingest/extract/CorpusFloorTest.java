package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.ingest.extract.CorpusArticle.Part;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The extractor's floors on real news: the evaluation command's figures on the whole PolNeAR training split (840
 * articles). Runs where the corpus is beside the project ({@code ../shared/corpora/polnear-train}, as in CI, or
 * {@code -Dnewsgraph.corpus=...}); a clone without it skips this test and says so.
 */
class CorpusFloorTest {

    static final Path CORPUS = Path.of(System.getProperty("newsgraph.corpus",
            "../shared/corpora/polnear-train"));

    @Test
    void quotesAndSpeakersHoldOnRealNews() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus floor not run: no corpus at "
                + CORPUS.toAbsolutePath() + " (CI has ../shared/corpora/polnear-train; -Dnewsgraph.corpus=DIR)");
        CorpusEvaluation.Report report = CorpusEvaluation.run(CORPUS, Part.ALL);
        System.out.println(CorpusEvaluation.print(report, CORPUS, 3));
        floor("direct quotes precision", report.quotes.precision(), 0.97);
        floor("direct quotes recall", report.quotes.recall(), 0.955);
        floor("direct quotes F1", report.quotes.f1(), 0.963);
        floor("speaker of a named source", report.speakers.get("NAME").rate(), 0.935);
        floor("speaker of a pronoun source", report.speakers.get("PRONOUN").rate(), 0.804);
        floor("outlet or organisation source given an actor of its kind", report.bodiesOfRightKind.rate(), 0.57);
        floor("document source given an actor (its issuer)", report.documentsGivenActor.rate(), 0.5);
    }

    private static void floor(String what, double value, double floor) {
        assertTrue(value >= floor, String.format("%s %.3f is below its floor %.3f", what, value, floor));
    }
}
