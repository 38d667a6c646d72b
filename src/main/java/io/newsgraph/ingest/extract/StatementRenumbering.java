package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * Drops statements and points the reactions at the ones kept: the reactions' target and response are indexes into
 * the statements, so every step that removes statements (made-up targets no reaction used, paraphrases of actors
 * that are no names) must renumber them the same way.
 */
final class StatementRenumbering {

    private StatementRenumbering() {}

    /**
     * Keeps, of the statements from {@code from} on, those {@code keep} accepts, as {@code rewrite} makes them, in
     * their order (the list is changed in place), and returns the new index of every old one: the same below
     * {@code from}, -1 for a statement dropped.
     */
    static int[] keep(List<Statement> statements, int from, IntPredicate keep, UnaryOperator<Statement> rewrite) {
        int[] index = new int[statements.size()];
        List<Statement> kept = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (i < from) {
                index[i] = i;
            } else if (keep.test(i)) {
                index[i] = from + kept.size();
                kept.add(rewrite.apply(statements.get(i)));
            } else {
                index[i] = -1;
            }
        }
        statements.subList(from, statements.size()).clear();
        statements.addAll(kept);
        return index;
    }

    /** The reaction by {@code actor}, its target and response (-1 stays -1) renumbered by {@link #keep}'s index. */
    static Reaction renumbered(Reaction r, int actor, int[] index) {
        return new Reaction(actor, r.stance(), index[r.target()], r.response() < 0 ? -1 : index[r.response()],
                r.excerpt(), r.confidence(), r.cue());
    }
}
