package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actors responding to what another actor said, with a stance: "X criticized Y's comments", "X voiced
 * skepticism about the idea", "X called Y's statement “dangerous”", "this sentiment was echoed by X and by Y",
 * "…, which was met with rejection by several countries, including A, B and C", "X warned that …". The target is
 * the named speaker's statement, the statement just reported ("this", "it"), or the proposal under discussion ("the
 * idea"): the target of the previous reaction, else the last statement by someone else.
 */
final class Reactions {

    private static final Set<String> NAMING_VERBS = Set.of("called", "calling", "described", "describing", "dubbed",
            "branded", "labelled", "labeled", "termed");
    private static final Set<String> PASSIVE_MARKERS = Set.of("was", "were", "been", "be", "with", "drew", "faced");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "it");
    private static final Set<String> PROPOSAL_NOUNS = Set.of("idea", "proposal", "proposals", "plan", "suggestion",
            "offer", "possibility", "scheme", "move", "call", "calls", "decision", "announcement", "pledge", "appeal");
    private static final Set<String> LINKS = Set.of("about", "on", "to", "with", "at", "of", "over", "for");

    private final String body;
    private final Cast cast;
    private final List<Statement> statements;
    private final List<Reaction> reactions = new ArrayList<>();
    private int topic = -1;

    Reactions(String body, Cast cast, List<Statement> statements) {
        this.body = body;
        this.cast = cast;
        this.statements = statements;
    }

    List<Reaction> find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!s.heading()) {
                Map<String, Reaction> inSentence = new LinkedHashMap<>();
                for (int v = 0; v < s.tokens().size(); v++) {
                    if (!s.quoted(v)) {
                        cue(s, v, inSentence);
                    }
                }
                stancesInContent(s, inSentence);
                for (Reaction r : inSentence.values()) {
                    reactions.add(r);
                    topic = r.target();
                }
            }
        }
        return reactions;
    }

    private void cue(Sentence s, int v, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        Stance stance = null;
        int after = v + 1;
        for (Map.Entry<String, Stance> phrase : Lexicon.REACTION_PHRASES.entrySet()) {
            String[] words = phrase.getKey().split(" ");
            if (matches(t, v, words) && (stance == null || words.length > after - v)) {
                stance = phrase.getValue();
                after = v + words.length;
            }
        }
        boolean naming = NAMING_VERBS.contains(t.get(v).lower());
        if (stance == null && !naming) {
            return;
        }
        if (isPassive(t, v)) {
            passive(s, v, after, stance, found);
            return;
        }
        Mention actor = actorOf(s, v);
        if (actor == null) {
            return;
        }
        int member = cast.resolve(actor);
        int target = target(s, after, stance == Stance.WARNS, member, found);
        if (naming) {
            if (found.containsKey(member + ":" + target)) {
                return; // "welcomed the proposal, calling it a step forward": the main verb already gave the stance
            }
            stance = evaluation(s, after);
        }
        if (stance != null && target >= 0) {
            add(found, s, member, stance, target, new Span(Math.min(actor.start(), t.get(v).start()),
                    s.spanOf(v, s.clauseEnd(v)).end()), body.substring(t.get(v).start(), t.get(after - 1).end()));
        }
    }

    /**
     * A statement reported without a reaction verb can still take a side on the matter under discussion: "confirmed
     * a consensus against sending troops" opposes it, "would lead to a conflict" warns about it.
     */
    private void stancesInContent(Sentence s, Map<String, Reaction> found) {
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            int speaker = st.speaker();
            if (st.kind() != StatementKind.PARAPHRASE || speaker < 0 || st.excerpt().start() < s.span().start()
                    || st.excerpt().start() >= s.span().end()
                    || found.values().stream().anyMatch(r -> r.actor() == speaker)) {
                continue;
            }
            for (Map.Entry<java.util.regex.Pattern, Stance> cue : Lexicon.STANCE_CUES.entrySet()) {
                int target = topic(s, st.speaker());
                if (cue.getKey().matcher(st.text()).find() && target >= 0) {
                    add(found, s, st.speaker(), cue.getValue(), target, st.excerpt(), cue.getKey().pattern());
                    break;
                }
            }
        }
    }

    /** "was echoed by X", "met with skepticism and rejection by A, B and C", "drew criticism from X". */
    private void passive(Sentence s, int v, int after, Stance stance, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int by = after;
        while (by < t.size() && by < after + 5 && !t.get(by).is("by", "from")) {
            Stance more = Lexicon.REACTION_PHRASES.get(t.get(by).lower());
            if (more != null) {
                stance = more; // "skepticism and outright rejection": the last, strongest word sets the stance
            }
            by++;
        }
        if (by >= t.size() || !t.get(by).is("by", "from") || stance == null) {
            return;
        }
        int target = passiveTarget(s, v);
        if (target < 0) {
            return;
        }
        int end = s.clauseEnd(v);
        for (int i = by + 1; i < end; i++) {
            Mention m = Mentions.at(t, i);
            if (m == null || m.type() != Mention.Type.NAME) {
                continue;
            }
            int member = cast.resolve(m);
            Span excerpt = s.spanOf(v, end);
            if (m.kind() == ActorKind.PERSON && member != statements.get(target).speaker()) {
                // The echo is the person's own statement too: "This sentiment was echoed by X".
                Span own = new Span(s.span().start(), m.end());
                statements.add(new Statement(member, StatementKind.PARAPHRASE,
                        body.substring(own.start(), own.end()), own));
            }
            add(found, s, member, stance, target, excerpt, t.get(v).text());
            i = Tokens.indexAt(t, m.end()) - 1;
        }
    }

    private void add(Map<String, Reaction> found, Sentence s, int actor, Stance stance, int target, Span excerpt,
            String cue) {
        if (actor < 0 || statements.get(target).speaker() == actor) {
            return;
        }
        found.put(actor + ":" + target, new Reaction(actor, stance, target, response(s, actor, target), excerpt,
                0.5, cue));
    }

    /** The reacting actor's own words in the same sentence. */
    private int response(Sentence s, int actor, int target) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            Span e = statements.get(i).excerpt();
            if (i != target && statements.get(i).speaker() == actor && e.start() >= s.span().start()
                    && e.start() < s.span().end()) {
                return i;
            }
        }
        return -1;
    }

    private Mention actorOf(Sentence s, int v) {
        for (int k = v; k >= Math.max(0, v - 3); k--) {
            Mention m = s.subjectOf(k);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** What the words after the cue point at: a named speaker, "it"/"this", "the idea", or (warnings) the topic. */
    private int target(Sentence s, int after, boolean warning, int actor, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int i = after;
        while (i < t.size() && LINKS.contains(t.get(i).lower()) && !t.get(i).is("that")) {
            i++;
        }
        if (i >= t.size()) {
            return warning ? topic(s, actor) : -1;
        }
        Mention named = Mentions.at(t, i);
        if (named != null && named.type() != Mention.Type.PRONOUN
                && named.type() != Mention.Type.INDEFINITE_DESCRIPTION) {
            int member = cast.resolve(named);
            return member >= 0 ? latestBy(member, s) : -1;
        }
        if (DEMONSTRATIVES.contains(t.get(i).lower()) && !(t.get(i).is("that") && warning)) {
            if (!found.isEmpty()) {
                return found.values().iterator().next().target(); // "X criticised the plan, and Y rejected it"
            }
            int own = ownEarlier(s, after, actor);
            return own >= 0 ? own : lastBefore(s, actor); // "X suggested …, calling it …": X's own idea
        }
        for (int k = i; k < Math.min(t.size(), i + 4); k++) {
            String noun = t.get(k).lower();
            if (Lexicon.TARGET_NOUNS.contains(noun)) {
                return PROPOSAL_NOUNS.contains(noun) ? topic(s, actor) : lastBefore(s, actor);
            }
        }
        return warning ? topic(s, actor) : -1;
    }

    /** "…, which was met with …" reacts to the statement of the main clause; "This sentiment was …" to the last one. */
    private int passiveTarget(Sentence s, int v) {
        for (int i = 0; i < statements.size(); i++) {
            Span e = statements.get(i).excerpt();
            if (e.start() >= s.span().start() && e.start() < s.tokens().get(v).start()) {
                return i;
            }
        }
        return lastBefore(s);
    }

    private Stance evaluation(Sentence s, int after) {
        Stance stance = null;
        List<Token> t = s.tokens();
        for (int i = after; i < Math.min(t.size(), after + 12); i++) {
            Stance judged = Lexicon.EVALUATIONS.get(t.get(i).lower());
            if (judged == Stance.CRITICIZES) {
                return judged; // "very important and very dangerous" is criticism
            }
            if (judged != null) {
                stance = judged;
            }
        }
        return stance;
    }

    /** The matter under discussion: the latest proposal by someone else, the last target, the last statement. */
    private int topic(Sentence s, int actor) {
        int proposal = -1;
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            boolean before = st.excerpt().start() < s.span().start();
            if (st.speaker() != actor && st.speaker() >= 0 && Lexicon.PROPOSAL_VERBS.matcher(st.text()).find()
                    && (before || proposal < 0)) {
                proposal = i;
            }
        }
        if (proposal >= 0) {
            return proposal;
        }
        if (topic >= 0 && statements.get(topic).speaker() != actor) {
            return topic;
        }
        return lastBefore(s, actor);
    }

    private int ownEarlier(Sentence s, int cue, int actor) {
        for (int i = 0; i < statements.size(); i++) {
            Span e = statements.get(i).excerpt();
            if (statements.get(i).speaker() == actor && e.start() >= s.span().start()
                    && e.start() < s.tokens().get(cue - 1).start()) {
                return i;
            }
        }
        return -1;
    }

    private int latestBy(int member, Sentence s) {
        int first = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).speaker() == member) {
                if (statements.get(i).excerpt().start() >= s.span().start()) {
                    return first >= 0 ? first : i;
                }
                first = i;
            }
        }
        return first;
    }

    private int lastBefore(Sentence s) {
        return lastBefore(s, -2);
    }

    /** The latest statement before this sentence by someone other than the actor. */
    private int lastBefore(Sentence s, int actor) {
        int last = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).excerpt().start() < s.span().start() && statements.get(i).speaker() != actor) {
                last = i;
            }
        }
        return last;
    }

    private static boolean isPassive(List<Token> t, int v) {
        for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
            if (PASSIVE_MARKERS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).lower().endsWith("ly") && !t.get(k).is("met", "outright", "widespread", "strong", "fierce")) {
                return false;
            }
        }
        return false;
    }

    private static boolean matches(List<Token> t, int v, String[] words) {
        if (v + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(v + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
