package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;

import java.util.List;

/**
 * What one article says, before it is matched against the graph. Statements and reactions refer to actors and
 * statements by their index in these lists; spans are [start, end) offsets into the cleaned body.
 */
public record Extraction(List<Actor> actors, List<Statement> statements, List<Reaction> reactions) {

    /**
     * Someone the article names, with every form of the name it uses ("Kremlin spokesperson Dmitry Peskov",
     * "Peskov").
     */
    public record Actor(String name, ActorKind kind, String role, List<String> surfaceForms) {}

    /**
     * A quote or a paraphrase; speaker is an index into actors, or -1 when nobody could be named (the quote is kept:
     * its words are sure even when its speaker is not). Confidence (0..1) says how sure the rule that attributed it
     * is; cue holds the words of the article that attributed it ("said", "told reporters", ":", "according to").
     */
    public record Statement(int speaker, StatementKind kind, String text, Span excerpt, double confidence,
            String cue) {}

    /**
     * An actor's stance towards a statement; response is the statement voicing the reaction, or -1. Confidence (0..1)
     * says how sure the rule that found it is, cue holds the words of the article that signalled it.
     */
    public record Reaction(int actor, Stance stance, int target, int response, Span excerpt, double confidence,
            String cue) {}

    /** A [start, end) range of the cleaned body. */
    public record Span(int start, int end) {}
}
