package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.statement.StatementKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares one extraction with its gold article. A quote matches when the spans overlap by at least 80% of the
 * longer one (or the words are the same); a paraphrase when the spans overlap by at least half of their union and
 * the speaker is right (paraphrase excerpts are clauses whose bounds are a judgement call); a speaker is right when
 * a name the extractor gave matches a spelling of the gold actor by {@link NameKey}; a reaction matches on actor,
 * stance and the speaker of its target.
 */
final class GoldComparison {

    static final double QUOTE_OVERLAP = 0.8;
    static final double PARAPHRASE_OVERLAP = 0.5;

    private final GoldSet set;
    private final String body;
    private final Extraction extraction;
    final List<String> misses = new ArrayList<>();

    GoldComparison(GoldSet set, String body, Extraction extraction) {
        this.set = set;
        this.body = body;
        this.extraction = extraction;
    }

    void quotes(List<GoldSet.Said> gold, Score quotes, Score speakers) {
        List<Statement> predicted = statements(StatementKind.DIRECT_QUOTE);
        int matched = 0;
        int attributed = 0;
        boolean[] used = new boolean[predicted.size()];
        for (GoldSet.Said said : gold) {
            Span span = locate(said.excerpt());
            int best = best(span, predicted, used, false);
            if (best < 0) {
                misses.add("missed quote: " + said.excerpt());
                continue;
            }
            used[best] = true;
            matched++;
            if (speakerRight(said.speaker(), predicted.get(best))) {
                attributed++;
            } else {
                misses.add("wrong speaker " + speakerName(predicted.get(best)) + " for: " + said.excerpt());
            }
        }
        extras(predicted, used, "extra quote: ");
        quotes.add(matched, predicted.size(), gold.size());
        speakers.add(attributed, predicted.size(), gold.size());
    }

    void paraphrases(List<GoldSet.Said> gold, Score paraphrases) {
        List<Statement> predicted = statements(StatementKind.PARAPHRASE);
        int matched = 0;
        boolean[] used = new boolean[predicted.size()];
        for (GoldSet.Said said : gold) {
            int best = best(locate(said.excerpt()), predicted, used, true);
            if (best >= 0 && speakerRight(said.speaker(), predicted.get(best))) {
                used[best] = true;
                matched++;
            } else {
                misses.add("missed paraphrase: " + said.speaker() + ": " + said.excerpt());
            }
        }
        extras(predicted, used, "extra paraphrase: ");
        paraphrases.add(matched, predicted.size(), gold.size());
    }

    void reactions(List<GoldSet.Response> gold, Score reactions) {
        Set<String> expected = new LinkedHashSet<>();
        gold.forEach(r -> expected.add(r.actor() + " " + r.stance() + " " + r.targetSpeaker()));
        Set<String> found = new LinkedHashSet<>();
        for (Extraction.Reaction r : extraction.reactions()) {
            int targetSpeaker = extraction.statements().get(r.target()).speaker();
            found.add(actorKey(r.actor()) + " " + r.stance() + " " + actorKey(targetSpeaker));
        }
        int matched = 0;
        for (String r : expected) {
            if (found.contains(r)) {
                matched++;
            } else {
                misses.add("missed reaction: " + r);
            }
        }
        found.stream().filter(r -> !expected.contains(r)).forEach(r -> misses.add("extra reaction: " + r));
        reactions.add(matched, found.size(), expected.size());
    }

    private List<Statement> statements(StatementKind kind) {
        return extraction.statements().stream().filter(s -> s.kind() == kind).toList();
    }

    private int best(Span gold, List<Statement> predicted, boolean[] used, boolean paraphrase) {
        int best = -1;
        double bestOverlap = 0;
        for (int i = 0; i < predicted.size(); i++) {
            Span p = predicted.get(i).excerpt();
            int common = Math.min(gold.end(), p.end()) - Math.max(gold.start(), p.start());
            double overlap = paraphrase
                    ? (double) common / (Math.max(gold.end(), p.end()) - Math.min(gold.start(), p.start()))
                    : (double) common / Math.max(gold.end() - gold.start(), p.end() - p.start());
            boolean sameWords = normal(body.substring(gold.start(), gold.end()))
                    .equals(normal(predicted.get(i).text()));
            if (!used[i] && (sameWords || overlap >= (paraphrase ? PARAPHRASE_OVERLAP : QUOTE_OVERLAP))
                    && (sameWords ? 1.0 : overlap) > bestOverlap) {
                best = i;
                bestOverlap = sameWords ? 1.0 : overlap;
            }
        }
        return best;
    }

    private void extras(List<Statement> predicted, boolean[] used, String label) {
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                misses.add(label + speakerName(predicted.get(i)) + ": " + predicted.get(i).text());
            }
        }
    }

    private boolean speakerRight(String key, Statement statement) {
        return statement.speaker() >= 0 && set.sameActor(key, extraction.actors().get(statement.speaker()));
    }

    private String speakerName(Statement statement) {
        return statement.speaker() < 0 ? "(nobody)" : extraction.actors().get(statement.speaker()).name();
    }

    private String actorKey(int actor) {
        if (actor < 0) {
            return "(nobody)";
        }
        Extraction.Actor a = extraction.actors().get(actor);
        return set.actors().keySet().stream().filter(key -> set.sameActor(key, a)).findFirst().orElse(a.name());
    }

    private Span locate(String excerpt) {
        int at = body.indexOf(excerpt);
        if (at < 0) {
            throw new AssertionError(set.name() + ": gold excerpt not in the cleaned body: " + excerpt);
        }
        return new Span(at, at + excerpt.length());
    }

    private static String normal(String text) {
        return text.replaceAll("[\\p{Punct}“”‘’«»…\\s]+", " ").strip().toLowerCase();
    }
}
