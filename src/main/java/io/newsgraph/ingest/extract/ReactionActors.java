package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.ReactionTargets.Kind;
import io.newsgraph.ingest.extract.ReactionTargets.Phrase;
import io.newsgraph.ingest.extract.ResponseCues.Cue;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who responds with a cue: its subject, with those coordinated with it ("Cruz and Trump have slammed"), a campaign
 * or office of a named person ("the Clinton campaign pushed back"), the name after an answer to a quote ("“No,”
 * replied Jeff Zucker"), the one named after an opening phrase ("Asked about Cruz's charges, Rubio said", "After
 * blasting the Drudge Report, Beck …"), the object of a verb of control ("forced Trump to respond"), the owner of
 * a noun of response ("Her comments are in response to …") or the agents of a passive ("was echoed by A and B").
 */
final class ReactionActors {

    private static final Set<String> GROUP_HEADS = Set.of("campaign", "camp", "office", "team", "aides", "allies");
    private static final Set<String> PRE_VERB = Set.of("since", "already", "now", "just", "reportedly", "each",
            "both", "all", "themselves", "promptly", "initially", "subsequently", "swiftly", "quickly", "even", "also",
            "later", "then", "again", "still", "too", "once", "first");
    private static final Set<String> OPENERS = Set.of("Asked", "After", "Before", "While", "In", "Upon", "By", "When");
    private static final Set<String> BE = Set.of("was", "were", "been", "be", "being", "is", "are", "get", "got");
    private static final Set<String> AGENT_LIST = Set.of(",", "and", "or", "including", "by", "as", "well", "such");
    private static final Set<String> NOT_PLURAL_VERBS = Set.of("was", "is", "has", "says", "does", "thinks",
            "believes", "hopes", "as");

    private ReactionActors() {}

    /** Who responds with the cue at token v of the sentence (possibly several), or none. */
    static List<Mention> subjects(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int v = cue.start();
        boolean afterQuote = v >= 2 && t.get(v - 1).is("”", "\"", "''") && s.quoted(v - 2)
                || v >= 2 && t.get(v - 1).is(",") && t.get(v - 2).is("”", "\"", "''");
        if (afterQuote && cue.end() < t.size()) {
            Mention after = Mentions.at(t, cue.end());
            return after != null && after.type() == Mention.Type.NAME ? List.of(after) : List.of();
        }
        Mention opened = afterOpening(s, v);
        if (opened != null) {
            return List.of(opened);
        }
        int j = s.beforeAuxiliaries(v);
        if (j >= 1 && s.quoted(v) && !t.get(j).isWord() && !s.quoted(j - 1)) {
            j = s.beforeAuxiliaries(j); // he “rejects Donald Trump's latest comments”: the subject before the quote
        }
        while (j >= 1 && PRE_VERB.contains(t.get(j).lower())) {
            j = s.beforeAuxiliaries(j); // "… have since denounced"
        }
        if (j >= 1 && t.get(j).is("to") && !s.quoted(j)) {
            Mention object = t.get(j - 1).isWord() ? Mentions.endingAt(t, j - 1) : null;
            if (object != null && object.type() == Mention.Type.NAME) {
                return List.of(object); // "forced Trump to respond"
            }
            boolean wentOn = j >= 2 && t.get(j - 1).is("on") && t.get(j - 2).is("went", "go", "goes", "going");
            j = s.beforeAuxiliaries(wentOn ? j - 2 : j - 1); // "continued to refute", "went on to rebut"
        }
        j = skipParenthesis(t, j);
        Mention m = group(s, j);
        if (m == null && j >= 2 && ReactionTargets.isNoun(t.get(j)) && t.get(j - 1).isPossessive()) {
            m = Mentions.endingAt(t, j - 2); // "Trump's tweet discrediting the report"
        }
        if (m == null && j >= 0 && t.get(j).isWord() && !s.quoted(j)) {
            m = Mentions.endingAt(t, j);
            if (m != null && (s.followedByPossessive(m) || m.type() == Mention.Type.INDEFINITE_DESCRIPTION)) {
                m = null;
            }
        }
        if (m == null) {
            m = s.subjectOf(v);
        }
        if (m == null && j >= 1 && !s.quoted(j)) {
            m = roleDescription(s, j);
        }
        List<Mention> result = new ArrayList<>();
        int at = m == null ? -1 : Tokens.indexAt(t, m.start());
        if (m == null || at >= 1 && t.get(at - 1).is("of") && m.kind() != ActorKind.PERSON) {
            return result; // "65 percent of Republicans supported …": a share of a group
        }
        result.add(beyondApposition(s, personDescribed(t, m)));
        Mention second = coordinatedAfterApposition(s, m, s.beforeAuxiliaries(v));
        if (second != null) {
            result.add(second);
        }
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

    /**
     * Who responds with a noun of response: the owner ("X's criticism", "his response"), the subject of "… are in
     * response to" (a statement's owner: "Her comments"), the one named after "In response to …,", else the name
     * that opens the clause ("Cruz took the stage with a shot at Trump").
     */
    static Mention ofNoun(Sentence s, Cue cue, ReactionTargets targets) {
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
            Phrase subject = firstPhrase(s, v, targets);
            return subject.kind() == Kind.STATEMENT ? subject.speaker() : null; // "Her comments are in response to"
        }
        if (v >= 1 && t.get(v - 1).text().equals("In")) { // "In response to …, X said"
            return afterComma(s, cue.end());
        }
        return clauseSubject(s, v);
    }

    /**
     * The agents of a passive after "by"/"from" (token agent) up to token end: a name, or a list of names ("by several
     * countries, including A, B and C"); names used as modifiers ("GOP presidential hopefuls") are passed over.
     */
    static List<Mention> agents(Sentence s, int agent, int end) {
        List<Token> t = s.tokens();
        List<Mention> result = new ArrayList<>();
        for (int i = agent + 1; i < end; i++) {
            Mention m = Mentions.at(t, i);
            if (m == null || m.type() != Mention.Type.NAME || modifier(t, m)) {
                if (!result.isEmpty() && !AGENT_LIST.contains(t.get(i).lower())) {
                    break; // "by X, who called …": the list of agents is over
                }
                if (m != null) {
                    i = Tokens.indexAt(t, m.end()) - 1;
                }
                continue;
            }
            result.add(m);
            i = Tokens.indexAt(t, m.end()) - 1;
        }
        return result;
    }

    /** The first phrase of the sentence before token end that refers to someone or something said. */
    static Phrase firstPhrase(Sentence s, int end, ReactionTargets targets) {
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

    /** A name used as a modifier ("GOP presidential hopefuls", "Jewish groups"), not as someone. */
    static boolean modifier(List<Token> t, Mention m) {
        int next = Tokens.indexAt(t, m.end());
        if (next >= t.size() || !t.get(next).isWord() || t.get(next).isCapitalized()) {
            return false;
        }
        String w = t.get(next).lower();
        return Lexicon.isTitle(w) || w.endsWith("s") && !w.endsWith("ss") && !NOT_PLURAL_VERBS.contains(w)
                && !Lexicon.REPORTING_VERBS.contains(w) && ResponseCues.at(t, next) == null;
    }

    /**
     * "Cruz and Rubio … both locked on Trump instead. They pushed him … and reprimanded him": a sentence opening on
     * "They", whose cue has no other subject, speaks of the names coordinated as the subject of the sentence before.
     */
    static List<Mention> they(Sentence s, Cue cue, Sentence previous) {
        List<Token> t = s.tokens();
        int first = s.firstWord();
        if (previous == null || first < 0 || !t.get(first).text().equals("They") || s.quoted(first)) {
            return List.of();
        }
        List<Token> before = previous.tokens();
        List<Mention> names = new ArrayList<>();
        int k = previous.firstWord();
        while (k >= 0 && k < before.size()) {
            Mention m = Mentions.at(before, k);
            if (m == null || m.type() != Mention.Type.NAME || m.kind() != ActorKind.PERSON) {
                break;
            }
            names.add(m);
            k = Tokens.indexAt(before, m.end());
            while (k < before.size() && before.get(k).is(",", "and")) {
                k++;
            }
        }
        return names.size() >= 2 ? names : List.of();
    }

    /**
     * "The British capital's new mayor", ending at token j on a role: a description of a person, who may be named only
     * later; or null.
     */
    private static Mention roleDescription(Sentence s, int j) {
        List<Token> t = s.tokens();
        if (t.get(j).isCapitalized() || !Lexicon.isTitle(t.get(j).lower())) {
            return null;
        }
        for (int k = j - 1; k >= Math.max(0, j - 6) && (t.get(k).isWord() || t.get(k).isPossessive()); k--) {
            if (t.get(k).is("the")) {
                Span span = s.spanOf(k, j + 1);
                String surface = String.join(" ", t.subList(k, j + 1).stream().map(Token::text).toList());
                return new Mention(span.start(), span.end(), surface, null, t.get(j).lower(), ActorKind.PERSON,
                        Mention.Gender.UNKNOWN, Mention.Type.DEFINITE_DESCRIPTION);
            }
        }
        return null;
    }

    /**
     * The person a body's name only describes: "White House hopeful Hillary Clinton", "Kremlin spokesman Dmitry
     * Peskov" (one or two lower-case words, no verb, between the body and the person's name); else the mention.
     */
    private static Mention personDescribed(List<Token> t, Mention m) {
        if (m.type() != Mention.Type.NAME || m.kind() == ActorKind.PERSON) {
            return m;
        }
        int k = Tokens.indexAt(t, m.end());
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            Token w = t.get(j);
            if (w.isCapitalized() && j > k) {
                Mention person = Mentions.at(t, j);
                return person != null && person.type() == Mention.Type.NAME && person.kind() == ActorKind.PERSON
                        ? person : m;
            }
            String word = w.lower();
            if (!w.isWord() || w.isCapitalized() || word.endsWith("ed") || Lexicon.isReportingVerb(word)
                    || ResponseCues.at(t, j) != null || BE.contains(word) || NOT_PLURAL_VERBS.contains(word)) {
                return m;
            }
        }
        return m;
    }

    /** "Asked about X's charges, Rubio said …", "After blasting the Drudge Report, Glenn Beck …": the name after. */
    private static Mention afterOpening(Sentence s, int v) {
        int first = s.firstWord();
        if (first < 0 || first > v || !(first == v || OPENERS.contains(s.tokens().get(first).text()))) {
            return null;
        }
        for (int k = first; k < v; k++) {
            if (s.tokens().get(k).is(",") && !s.quoted(k)) {
                return null; // the cue is not in the opening phrase
            }
        }
        boolean finite = !s.tokens().get(v).lower().endsWith("ing") && first != v && first + 1 < v
                && Mentions.at(s.tokens(), first + 1) != null;
        if (finite) {
            return null; // "While Clinton has condemned …, the groups say": the clause has its own subject
        }
        return s.tokens().get(v).lower().endsWith("ing") || first != v ? afterComma(s, v + 1) : null;
    }

    /** The name right after the first comma from token k, unless it only owns something ("Clinton's aide"). */
    private static Mention afterComma(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int i = k; i + 1 < t.size(); i++) {
            if (t.get(i).is(",") && !s.quoted(i)) {
                Mention m = Mentions.at(t, i + 1);
                return m != null && m.type() != Mention.Type.INDEFINITE_DESCRIPTION && !s.followedByPossessive(m)
                        ? m : null;
            }
        }
        return null;
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

    /**
     * "A, president of X, and B, co-founder of Y, applauded": the name coordinated after the subject's apposition,
     * when its own apposition (or the name) runs up to the verb at token {@code last} + 1, or null.
     */
    private static Mention coordinatedAfterApposition(Sentence s, Mention m, int last) {
        List<Token> t = s.tokens();
        int from = Tokens.indexAt(t, m.end());
        if (from >= t.size() || !t.get(from).is(",")) {
            return null;
        }
        for (int k = from + 1; k < last; k++) {
            if (s.quoted(k) || ResponseCues.at(t, k) != null || s.isReportingVerb(k)) {
                return null;
            }
            if (t.get(k).is("and") && t.get(k - 1).is(",")) {
                Mention other = Mentions.at(t, k + 1);
                int end = other == null ? -1 : Tokens.indexAt(t, other.end());
                boolean upToVerb = end == last + 1
                        || end >= 0 && end < t.size() && t.get(end).is(",") && t.get(last).is(",");
                return other != null && other.type() == Mention.Type.NAME && other.kind() == ActorKind.PERSON
                        && upToVerb ? other : null;
            }
        }
        return null;
    }

    /**
     * "Senator Jeff Flake, Republican of Arizona, who echoed …", "The leader of the Anti-Defamation League, Jonathan
     * Greenblatt, warned": a place or body named after "of" stands for the person in apposition to it.
     */
    private static Mention beyondApposition(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int at = Tokens.indexAt(t, m.start());
        if (at < 2 || !t.get(at - 1).is("of", "from")) {
            return m;
        }
        int after = Tokens.indexAt(t, m.end());
        Mention named = after + 1 < t.size() && t.get(after).is(",") ? Mentions.at(t, after + 1) : null;
        if (named != null && named.kind() == ActorKind.PERSON && named.type() == Mention.Type.NAME) {
            return named; // "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned"
        }
        for (int k = at - 2; k >= 1; k--) {
            if (t.get(k).is(",")) {
                Mention before = t.get(k - 1).isWord() ? Mentions.endingAt(t, k - 1) : null;
                return before != null && before.kind() == ActorKind.PERSON ? before : m;
            }
        }
        return m;
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
        return groupOf(t.get(j), named.surface(), named.name());
    }

    /**
     * "His campaign protested", "her office denied": the campaign or office of the person a possessive pronoun
     * before the cue's subject stands for, or null.
     */
    static Mention ownersGroup(Sentence s, Cue cue, Cast cast) {
        List<Token> t = s.tokens();
        int j = s.beforeAuxiliaries(cue.start());
        if (j < 1 || !GROUP_HEADS.contains(t.get(j).lower()) || !t.get(j - 1).is("his", "her")) {
            return null;
        }
        int owner = cast.resolve(ReactionTargets.pronoun(t.get(j - 1)));
        if (owner < 0 || cast.member(owner).kind != ActorKind.PERSON) {
            return null;
        }
        return groupOf(t.get(j), t.get(j - 1).text(), cast.member(owner).name);
    }

    /** The campaign, office or team of a person, placed at its head noun, where the cast knows the person's name. */
    private static Mention groupOf(Token head, String owner, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return new Mention(head.start(), head.end(), owner + " " + head.text(), surname + " " + head.lower(), null,
                ActorKind.ORGANISATION, Mention.Gender.UNKNOWN, Mention.Type.NAME);
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
