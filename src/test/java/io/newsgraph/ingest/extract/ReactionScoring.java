package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;

import java.util.List;

/**
 * Scores one article's extracted reactions against its reaction gold. A reaction matches a gold one when its
 * actor is right, its target's speaker is right (a word of three or more letters of a name or form is a word of the
 * gold name) and its citation overlaps the gold excerpt; stance is reported separately, and so is direction: of
 * the pairs whose citation overlaps and whose two actors agree in either order, the share not swapped.
 */
final class ReactionScoring {

    private final CorpusArticle article;
    private final Extraction extraction;
    private final BodyAlignment alignment;
    private final CorpusEvaluation.Report report;

    ReactionScoring(CorpusArticle article, Extraction extraction, BodyAlignment alignment,
            CorpusEvaluation.Report report) {
        this.article = article;
        this.extraction = extraction;
        this.alignment = alignment;
        this.report = report;
    }

    void score(ReactionGold gold) {
        List<ReactionGold.Item> items = gold.reactions();
        for (ReactionGold.Item item : items) {
            String excerpt = text(item.excerpt());
            if (item.check() != null && !Words.of(excerpt).containsAll(Words.of(item.check()))) {
                report.drifted++;
                report.failures.add(new CorpusEvaluation.Failure("reaction gold drifted", article.name(), 0,
                        "check \"" + item.check() + "\" not in excerpt: " + excerpt));
            }
        }
        int headline = headlineEnd(article.raw());
        List<Reaction> predicted = extraction.reactions().stream()
                .filter(r -> alignment.toRaw(r.excerpt()).start() >= headline).toList();
        report.reactions.add(matches(items, predicted, false, true), predicted.size(), items.size());
        report.reactionsWithStance.add(matches(items, predicted, true, false), predicted.size(), items.size());
        for (Reaction r : predicted) {
            for (ReactionGold.Item item : items) {
                if (overlaps(r, item)) {
                    boolean straight = right(r.actor(), item.actor()) && right(targetSpeaker(r),
                            item.target().speaker());
                    boolean swapped = right(r.actor(), item.target().speaker()) && right(targetSpeaker(r),
                            item.actor());
                    if (straight != swapped) {
                        report.direction.add(straight);
                        break;
                    }
                }
            }
        }
    }

    /** Greedy one-to-one matching in reading order; lists misses and extras when asked to. */
    private int matches(List<ReactionGold.Item> items, List<Reaction> predicted, boolean stance, boolean list) {
        boolean[] used = new boolean[items.size()];
        int matched = 0;
        for (Reaction r : predicted) {
            int found = -1;
            for (int g = 0; g < items.size() && found < 0; g++) {
                ReactionGold.Item item = items.get(g);
                if (!used[g] && right(r.actor(), item.actor()) && right(targetSpeaker(r), item.target().speaker())
                        && overlaps(r, item) && (!stance || r.stance().name().equals(item.stance()))) {
                    found = g;
                }
            }
            if (found >= 0) {
                used[found] = true;
                matched++;
            } else if (list) {
                Span raw = alignment.toRaw(r.excerpt());
                report.failures.add(new CorpusEvaluation.Failure("extra reaction", article.name(),
                        raw.end() - raw.start(), CorpusEvaluation.name(extraction, r.actor()) + " " + r.stance()
                                + " " + CorpusEvaluation.name(extraction, targetSpeaker(r)) + ": "
                                + article.context(raw.start(), raw.end(), 0)));
            }
        }
        for (int g = 0; g < items.size() && list; g++) {
            if (!used[g]) {
                ReactionGold.Item item = items.get(g);
                ReactionStages stages = new ReactionStages(article, extraction, alignment);
                ReactionStages.Stage stage = stages.of(item);
                report.stages.merge(stage, 1, Integer::sum);
                String nearby = stages.pairedNearby(item) ? " (pair found nearby)" : "";
                report.failures.add(new CorpusEvaluation.Failure("missed reaction", article.name(),
                        item.excerpt().end() - item.excerpt().start(), "[" + stage + nearby + "] " + item.actor()
                                + " " + item.stance() + " "
                                + item.target().speaker() + " (cue \"" + item.cue() + "\"): " + text(item.excerpt())));
            }
        }
        return matched;
    }

    /**
     * Where the headline block ends: the title line, and the standfirst line after a title ending in ";". The gold
     * annotates the article's text below it, like the corpus's own quotes, so reactions read in it are not scored.
     */
    static int headlineEnd(String raw) {
        int first = raw.indexOf('\n');
        int second = first < 0 ? -1 : raw.indexOf('\n', first + 1);
        return first < 0 ? 0 : raw.substring(0, first).strip().endsWith(";") && second > 0 ? second : first;
    }

    private int targetSpeaker(Reaction r) {
        return r.target() < 0 ? -1 : extraction.statements().get(r.target()).speaker();
    }

    private boolean right(int actor, String gold) {
        return actor >= 0 && Words.sameSource(extraction.actors().get(actor), gold);
    }

    private boolean overlaps(Reaction r, ReactionGold.Item item) {
        Span raw = alignment.toRaw(r.excerpt());
        int start = article.raw().codePointCount(0, raw.start());
        int end = article.raw().codePointCount(0, raw.end());
        return start < item.excerpt().end() && item.excerpt().start() < end;
    }

    private String text(ReactionGold.Offsets offsets) {
        return article.raw().substring(article.index(offsets.start()), article.index(offsets.end()))
                .replaceAll("\\s+", " ");
    }
}
