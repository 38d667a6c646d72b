package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.ReactionTargets.Kind;
import io.newsgraph.ingest.extract.ReactionTargets.Phrase;
import io.newsgraph.ingest.extract.ResponseCues.Cue;
import io.newsgraph.ingest.extract.ResponseCues.Form;
import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actors responding to what another actor said. A word of response (ResponseCues: "rejected", "fired back",
 * "took issue with", "criticism from") is tied to who responds — its subject ("Khan rejected", "Cruz and Trump have
 * slammed", "the Clinton campaign pushed back"), the agent of a passive ("was echoed by X", "drew criticism from X")
 * or the speaker of a quote in which "I"/"we" respond — and to what is answered (ReactionTargets): "Trump's offer",
 * "comments by X", "Obama for suggesting ...", "the idea", or, for a bare answer ("fired back"), the last thing
 * someone else said. Each reaction carries the stance of its cue (for an answer, of what it answers: charges are
 * rejected), a confidence by how explicit its target is, the cue's words, and the actor's own words as response.
 */
final class Reactions {

    private static final Set<String> BE = Set.of("was", "were", "been", "be", "being", "is", "are", "get", "got");
    private static final Set<String> NOUN_VERBS = Set.of("with", "drew", "faced", "drawn", "draws", "triggered",
            "sparked", "prompted", "met", "received", "earned", "won");
    private static final Set<String> REFUSALS = Set.of("refused", "refuses", "declined", "declines", "refusing");
    private static final Set<String> GROUP_HEADS = Set.of("campaign", "camp", "office", "team", "aides", "allies");
    private static final Set<String> LINKS = Set.of("to", "on", "at", "against", "with", "about", "over", "back",
            "off", "up", "aside", "down", "out", "strongly", "sharply", "publicly", "quickly", "repeatedly", "again",
            "also", "immediately", "swiftly", "forcefully", "fully", "firmly", "directly", "indirectly", "even");
    private static final Set<String> BARE_FOLLOWERS = Set.of("by", "that", "with", "in", "after", "when", "saying",
            "and", "but", "as", "first", "later", "immediately", "sharply", "angrily", "swiftly", "quickly", "today",
            "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PRE_VERB = Set.of("since", "already", "now", "just", "reportedly", "each",
            "both", "all", "themselves", "promptly", "initially", "subsequently", "swiftly", "quickly");
    private static final int RESPONSE_REACH = 400;

    private final String body;
    private final Cast cast;
    private final List<Statement> statements;
    private final List<Reaction> reactions = new ArrayList<>();
    private ReactionTargets targets;
    /** Whether the sentence before reported a reaction: a bare warning then joins the discussion. */
    private boolean discussing;

    Reactions(String body, Cast cast, List<Statement> statements) {
        this.body = body;
        this.cast = cast;
        this.statements = statements;
    }

    List<Reaction> find(List<Sentence> sentences) {
        targets = new ReactionTargets(body, cast, statements, sentences);
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            Map<String, Reaction> found = new LinkedHashMap<>();
            for (int v = 0; v < s.tokens().size(); v++) {
                Cue cue = ResponseCues.at(s.tokens(), v);
                if (cue != null && !negated(s, v)) {
                    if (s.quoted(v)) {
                        ownWords(s, cue, found);
                    } else {
                        reported(s, cue, found);
                    }
                    v = cue.end() - 1;
                }
            }
            stancesInContent(s, found);
            for (Reaction r : found.values()) {
                reactions.add(r);
                targets.discussed(r.target());
            }
            discussing = !found.isEmpty();
        }
        return reactions;
    }

    /** A response the article reports: "X rejected Y's offer", "Y's remarks were echoed by X". */
    private void reported(Sentence s, Cue cue, Map<String, Reaction> found) {
        int agent = agentMarker(s, cue);
        if (agent >= 0) {
            passive(s, cue, agent, found);
            return;
        }
        List<Mention> actors = new ArrayList<>();
        if (cue.form() == Form.NOUN) {
            Mention m = nounActor(s, cue);
            if (m != null) {
                actors.add(m);
            }
        } else {
            actors.addAll(subjects(s, cue.start()));
        }
        for (Mention m : actors) {
            int actor = cast.resolve(m);
            if (actor >= 0) {
                answer(s, cue, actor, found);
            }
        }
    }

    /** The target of an actor's response after its cue, and the reaction if there is one. */
    private void answer(Sentence s, Cue cue, int actor, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int i = cue.end();
        boolean object = false;
        while (i < t.size() && (Lexicon.NOT_NAMES.contains(t.get(i).text()) && t.get(i).isCapitalized()
                && !t.get(i).is("The", "This", "That", "These", "Those", "His", "Her")
                || LINKS.contains(t.get(i).lower()) || t.get(i).lower().endsWith("ly") && !t.get(i).isCapitalized())) {
            object |= t.get(i).is("to", "on", "at", "against", "about", "over", "with");
            i++; // "rejected Trump's offer" after "rejected on Tuesday", "pushed back against"
        }
        boolean bare = !object && (i >= t.size() || !t.get(i).isWord() || BARE_FOLLOWERS.contains(t.get(i).lower()));
        Phrase p = targets.at(s, i);
        int end = s.clauseEnd(cue.start());
        int target = -1;
        double confidence = 0;
        if (p.kind() == Kind.STATEMENT) {
            target = targets.statement(s, p, actor);
            confidence = 0.85;
        } else if (p.kind() == Kind.PERSON) {
            int words = targets.wordsNamed(s, p.to(), t.size());
            if (words >= 0 || cue.form() == Form.PERSON) {
                target = words >= 0 ? targets.personsWords(s, p, words, actor) : targets.statement(s, p, actor);
                confidence = 0.75;
            }
        } else if (p.kind() == Kind.ANAPHOR) {
            if (cue.form() == Form.NAMING && p.noun() == null && ownEarlier(s, cue.start(), actor)) {
                return; // "X suggested …, calling it …": X's own idea
            }
            boolean same = p.noun() == null && !found.isEmpty(); // "X criticised the plan, and Y rejected it"
            target = same ? found.values().iterator().next().target()
                    : targets.referent(s, p, actor, cue.stance() == Stance.ECHOES);
            confidence = 0.6;
        } else if (bare && cue.form() == Form.REPLY) {
            target = targets.answered(s, actor); // "Sanders shot back, …"
            confidence = 0.45;
        } else if (bare && cue.stance() == Stance.WARNS && (discussing || !found.isEmpty())) {
            target = targets.topic(s, t.get(cue.start()).start(), actor, "idea"); // "… also warned that …"
            confidence = 0.4;
        }
        Stance stance = cue.stance();
        if (cue.form() == Form.NAMING) {
            stance = p.kind() == Kind.PERSON ? null : evaluation(s, Math.max(i, p.to()));
        } else if (cue.form() == Form.REPLY || cue.form() == Form.NOUN) {
            Stance answering = ResponseCues.answering(p.noun());
            Stance judged = cue.start() > 0 ? Lexicon.EVALUATIONS.get(t.get(cue.start() - 1).lower()) : null;
            stance = judged != null ? judged : answering != null ? answering : stance; // "a damning reaction"
        }
        if (stance != null && target >= 0) {
            add(found, s, actor, stance, target, confidence, cue.text(t, body), cue.form() != Form.NAMING);
        }
    }

    /**
     * "Y's remarks were echoed by X", "Trump was attacked by Clinton for suggesting …", "the proposal drew criticism
     * from X", "…, which was met with skepticism and outright rejection by several countries, including A, B and C".
     */
    private void passive(Sentence s, Cue cue, int agent, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        Stance judged = cue.start() > 0 ? Lexicon.EVALUATIONS.get(t.get(cue.start() - 1).lower()) : null;
        Stance stance = judged != null ? judged : cue.stance(); // "triggered a damning reaction from X"
        for (int k = cue.end(); k < agent; k++) {
            Cue more = ResponseCues.at(t, k);
            if (more != null && more.stance() != null) {
                stance = more.stance(); // "skepticism and outright rejection": the last, strongest word sets the stance
            }
        }
        int subjectEnd = cue.start();
        while (subjectEnd > 0 && (BE.contains(t.get(subjectEnd - 1).lower()) || NOUN_VERBS.contains(
                t.get(subjectEnd - 1).lower()) || t.get(subjectEnd - 1).lower().endsWith("ly")
                || t.get(subjectEnd - 1).is("has", "have", "had", "a", "an", "the", "harsh", "fierce", "strong",
                "widespread", "outright", "damning", "sharp", "quickly", "also"))) {
            subjectEnd--;
        }
        int end = s.clauseEnd(cue.start());
        boolean listed = false;
        for (int i = agent + 1; i < end; i++) {
            Mention m = Mentions.at(t, i);
            if (m == null || m.type() != Mention.Type.NAME || modifier(t, m)) {
                if (listed && !t.get(i).is(",", "and", "or", "including", "by", "as", "well", "such")) {
                    break; // "by X, who called …": the list of agents is over
                }
                if (m != null) {
                    i = Tokens.indexAt(t, m.end()) - 1;
                }
                continue;
            }
            listed = true;
            int actor = cast.resolve(m);
            int target = passiveTarget(s, subjectEnd, agent, actor);
            if (target >= 0 && stance != null) {
                if (stance == Stance.ECHOES && m.kind() == ActorKind.PERSON && actor >= 0) {
                    // The echo is the person's own statement too: "This sentiment was echoed by X".
                    Span own = new Span(s.span().start(), m.end());
                    statements.add(new Statement(actor, StatementKind.PARAPHRASE,
                            body.substring(own.start(), own.end()), own));
                }
                add(found, s, actor, stance, target, 0.75, cue.text(t, body), true);
            }
            i = Tokens.indexAt(t, m.end()) - 1;
        }
    }

    /** What a passive response answers: its subject, or the statement of the clause a "which" points back to. */
    private int passiveTarget(Sentence s, int subjectEnd, int agent, int actor) {
        List<Token> t = s.tokens();
        if (subjectEnd > 0 && t.get(subjectEnd - 1).is("which")) {
            for (int i = 0; i < statements.size(); i++) {
                Span e = statements.get(i).excerpt();
                if (e.start() >= s.span().start() && e.start() < t.get(subjectEnd - 1).start()) {
                    return i;
                }
            }
            return targets.lastBefore(s, actor);
        }
        Phrase p = targets.ending(s, subjectEnd);
        if (p.kind() != Kind.NONE && p.from() >= 2 && t.get(p.from() - 1).is("with", "of", "over", "about", "on")) {
            Phrase head = targets.ending(s, p.from() - 1); // "Trump’s row with the Khan family drew …"
            p = head.kind() != Kind.NONE ? head : p;
        }
        if (p.kind() == Kind.NONE) {
            p = firstPhrase(s, subjectEnd);
        }
        if (p.kind() == Kind.PERSON) {
            int words = targets.wordsNamed(s, agent, s.clauseEnd(agent));
            return targets.personsWords(s, p, words >= 0 ? words : p.to(), actor);
        }
        return p.kind() == Kind.NONE ? -1 : targets.statement(s, p, actor);
    }

    /** "I reject …", "We disagree with those claims": a response in the speaker's own quoted words. */
    private void ownWords(Sentence s, Cue cue, Map<String, Reaction> found) {
        int j = s.beforeAuxiliaries(cue.start());
        if (j < 0 || !s.tokens().get(j).is("I", "we") || cue.form() == Form.NOUN) {
            return;
        }
        int at = s.tokens().get(cue.start()).start();
        for (Statement st : statements) {
            if (st.kind() == StatementKind.DIRECT_QUOTE && st.speaker() >= 0 && st.excerpt().start() <= at
                    && at < st.excerpt().end()) {
                answer(s, cue, st.speaker(), found);
                return;
            }
        }
    }

    /**
     * A statement reported without a reaction verb can still take a side on the matter under discussion: "confirmed
     * a consensus against sending troops" opposes it, "would lead to a conflict" warns about it.
     */
    private void stancesInContent(Sentence s, Map<String, Reaction> found) {
        for (Statement st : List.copyOf(statements)) {
            int speaker = st.speaker();
            if (st.kind() != StatementKind.PARAPHRASE || speaker < 0 || st.excerpt().start() < s.span().start()
                    || st.excerpt().start() >= s.span().end()
                    || found.values().stream().anyMatch(r -> r.actor() == speaker)) {
                continue;
            }
            for (Map.Entry<java.util.regex.Pattern, Stance> cue : Lexicon.STANCE_CUES.entrySet()) {
                java.util.regex.Matcher matcher = cue.getKey().matcher(st.text());
                int target = targets.topic(s, st.excerpt().start(), speaker, "idea");
                if (matcher.find() && target >= 0) {
                    add(found, s, speaker, cue.getValue(), target, 0.4, matcher.group(), false);
                    break;
                }
            }
        }
    }

    /**
     * Records a reaction of the sentence, one per actor and target speaker: a later cue of the sentence overrides an
     * earlier one ("voiced skepticism about the idea, warning that …" warns) unless it only names ("calling it …").
     */
    private void add(Map<String, Reaction> found, Sentence s, int actor, Stance stance, int target, double confidence,
            String cue, boolean overrides) {
        int speaker = statements.get(target).speaker();
        if (actor < 0 || speaker < 0 || speaker == actor || !overrides && found.containsKey(actor + ":" + speaker)) {
            return;
        }
        found.put(actor + ":" + speaker, new Reaction(actor, stance, target, response(s, actor, target), s.span(),
                confidence, cue));
    }

    /** The reacting actor's own words: in the same sentence, else just after it. */
    private int response(Sentence s, int actor, int target) {
        int next = -1;
        for (int i = 0; i < statements.size(); i++) {
            Span e = statements.get(i).excerpt();
            if (i == target || statements.get(i).speaker() != actor) {
                continue;
            }
            if (e.start() >= s.span().start() && e.start() < s.span().end()) {
                return i;
            }
            if (e.start() >= s.span().end() && e.start() < s.span().end() + RESPONSE_REACH
                    && (next < 0 || e.start() < statements.get(next).excerpt().start())) {
                next = i;
            }
        }
        return next;
    }

    /**
     * Who responds with the cue at token v: its subject, with those coordinated with it ("Cruz and Trump have
     * slammed"), a campaign or office of a named person ("the Clinton campaign pushed back"), or the name after an
     * answer to a quote ("“No,” replied Jeff Zucker").
     */
    private List<Mention> subjects(Sentence s, int v) {
        List<Token> t = s.tokens();
        boolean afterQuote = v >= 1 && (t.get(v - 1).is("”", "\"", "''")
                || v >= 2 && t.get(v - 1).is(",") && t.get(v - 2).is("”", "\"", "''"));
        ResponseCues.Cue cue = ResponseCues.at(t, v);
        if (afterQuote && cue != null && cue.end() < t.size()) {
            Mention after = Mentions.at(t, cue.end());
            return after != null && after.type() == Mention.Type.NAME ? List.of(after) : List.of();
        }
        int j = s.beforeAuxiliaries(v);
        while (j >= 1 && PRE_VERB.contains(t.get(j).lower())) {
            j = s.beforeAuxiliaries(j); // "… have since denounced"
        }
        j = skipParenthesis(t, j);
        Mention m = group(s, j);
        if (m == null && j >= 0 && t.get(j).isWord() && !s.quoted(j)) {
            m = Mentions.endingAt(t, j);
            if (m != null && (s.followedByPossessive(m) || m.type() == Mention.Type.INDEFINITE_DESCRIPTION)) {
                m = null;
            }
        }
        if (m == null) {
            m = s.subjectOf(v);
        }
        List<Mention> result = new ArrayList<>();
        if (m == null) {
            return result;
        }
        result.add(m);
        int k = Tokens.indexAt(t, m.start()) - 1;
        boolean list = k >= 1 && t.get(k).is("and");
        while (list && k >= 1 && t.get(k).is("and", ",") && m.type() == Mention.Type.NAME) {
            int before = skipParenthesis(t, t.get(k - 1).is(",") ? k - 2 : k - 1);
            Mention other = before >= 0 && t.get(before).isWord() ? Mentions.endingAt(t, before) : null;
            if (other == null || other.type() != Mention.Type.NAME) {
                break;
            }
            result.add(0, other);
            k = Tokens.indexAt(t, other.start()) - 1;
        }
        return result;
    }

    /** "the Clinton campaign", "Gowdy’s office": an organisation named after a person, ending at token j. */
    private static Mention group(Sentence s, int j) {
        List<Token> t = s.tokens();
        if (j < 1 || !GROUP_HEADS.contains(t.get(j).lower())) {
            return null;
        }
        int nameEnd = t.get(j - 1).isPossessive() ? j - 2 : j - 1;
        Mention named = nameEnd >= 0 ? Mentions.endingAt(t, nameEnd) : null;
        if (named == null || named.type() != Mention.Type.NAME || named.kind() != ActorKind.PERSON) {
            return null;
        }
        String surname = named.name().substring(named.name().lastIndexOf(' ') + 1);
        return new Mention(named.start(), t.get(j).end(), named.surface() + " " + t.get(j).text(),
                surname + " " + t.get(j).lower(), null, ActorKind.ORGANISATION, Mention.Gender.UNKNOWN,
                Mention.Type.NAME);
    }

    /**
     * Who responds with a noun of response: the owner ("Her comments are in response to …", "X's criticism"), else
     * the first one named in the sentence ("Cruz took the stage with a shot at Trump").
     */
    private Mention nounActor(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int v = cue.start();
        while (v > 0 && Lexicon.EVALUATIONS.containsKey(t.get(v - 1).lower())) {
            v--; // "a damning reaction"
        }
        if (v >= 2 && t.get(v - 1).isPossessive()) {
            return Mentions.endingAt(t, v - 2);
        }
        if (v >= 1 && t.get(v - 1).is("his", "her")) {
            return ReactionTargets.pronoun(t.get(v - 1));
        }
        if (v >= 2 && t.get(v - 1).is("in") && BE.contains(t.get(v - 2).lower())) {
            Phrase subject = firstPhrase(s, v);
            return subject.kind() == Kind.STATEMENT ? subject.speaker() : null; // "Her comments are in response to"
        }
        if (v >= 1 && t.get(v - 1).text().equals("In")) { // "In response to …, X said"
            for (int k = cue.end(); k < t.size(); k++) {
                if (t.get(k).is(",") && !s.quoted(k) && k + 1 < t.size()) {
                    Mention m = Mentions.at(t, k + 1);
                    return m != null && !s.followedByPossessive(m) ? m : null;
                }
            }
            return null;
        }
        return clauseSubject(s, v);
    }

    /** The last name before token v that opens a clause ("According to Variety, CNN has …" gives CNN). */
    private static Mention clauseSubject(Sentence s, int v) {
        List<Token> t = s.tokens();
        Mention subject = null;
        for (int k = 0; k < v; k++) {
            Mention m = s.quoted(k) ? null : Mentions.at(t, k);
            if (m == null) {
                continue;
            }
            boolean opens = k == 0 || !t.get(k - 1).isWord() || t.get(k - 1).is("and", "but", "while");
            if (opens && m.type() != Mention.Type.INDEFINITE_DESCRIPTION && !s.followedByPossessive(m)
                    && !modifier(t, m)) {
                subject = m;
            }
            k = Tokens.indexAt(t, m.end()) - 1;
        }
        return subject;
    }

    /** A name used as a modifier ("GOP presidential hopefuls", "Jewish groups"), not as someone. */
    private static boolean modifier(List<Token> t, Mention m) {
        int next = Tokens.indexAt(t, m.end());
        if (next >= t.size() || !t.get(next).isWord() || t.get(next).isCapitalized()) {
            return false;
        }
        String w = t.get(next).lower();
        return Lexicon.isTitle(w) && !w.equals("said") || w.endsWith("s") && !w.endsWith("ss")
                && !Set.of("was", "is", "has", "says", "does", "thinks", "believes", "hopes", "as").contains(w)
                && !Lexicon.REPORTING_VERBS.contains(w) && ResponseCues.at(t, next) == null;
    }

    /** The first phrase of the sentence before token end that refers to someone or something said. */
    private Phrase firstPhrase(Sentence s, int end) {
        for (int k = 0; k < end; k++) {
            if (!s.quoted(k)) {
                Phrase p = targets.at(s, k);
                if (p.kind() != Kind.NONE && p.kind() != Kind.ANAPHOR && p.to() <= end) {
                    return p;
                }
            }
        }
        return Phrase.NONE;
    }

    /**
     * The token introducing the agent of a passive or of a noun of response ("by" in "was echoed by", "from" in
     * "drew criticism from"), or -1.
     */
    private static int agentMarker(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int before = cue.start() - 1;
        while (before >= 0 && (t.get(before).lower().endsWith("ly") || t.get(before).is("outright", "widespread",
                "strong", "fierce", "harsh", "damning", "sharp", "a", "an", "the", "also", "quickly"))) {
            before--;
        }
        boolean passive = before >= 0 && (BE.contains(t.get(before).lower()) || cue.form() == Form.NOUN
                && NOUN_VERBS.contains(t.get(before).lower()));
        if (!passive && cue.form() != Form.NOUN) {
            return -1;
        }
        for (int k = cue.end(); k < Math.min(t.size(), cue.end() + 6); k++) {
            if (t.get(k).is("by", "from")) {
                return passive || k == cue.end() ? k : -1;
            }
            if (!t.get(k).isWord() || !(t.get(k).is("and", "or") || ResponseCues.at(t, k) != null
                    || t.get(k).lower().endsWith("ly") || t.get(k).is("outright", "widespread", "strong"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "did not reject", "never criticized", "refused to condemn". */
    private static boolean negated(Sentence s, int v) {
        List<Token> t = s.tokens();
        for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
            String w = t.get(k).lower();
            if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.equals("to") && k > 0
                    && REFUSALS.contains(t.get(k - 1).lower())) {
                return true;
            }
            if (!w.endsWith("ly") && !w.equals("to") && !w.equals("yet") && !w.equals("even")) {
                return false;
            }
        }
        return false;
    }

    private boolean ownEarlier(Sentence s, int cue, int actor) {
        for (Statement st : statements) {
            if (st.speaker() == actor && st.excerpt().start() >= s.span().start()
                    && st.excerpt().start() < s.tokens().get(cue).start()) {
                return true;
            }
        }
        return false;
    }

    private static Stance evaluation(Sentence s, int after) {
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

    private static int skipParenthesis(List<Token> t, int j) {
        if (j >= 1 && t.get(j).is(")")) {
            for (int k = j - 1; k >= 0; k--) {
                if (t.get(k).is("(")) {
                    return k - 1;
                }
            }
        }
        return j;
    }
}
