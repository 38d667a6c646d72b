package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the final extraction from the cast: only actors that speak or react are kept, renumbered in order of first
 * use, and every statement and reaction is rewritten to the new numbers.
 */
final class ActorList {

    private ActorList() {}

    static Extraction compact(Cast cast, List<Statement> statements, List<Reaction> reactions) {
        Map<Integer, Integer> index = new HashMap<>();
        List<Extraction.Actor> actors = new ArrayList<>();
        List<Statement> renumberedStatements = new ArrayList<>();
        for (Statement s : statements) {
            renumberedStatements.add(new Statement(use(s.speaker(), cast, index, actors), s.kind(), s.text(),
                    s.excerpt(), s.confidence(), s.cue()));
        }
        List<Reaction> renumberedReactions = new ArrayList<>();
        for (Reaction r : reactions) {
            renumberedReactions.add(new Reaction(use(r.actor(), cast, index, actors), r.stance(), r.target(),
                    r.response(), r.excerpt(), r.confidence(), r.cue()));
        }
        return new Extraction(List.copyOf(actors), List.copyOf(renumberedStatements), List.copyOf(renumberedReactions));
    }

    private static int use(int member, Cast cast, Map<Integer, Integer> index, List<Extraction.Actor> actors) {
        if (member < 0) {
            return -1;
        }
        return index.computeIfAbsent(member, m -> {
            Cast.Member c = cast.member(m);
            actors.add(new Extraction.Actor(ActorNames.clean(c.name, c.kind), c.kind, ActorNames.cleanRole(c.role),
                    ActorNames.cleanForms(c.forms, c.kind)));
            return actors.size() - 1;
        });
    }
}
