package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stage of the reaction rules a missed gold reaction failed at, so every evaluation run says where recall is
 * lost: no word of response in the sentence, a response word the lexicon lacks, a reaction found here but with the
 * wrong actor or target, the right pair cited in another sentence, an actor or target speaker the extraction does not
 * know or gave no statement, or a cue whose frame the rules did not read.
 */
final class ReactionStages {

    /** The stages, in the order they are tested. */
    enum Stage {
        WRONG_TARGET("found here, right actor, wrong target"),
        WRONG_ACTOR("found here, right target, wrong actor"),
        NO_CUE("no response or judging word in the sentence"),
        CUE_NOT_IN_LEXICON("the gold cue is no lexicon cue (other words may be)"),
        ACTOR_UNKNOWN("actor not in the extraction's cast"),
        TARGET_UNKNOWN("target speaker not in the extraction's cast"),
        TARGET_NO_STATEMENT("target speaker has no extracted statement before or in the sentence"),
        FRAME_NOT_READ("cue, actor and target statement present; not linked");

        final String description;

        Stage(String description) {
            this.description = description;
        }
    }

    private static final int NEARBY = 600;

    private final CorpusArticle article;
    private final Extraction extraction;
    private final BodyAlignment alignment;

    ReactionStages(CorpusArticle article, Extraction extraction, BodyAlignment alignment) {
        this.article = article;
        this.extraction = extraction;
        this.alignment = alignment;
    }

    Stage of(ReactionGold.Item item) {
        int from = article.index(item.excerpt().start());
        int to = article.index(item.excerpt().end());
        boolean actorHere = false;
        boolean targetHere = false;
        int headline = ReactionScoring.headlineEnd(article.raw());
        for (Reaction r : extraction.reactions()) {
            Span raw = alignment.toRaw(r.excerpt());
            if (raw.start() < headline) {
                continue; // not scored, so no report of the pair
            }
            boolean actor = right(r.actor(), item.actor());
            boolean target = right(speaker(r), item.target().speaker());
            if (raw.start() < to && from < raw.end()) {
                actorHere |= actor && !target;
                targetHere |= target && !actor;
            }
        }
        if (actorHere || targetHere) {
            return actorHere ? Stage.WRONG_TARGET : Stage.WRONG_ACTOR;
        }
        List<Token> tokens = Tokens.of(article.raw(), from, to);
        boolean cue = false;
        boolean goldCue = false;
        int at = cueAt(from, to, item.cue());
        for (int i = 0; i < tokens.size(); i++) {
            ResponseCues.Cue c = ResponseCues.at(tokens, i);
            if (c != null) {
                cue = true;
                goldCue |= at >= 0 && tokens.get(c.start()).start() < at + item.cue().length()
                        && at < tokens.get(c.end() - 1).end();
            }
        }
        ResponseCues.Judgement judged = ResponseCues.judgement(tokens, 0, tokens.size());
        if (!cue && judged == null) {
            return Stage.NO_CUE;
        }
        if (!goldCue && (judged == null || at < 0 || !article.raw().startsWith(judged.words(), at)
                && !article.raw().substring(at).toLowerCase(Locale.ROOT).startsWith(judged.words()))) {
            return Stage.CUE_NOT_IN_LEXICON;
        }
        if (actorIndex(item.actor()) < 0) {
            return Stage.ACTOR_UNKNOWN;
        }
        int target = actorIndex(item.target().speaker());
        if (target < 0) {
            return Stage.TARGET_UNKNOWN;
        }
        for (Statement s : extraction.statements()) {
            if (right(s.speaker(), item.target().speaker()) && alignment.toRaw(s.excerpt()).start() < to) {
                return Stage.FRAME_NOT_READ;
            }
        }
        return Stage.TARGET_NO_STATEMENT;
    }

    /** Whether the gold reaction's actor and target speaker are paired by a reaction cited in a sentence nearby. */
    boolean pairedNearby(ReactionGold.Item item) {
        int from = article.index(item.excerpt().start());
        int to = article.index(item.excerpt().end());
        for (Reaction r : extraction.reactions()) {
            Span raw = alignment.toRaw(r.excerpt());
            if ((raw.end() <= from || raw.start() >= to) && raw.end() > from - NEARBY && raw.start() < to + NEARBY
                    && right(r.actor(), item.actor()) && right(speaker(r), item.target().speaker())) {
                return true;
            }
        }
        return false;
    }

    /** Where the gold cue's first word stands in the excerpt (case-insensitive), or -1. */
    private int cueAt(int from, int to, String cue) {
        if (cue == null || cue.isBlank()) {
            return -1;
        }
        String first = cue.strip().split("\\s+")[0];
        Matcher m = Pattern.compile("\\b" + Pattern.quote(first) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(article.raw()).region(from, to);
        return m.find() ? m.start() : -1;
    }

    private int actorIndex(String gold) {
        for (int a = 0; a < extraction.actors().size(); a++) {
            if (right(a, gold)) {
                return a;
            }
        }
        return -1;
    }

    private int speaker(Reaction r) {
        return r.target() < 0 ? -1 : extraction.statements().get(r.target()).speaker();
    }

    private boolean right(int actor, String gold) {
        return actor >= 0 && Words.sameSource(extraction.actors().get(actor), gold);
    }
}
