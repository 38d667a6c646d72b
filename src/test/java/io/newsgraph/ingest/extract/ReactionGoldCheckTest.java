package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.reaction.Stance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks the corpus reaction gold: well formed everywhere, and, where the corpus is on the machine, every offset
 * inside its article and every {@code check} string found in its excerpt (so a changed corpus text is noticed).
 */
class ReactionGoldCheckTest {

    private static final Set<String> STANCES = names(Stance.values());
    private static final Set<String> KINDS = names(ActorKind.values());

    @Test
    void everyGoldFileIsWellFormed() {
        Collection<ReactionGold> gold = ReactionGold.load().values();
        assertTrue(gold.size() >= 100, "at least 100 annotated articles, found " + gold.size());
        List<String> problems = new ArrayList<>();
        for (ReactionGold article : gold) {
            for (ReactionGold.Item r : article.reactions()) {
                String at = article.article() + " " + r.actor() + " " + r.stance() + " " + r.cue() + ": ";
                if (blank(r.actor()) || blank(r.target().speaker()) || blank(r.cue()) || blank(r.check())) {
                    problems.add(at + "actor, target speaker, cue and check are required");
                }
                if (!STANCES.contains(r.stance()) || !KINDS.contains(r.actorKind())) {
                    problems.add(at + "stance or actor kind is not one of the enum's values");
                }
                if (r.check() != null && r.check().split("\\s+").length > 8) {
                    problems.add(at + "check has more than 8 words");
                }
                if ((r.target().start() == null) != (r.target().end() == null)) {
                    problems.add(at + "target has one offset without the other");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(gold.stream().map(ReactionGold::article).toList().containsAll(ReactionGold.heldOut()),
                "held-out.txt names only annotated articles");
    }

    @Test
    void goldPointsIntoTheCorpusText() {
        Path corpus = CorpusReactionsTest.corpus();
        assumeTrue(corpus != null, "reaction gold not checked against the corpus: no corpus at "
                + CorpusFloorTest.CORPUS.toAbsolutePath() + " (-Dnewsgraph.corpus=DIR)");
        List<String> problems = new ArrayList<>();
        for (ReactionGold article : ReactionGold.load().values()) {
            Path file = corpus.resolve(article.article());
            if (!Files.exists(file)) {
                problems.add(article.article() + ": not in the corpus");
                continue;
            }
            String text = read(file);
            int length = text.codePointCount(0, text.length());
            for (ReactionGold.Item r : article.reactions()) {
                String at = article.article() + " " + r.actor() + " " + r.cue() + ": ";
                List<int[]> spans = new ArrayList<>(List.of(new int[] {r.excerpt().start(), r.excerpt().end()}));
                if (r.response() != null) {
                    spans.add(new int[] {r.response().start(), r.response().end()});
                }
                if (r.target().start() != null) {
                    spans.add(new int[] {r.target().start(), r.target().end()});
                }
                if (spans.stream().anyMatch(s -> s[0] < 0 || s[0] >= s[1] || s[1] > length)) {
                    problems.add(at + "an offset is outside the article or a span is empty");
                    continue;
                }
                String excerpt = text.substring(text.offsetByCodePoints(0, r.excerpt().start()),
                        text.offsetByCodePoints(0, r.excerpt().end()));
                if (!normal(excerpt).contains(normal(r.check()))) {
                    problems.add(at + "check \"" + r.check() + "\" is not in the excerpt: " + excerpt);
                }
                if (!excerpt.toLowerCase().contains(r.cue().toLowerCase())) {
                    problems.add(at + "cue is not in the excerpt");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Set.copyOf(Arrays.stream(values).map(Enum::name).toList());
    }
}
