package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.Mention.Gender;
import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.statement.StatementKind;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reaction answers. A phrase next to a response word is read as someone's statement ("Trump's proposal to
 * bar Muslims", "comments by Donald Trump", "a letter the Sanders campaign sent", "a Politico story"), as a person
 * whose words the sentence goes on to name ("slammed Obama for suggesting ..."), or as something already under
 * discussion ("the idea", "those claims", "it"). A phrase is then tied to a statement of the article: the speaker's
 * own (the latest before, else the first after), or, when the article reports none, a paraphrase made of the phrase.
 */
final class ReactionTargets {

    /** What a phrase refers to. */
    enum Kind { STATEMENT, PERSON, ANAPHOR, NONE }

    /** A proposal a sentence reports: its proposer, its tokens [from, to), and its phrase when it is "X's plan". */
    private record Proposal(int member, int from, int to, Phrase phrase) {}

    /**
     * A phrase at tokens [from, to) of a sentence: what it refers to, the mention of the one who said it (STATEMENT,
     * PERSON) and the noun naming what was said ("proposal"), when there is one.
     */
    record Phrase(Kind kind, Mention speaker, int from, int to, String noun) {
        static final Phrase NONE = new Phrase(Kind.NONE, null, -1, -1, null);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "such", "their",
            "its");
    /** Words for a share of something ("many of"), and nouns for a part of words ("the points in"). */
    private static final Set<String> SHARES = Set.of("many", "some", "most", "all", "several", "much", "each",
            "one", "none", "few", "parts", "part");
    private static final Set<String> PARTS = Set.of("point", "points", "detail", "details", "part", "parts",
            "portion", "portions", "section", "sections", "passage", "passages", "element", "elements", "aspect",
            "aspects", "substance", "thrust", "gist", "bulk", "core");
    private static final Set<String> INDEFINITES = Set.of("a", "an", "another");
    private static final Set<String> STANDALONE = Set.of("it", "this", "that");
    private static final Set<String> NOUN_STOPS = Set.of("of", "to", "for", "and", "or", "that", "which", "who", "on",
            "in", "at", "with", "by", "from", "as", "but", "about", "over", "is", "was", "are", "were", "has", "had",
            "have", "he", "she", "they", "it", "would", "will", "could");
    private static final Set<String> COMPLEMENTS = Set.of("to", "that", "about", "on", "against", "for", "of",
            "calling", "saying", "urging");
    private static final Set<String> SPEECH_GERUNDS = Set.of("saying", "suggesting", "calling", "claiming",
            "comparing", "arguing", "stating", "writing", "tweeting", "describing", "proposing", "asserting",
            "insisting", "referring", "telling", "remarking", "promising", "pledging", "declaring", "branding",
            "dubbing", "labelling", "labeling", "linking", "publishing", "reporting", "posting");
    private static final Set<String> ATTACK_VERBS = Set.of("attacked", "criticized", "criticised", "accused",
            "insulted", "mocked", "ridiculed", "ridiculing", "attacking", "smeared", "lied", "misrepresented",
            "distorted", "maligned", "maligning", "slammed", "called", "said", "says", "claimed", "claims",
            "suggested", "referred");
    private static final Set<String> DELIVERED = Set.of("delivered", "gave", "made", "said", "tweeted", "wrote",
            "called", "suggested", "claimed", "spoke", "posted");
    private static final Set<String> PROPOSAL_NOUNS = Set.of("idea", "proposal", "proposals", "plan", "suggestion",
            "offer", "possibility", "scheme", "move", "call", "calls", "decision", "announcement", "pledge", "appeal",
            "demand", "demands", "ban");
    private static final Set<String> AMBIGUOUS = Set.of("attack", "attacks", "move", "decision", "call", "calls",
            "account", "line", "term", "challenge", "address", "post", "ad", "appeal");
    private static final Pattern QUESTION = Pattern.compile("(?i)^\\W*(when )?(asking|asked)\\b|\\?\\W*$");
    private static final int NOUN_REACH = 5;
    private static final int STEM = 5;
    private static final int PROPOSAL_REACH = 12;
    private static final int ANSWER_REACH = 3;
    private static final int COMPLEMENT_REACH = 20;

    private final String body;
    private final Cast cast;
    private final List<Statement> statements;
    private final List<Sentence> sentences;
    private final Map<Sentence, Integer> positions = new IdentityHashMap<>();
    private final Map<Sentence, List<Proposal>> proposals = new IdentityHashMap<>();
    private int topic = -1;
    private Set<Integer> together = Set.of();
    /** Where the matter was last discussed: the start of the sentence of the last reaction. */
    private int topicAt = -1;

    ReactionTargets(String body, Cast cast, List<Statement> statements, List<Sentence> sentences) {
        this.body = body;
        this.cast = cast;
        this.statements = statements;
        this.sentences = sentences;
    }

    private int position(Sentence s) {
        if (positions.isEmpty()) {
            for (int i = 0; i < sentences.size(); i++) {
                positions.put(sentences.get(i), i);
            }
        }
        return positions.get(s);
    }

    /** The phrase starting at token i. */
    Phrase at(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size() || s.quoted(i) && !t.get(i).isWord()) {
            return Phrase.NONE;
        }
        Phrase part = partOf(s, i);
        if (part.kind() != Kind.NONE) {
            return part;
        }
        Token first = t.get(i);
        if (first.is("his", "her") && noun(t, i + 1) >= 0) {
            int noun = noun(t, i + 1);
            return new Phrase(Kind.STATEMENT, pronoun(first), i, complementEnd(s, noun + 1), t.get(noun).lower());
        }
        if (first.is("what") && i + 2 < t.size()) {
            Mention m = Mentions.at(t, i + 1); // "what Obama said", "what Alan Krueger said"
            int verb = m == null ? -1 : Tokens.indexAt(t, m.end());
            if (m != null && m.type() == Mention.Type.NAME && verb < t.size()
                    && (DELIVERED.contains(t.get(verb).lower()) || t.get(verb).is("says"))) {
                return new Phrase(Kind.STATEMENT, m, i, verb + 1, "words");
            }
            for (int k = i + 1; k < Math.min(t.size() - 1, i + 6); k++) {
                Mention from = t.get(k).is("from") ? Mentions.at(t, k + 1) : null;
                if (from != null && from.type() == Mention.Type.NAME) { // "what you're hearing from Trump"
                    return new Phrase(Kind.STATEMENT, from, i, Tokens.indexAt(t, from.end()), "words");
                }
            }
        }
        boolean possessive = i + 1 < t.size() && t.get(i + 1).isWord() && !t.get(i + 1).isCapitalized();
        Phrase rival = first.is("his", "her", "their") ? roleBeforeName(s, i + 1) : Phrase.NONE;
        if (rival.kind() != Kind.NONE) {
            return new Phrase(rival.kind(), rival.speaker(), i, rival.to(), rival.noun()); // "her rival Donald Trump"
        }
        if (first.is("him") || first.is("her") && !possessive) { // "her record" is no person
            return new Phrase(Kind.PERSON, pronoun(first), i, i + 1, null);
        }
        Mention m = first.is("his", "her", "their", "its") ? null : Mentions.at(t, i);
        if (m != null && m.type() != Mention.Type.PRONOUN && m.type() != Mention.Type.INDEFINITE_DESCRIPTION) {
            int k = Tokens.indexAt(t, m.end());
            if (k < t.size() && t.get(k).isPossessive()) {
                int noun = noun(t, k + 1);
                int head = k + 1 < t.size() && t.get(k + 1).isWord() && !t.get(k + 1).isCapitalized() ? k + 2 : k + 1;
                return noun < 0 ? new Phrase(Kind.PERSON, m, i, head, null) // "Sanders' stridency"
                        : new Phrase(Kind.STATEMENT, m, i, complementEnd(s, noun + 1), t.get(noun).lower());
            }
            if (k < t.size() && isNoun(t.get(k))) { // "a Politico story"
                return new Phrase(Kind.STATEMENT, m, i, complementEnd(s, k + 1), t.get(k).lower());
            }
            Phrase described = m.type() == Mention.Type.NAME ? describedOwner(s, i, k) : null;
            if (described != null) {
                return described; // "the GOP candidate's proposal"
            }
            Mention named = m.type() == Mention.Type.NAME ? nameAfterDescription(t, k) : null;
            if (named != null) {
                return at(s, Tokens.indexAt(t, named.start())); // "Republican rival Donald Trump's stance"
            }
            return new Phrase(Kind.PERSON, m, i, k, null);
        }
        Phrase described = first.is("the") ? describedOwner(s, i, i + 1) : null;
        if (described != null) {
            return described; // "the former staffer's claims"
        }
        if (DETERMINERS.contains(first.lower()) || INDEFINITES.contains(first.lower()) || isNoun(first)) {
            int noun = isNoun(first) ? i : noun(t, i + 1);
            if (noun >= 0) {
                Mention inside = nameInside(t, i + 1, noun); // "the original Sanders demand"
                Mention by = inside != null ? inside : saidBy(t, noun + 1);
                int to = complementEnd(s, noun + 1);
                if (by != null) {
                    return new Phrase(Kind.STATEMENT, by, i, Math.max(to, Tokens.indexAt(t, by.end())),
                            t.get(noun).lower());
                }
                // Unowned words with no determiner ("accusations of sexism", "reports that …") are new and
                // nobody's, not the words under discussion; "a Russian proposal" names its owner by its modifier.
                boolean specific = DETERMINERS.contains(first.lower()) || noun > i && t.get(noun - 1).isCapitalized();
                if (specific && !AMBIGUOUS.contains(t.get(noun).lower())) { // "a Russian proposal", not "a proposal"
                    return new Phrase(Kind.ANAPHOR, null, i, to, t.get(noun).lower());
                }
            }
        }
        if (first.is("those", "these") && i + 1 < t.size() && t.get(i + 1).isWord() && noun(t, i + 1) < 0) {
            return new Phrase(Kind.ANAPHOR, null, i, i + 2, "proposal"); // "rejected those days": what was proposed
        }
        boolean ends = i + 1 >= t.size() || t.get(i + 1).is(".", ",", ";", "!", "?", ")");
        boolean complementizer = first.is("that", "this") && !ends; // "warned that …"
        boolean subject = i + 1 < t.size() && t.get(i + 1).is("is", "was", "would", "will", "has", "had", "could");
        if (STANDALONE.contains(first.lower()) && !complementizer && !subject) {
            return new Phrase(Kind.ANAPHOR, null, i, i + 1, null);
        }
        return roleBeforeName(s, i);
    }

    /**
     * "many of Acme's claims", "the detailed points in Acme's letter": a share or a part of words is those words; the
     * phrase from token i to the end of the words' phrase, or NONE.
     */
    private Phrase partOf(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        if (k + 2 < t.size() && SHARES.contains(t.get(k).lower()) && t.get(k + 1).is("of")) {
            k += 2;
        }
        int part = -1;
        for (int j = k + (k < t.size() && t.get(k).is("the") ? 1 : 0); j < Math.min(t.size() - 2, k + 4); j++) {
            if (PARTS.contains(t.get(j).lower()) && t.get(j + 1).is("in", "of")) {
                part = j;
                break;
            }
            if (!t.get(j).isWord() || t.get(j).isCapitalized() || s.quoted(j)) {
                break;
            }
        }
        if (k == i && part < 0) {
            return Phrase.NONE;
        }
        Phrase words = at(s, part < 0 ? k : part + 2);
        return words.kind() != Kind.STATEMENT ? Phrase.NONE
                : new Phrase(Kind.STATEMENT, words.speaker(), i, words.to(), words.noun());
    }

    /**
     * "praised evangelist Franklin Graham, who …", "slammed rival Tom Hale's plan": one or two lower-case words of
     * role (a title, or an agent noun in "-ist") before a person's name are the person, as is a person's name with its
     * role after "his"/"her" ("her Republican rival Donald Trump"); the phrase read from the name, or NONE.
     */
    private Phrase roleBeforeName(Sentence s, int i) {
        List<Token> t = s.tokens();
        for (int k = i; k < Math.min(t.size() - 1, i + 2); k++) {
            Token w = t.get(k);
            boolean role = Lexicon.isTitle(w.text()) || w.lower().endsWith("ist");
            Mention whole = k == i && w.isCapitalized() ? Mentions.at(t, k) : null;
            if (whole != null && whole.type() == Mention.Type.NAME && whole.kind() == ActorKind.PERSON) {
                return at(s, k); // "her Republican rival Donald Trump": the name with its role
            }
            if (!w.isWord() || w.isCapitalized() || s.quoted(k) || !role) {
                return Phrase.NONE;
            }
            Mention m = t.get(k + 1).isCapitalized() ? Mentions.at(t, k + 1) : null;
            if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON) {
                Phrase named = at(s, k + 1);
                return new Phrase(named.kind(), named.speaker(), i, named.to(), named.noun());
            }
        }
        return Phrase.NONE;
    }

    /**
     * "the former staffer's claims", "the GOP candidate's proposal": words said by someone described, not named, from
     * token {@code from}; the description's head is looked for from token k. Null when the phrase is not one.
     */
    private Phrase describedOwner(Sentence s, int from, int k) {
        List<Token> t = s.tokens();
        for (int j = k; j < Math.min(t.size() - 2, k + 3); j++) {
            Token w = t.get(j);
            if (!w.isWord() || s.quoted(j)) {
                return null;
            }
            int noun = t.get(j + 1).isPossessive() ? noun(t, j + 2) : -1;
            if (noun >= 0 && !w.isCapitalized() && !isNoun(w)) {
                Span span = s.spanOf(from, j + 1);
                Mention owner = new Mention(span.start(), span.end(), body(span), null, w.lower(),
                        ActorKind.PERSON, Gender.UNKNOWN, Mention.Type.DEFINITE_DESCRIPTION);
                return new Phrase(Kind.STATEMENT, owner, from, complementEnd(s, noun + 1), t.get(noun).lower());
            }
        }
        return null;
    }

    private String body(Span span) {
        return body.substring(span.start(), span.end());
    }

    /** A name right after a mention used as a description ("Republican rival Donald Trump's"), or null. */
    private static Mention nameAfterDescription(List<Token> t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            if (!t.get(j).isWord()) {
                return null;
            }
            Mention m = t.get(j).isCapitalized() ? Mentions.at(t, j) : null;
            if (m != null && m.type() == Mention.Type.NAME) {
                int after = Tokens.indexAt(t, m.end());
                return after < t.size() && t.get(after).isPossessive() && j > k ? m : null;
            }
        }
        return null;
    }

    /** The phrase that ends right before token end (the subject of "… was echoed by X"), or NONE. */
    Phrase ending(Sentence s, int end) {
        for (int from = Math.max(0, end - 8); from < end; from++) {
            Phrase p = at(s, from);
            if (p.kind() != Kind.NONE && p.to() == end) {
                return p;
            }
        }
        return Phrase.NONE;
    }

    /**
     * Where the words of a person just named are brought up in tokens [from, to): "for saying ...", "for his
     * remarks", "over her comments", ", saying his use of the term ..."; the token index, or -1.
     */
    int wordsNamed(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        for (int k = from; k < Math.min(to, t.size()); k++) {
            Token w = t.get(k);
            boolean gerund = SPEECH_GERUNDS.contains(w.lower()) && k > 0 && t.get(k - 1).is("for", "after")
                    || w.is("using") && k + 2 < t.size() && t.get(k + 2).is("term", "word", "words", "phrase");
            boolean pronounNoun = w.is("his", "her", "their") && noun(t, k + 1) >= 0 && k > 0
                    && (t.get(k - 1).is("for", "over", "about", "that", "on")
                    || SPEECH_GERUNDS.contains(t.get(k - 1).lower()));
            // "for comments made this week", "over remarks about …": with no determiner the words are the person's
            // (not a noun of response: "made his ruling over objections by X" names X's words, not the subject's)
            boolean bareNoun = w.is("for", "over") && k + 1 < t.size() && noun(t, k + 1) == k + 1
                    && ResponseCues.at(t, k + 1) == null;
            boolean spoke = k == from && spokeOrAttacked(t, k) || k == from + 1 && relativeSaid(t, k);
            boolean after = w.is("after", "when", "because") && k + 2 < t.size() && t.get(k + 1).is("he", "she")
                    && DELIVERED.contains(t.get(k + 2).lower()); // "lashed out at Khan after he delivered a speech"
            if (gerund || pronounNoun || bareNoun || spoke || after) {
                return k;
            }
        }
        return -1;
    }

    /**
     * ", who has publicly vowed …", ", who said …": a relative clause right after the person whose verb reports their
     * words (token k is "who", after a comma).
     */
    private static boolean relativeSaid(List<Token> t, int k) {
        if (!t.get(k).is("who") || !t.get(k - 1).is(",")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
            String w = t.get(j).lower();
            if (Lexicon.REPORTING_VERBS.contains(w)) {
                return w.endsWith("ed") || w.equals("said");
            }
            if (!(w.endsWith("ly") || w.equals("had") || w.equals("has") || w.equals("have"))) {
                return false;
            }
        }
        return false;
    }

    /** "X had attacked him", "X unfairly attacked him", "Trump had been ridiculing": a person's words, right after. */
    private static boolean spokeOrAttacked(List<Token> t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 4); j++) {
            String w = t.get(j).lower();
            if (ATTACK_VERBS.contains(w)) {
                return true;
            }
            if (!(w.endsWith("ly") || w.equals("had") || w.equals("has") || w.equals("have") || w.equals("been"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The statement a phrase points at, for an actor reacting to it: the speaker's statement (the latest before the
     * phrase, else the first after, else a paraphrase made of the phrase), or for an anaphor the matter under
     * discussion; -1 when there is none or it is the actor's own.
     */
    int statement(Sentence s, Phrase p, int actor) {
        return statement(s, p, actor, false);
    }

    /**
     * As {@link #statement(Sentence, Phrase, int)}; {@code own} says a possessive pronoun means the actor's own words
     * ("defended his call"), so there is no target.
     */
    int statement(Sentence s, Phrase p, int actor, boolean own) {
        if (p.kind() == Kind.ANAPHOR) {
            return topic(s, s.tokens().get(p.from()).start(), actor, p.noun());
        }
        if (p.speaker() == null) {
            return -1;
        }
        if (own && p.speaker().type() == Mention.Type.PRONOUN) {
            return -1;
        }
        int member = cast.resolve(p.speaker());
        boolean referred = p.speaker().type() == Mention.Type.PRONOUN
                || p.speaker().type() == Mention.Type.DEFINITE_DESCRIPTION;
        if ((member == actor || together.contains(member)) && referred) {
            // "Mr. Cruz seemed to mock his vague tough talk"; "Lutz condemned the candidate's proposal": a description
            // that falls back on the last person named would be the actor, who does not answer their own words
            member = otherPerson(s, p, actor);
        }
        int at = s.tokens().get(p.from()).start();
        if (member < 0 && p.noun() != null && p.speaker().type() == Mention.Type.DEFINITE_DESCRIPTION) {
            return topic(s, at, actor, p.noun()); // "the GOP candidate's proposal": the one under discussion
        }
        if (member < 0 || member == actor) {
            return -1;
        }
        int before = -1;
        int after = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).speaker() == member) {
                if (statements.get(i).excerpt().start() < at) {
                    before = i;
                } else if (after < 0) {
                    after = i;
                }
            }
        }
        if (before >= 0 || after >= 0) {
            return before >= 0 ? before : after;
        }
        Span span = s.spanOf(p.from(), p.to());
        statements.add(new Statement(member, StatementKind.PARAPHRASE, body.substring(span.start(), span.end()),
                span, Confidence.PARAPHRASE, p.noun() != null ? p.noun() : p.speaker().surface()));
        return statements.size() - 1;
    }

    /** The latest statement, before the sentence, of the person a phrase names; -1 when there is none. */
    int saidBefore(Sentence s, Phrase p) {
        int member = cast.resolve(p.speaker());
        int latest = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (member >= 0 && statements.get(i).speaker() == member
                    && statements.get(i).excerpt().start() < s.span().start()) {
                latest = i;
            }
        }
        return latest;
    }

    /**
     * For a pronoun that would stand for the reacting actor, the first person the sentence names before it other than
     * the actor ("After Hewitt suggested …, Trump contradicted him"), else the last one before the sentence.
     */
    private int otherPerson(Sentence s, Phrase p, int actor) {
        List<Token> t = s.tokens();
        int other = -1;
        for (int k = 0; k < p.from() && other < 0; k++) {
            Mention m = s.quoted(k) ? null : Mentions.at(t, k);
            if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON
                    && m.gender().compatible(p.speaker().gender())) {
                int member = cast.resolve(m);
                other = member != actor && !together.contains(member) ? member : other;
            }
            if (m != null) {
                k = Tokens.indexAt(t, m.end()) - 1;
            }
        }
        if (other >= 0) {
            return other;
        }
        Mention earlier = new Mention(s.span().start(), s.span().start(), p.speaker().surface(), null, null,
                ActorKind.PERSON, p.speaker().gender(), Mention.Type.PRONOUN);
        int resolved = cast.resolve(earlier);
        return together.contains(resolved) ? namedOutside(s, p.speaker()) : resolved;
    }

    /**
     * The last person named in the sentences before whom a pronoun may stand for, other than those reacting together
     * ("Cruz and Rubio … locked on Trump. They pushed him …": him is Trump), or -1.
     */
    private int namedOutside(Sentence s, Mention pronoun) {
        int index = position(s);
        for (int i = index - 1; i >= Math.max(0, index - ANSWER_REACH); i--) {
            List<Token> t = sentences.get(i).tokens();
            for (int k = t.size() - 1; k >= 0; k--) {
                Mention m = t.get(k).isCapitalized() ? Mentions.endingAt(t, k) : null;
                int member = m == null || m.type() != Mention.Type.NAME || m.kind() != ActorKind.PERSON
                        || !m.gender().compatible(pronoun.gender()) ? -1 : cast.resolve(m);
                if (member >= 0 && !together.contains(member)) {
                    return member;
                }
            }
        }
        return -1;
    }

    /** Who react together in the cue being read ("Cruz and Rubio … They"): a pronoun object is none of them. */
    void together(Set<Integer> members) {
        together = Set.copyOf(members);
    }

    /** The statement of the person a phrase names, when the sentence names their words from token {@code words}. */
    int personsWords(Sentence s, Phrase person, int words, int actor) {
        if (words < 0) {
            return -1;
        }
        return statement(s, new Phrase(Kind.STATEMENT, person.speaker(), person.from(),
                Math.max(person.to(), clauseEnd(s, words)), null), actor);
    }

    /**
     * What "the idea", "those claims" or "it" refers to. A proposal ("the idea", "the plan") is the latest proposal by
     * someone else, else the matter of the last reaction; anything else said ("this sentiment", "the claims", "it")
     * is the latest statement before the sentence by someone other than the actor.
     */
    int topic(Sentence s, int at, int actor, String noun) {
        if (noun == null || !PROPOSAL_NOUNS.contains(noun)) {
            return lastBefore(s, actor);
        }
        int proposal = proposal(s, at, actor);
        if (proposal >= 0) {
            return proposal;
        }
        if (topic >= 0 && statements.get(topic).speaker() != actor) {
            return topic;
        }
        return lastBefore(s, actor);
    }

    /**
     * The latest proposal before the sentence, by someone other than the actor: the subject of a proposal verb
     * ("Trump proposed a ban", "Macron suggested that …", "X called for …") in this or the preceding sentences, tied
     * to their statement; else a statement whose words propose; -1 when there is none.
     */
    private int proposal(Sentence s, int at, int actor) {
        int index = position(s);
        for (int k = index; k >= Math.max(0, index - PROPOSAL_REACH); k--) {
            Sentence earlier = sentences.get(k);
            int end = k == index ? Tokens.indexAt(earlier.tokens(), at) : earlier.tokens().size();
            Proposal byVerb = null;
            Proposal named = null;
            for (Proposal p : proposals(earlier)) {
                if (p.member() != actor && (p.phrase() == null ? p.from() < end : p.to() <= end)) {
                    byVerb = p.phrase() == null ? p : byVerb;
                    named = p.phrase() != null ? p : named;
                }
            }
            if (byVerb != null) {
                return ownStatement(byVerb.member(), earlier, earlier.spanOf(byVerb.from(), byVerb.to()),
                        earlier.tokens().get(byVerb.from()).text());
            }
            if (named != null) {
                return statement(earlier, named.phrase(), actor);
            }
        }
        int proposal = -1;
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            boolean before = st.excerpt().start() < s.span().start();
            if (st.speaker() != actor && st.speaker() >= 0 && Lexicon.PROPOSAL_VERBS.matcher(st.text()).find()
                    && (before || proposal < 0)) {
                proposal = i; // a lead's "a Russian proposal" may be told only after
            }
        }
        return proposal;
    }

    /**
     * The proposals a sentence reports, read once: the subject of a proposal verb with the clause it proposes
     * ("Trump proposed a ban", tokens [from, to) from the verb), and "X's proposal", "his call for …" (with their
     * phrase), in reading order.
     */
    private List<Proposal> proposals(Sentence s) {
        return proposals.computeIfAbsent(s, sentence -> {
            List<Proposal> found = new ArrayList<>();
            List<Token> t = s.tokens();
            Matcher verb = Lexicon.PROPOSAL_VERBS.matcher(body).region(s.span().start(), s.span().end());
            while (verb.find() && !s.heading()) {
                int v = Tokens.indexAt(t, verb.start());
                Mention subject = s.quoted(v) ? null : s.subjectOf(v);
                int member = subject == null ? -1 : cast.resolve(subject);
                if (member >= 0) {
                    found.add(new Proposal(member, v, s.clauseEnd(v), null));
                }
            }
            for (int k = 0; k < t.size(); k++) {
                Phrase p = s.quoted(k) ? Phrase.NONE : at(s, k);
                int after = p.kind() == Kind.STATEMENT ? Tokens.indexAt(t, p.speaker().end()) : t.size();
                if (after < t.size() && t.get(after).isPossessive() && PROPOSAL_NOUNS.contains(p.noun())) {
                    int member = cast.resolve(p.speaker());
                    if (member >= 0) {
                        found.add(new Proposal(member, p.from(), p.to(), p));
                    }
                    k = p.to() - 1;
                }
            }
            return found;
        });
    }

    /**
     * The member's statement reported in this sentence, else a paraphrase of the clause that reports it, with the
     * word that reports it as its cue.
     */
    int ownStatement(int member, Sentence s, Span clause, String cue) {
        for (int i = 0; i < statements.size(); i++) {
            Span e = statements.get(i).excerpt();
            if (statements.get(i).speaker() == member && e.start() < s.span().end() && e.end() > s.span().start()) {
                return i;
            }
        }
        statements.add(new Statement(member, StatementKind.PARAPHRASE, body.substring(clause.start(), clause.end()),
                clause, Confidence.PARAPHRASE, cue));
        return statements.size() - 1;
    }

    /**
     * What a bare answer ("fired back", "responded") answers: the matter of the last reaction when it was someone
     * else's words and was reported in the last few sentences, else the latest statement by someone else.
     */
    int answered(Sentence s, int actor) {
        return answered(s, actor, false);
    }

    /**
     * As {@link #answered(Sentence, int)}; {@code lately} asks for words said in the last few sentences: a reply
     * ("fired back", "replied") answers what was just said, not words far back.
     */
    int answered(Sentence s, int actor, boolean lately) {
        int index = position(s);
        int recent = sentences.get(Math.max(0, index - ANSWER_REACH)).span().start();
        if (topic >= 0 && !sameSide(statements.get(topic).speaker(), actor) && topicAt >= recent) {
            return topic;
        }
        if (asked(s)) {
            return -1; // "Asked whether …, Trump replied": an answer to a question is no reaction
        }
        for (int i = lastBefore(s, actor); i >= 0; i--) {
            Statement st = statements.get(i);
            if (st.speaker() >= 0 && !sameSide(st.speaker(), actor) && st.excerpt().start() < s.span().start()) {
                boolean question = QUESTION.matcher(st.text()).find(); // the answer to a question is no reaction
                return question || lately && st.excerpt().end() < recent ? -1 : i; // nor one to nothing said lately
            }
        }
        return -1;
    }

    /**
     * Whether the sentence opens on a question put to its subject: "Asked whether …", "When asked about …", "After
     * Glenn Beck asked the conservative who …, D'Souza replied".
     */
    static boolean asked(Sentence s) {
        int first = s.firstWord();
        if (first < 0) {
            return false;
        }
        List<Token> t = s.tokens();
        if (t.get(first).is("Asked")) {
            return true;
        }
        if (!t.get(first).is("When", "After", "As")) {
            return false;
        }
        for (int k = first + 1; k < t.size() && !t.get(k).is(","); k++) { // the opening clause, up to its comma
            if (t.get(k).is("asked")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an "it" or "that" opening a quote points back to ("“It's nonsense,” Trump said" after Clinton's charge):
     * what someone else said in this sentence or the one before, or -1.
     */
    int justSaid(Sentence s, int actor) {
        int target = answered(s, actor);
        int before = sentences.get(Math.max(0, position(s) - 1)).span().start();
        return target >= 0 && statements.get(target).excerpt().start() >= before ? target : -1;
    }

    /**
     * What "the statement", "his remarks" or "it" answers: an echo repeats the words just reported; other responses
     * answer the matter of the last reaction when it is recent and someone else's, else the words just reported.
     */
    int referent(Sentence s, Phrase p, int actor, boolean echo) {
        if (p.noun() != null && PROPOSAL_NOUNS.contains(p.noun()) || echo) {
            return statement(s, p, actor);
        }
        int recent = sentences.get(Math.max(0, position(s) - ANSWER_REACH)).span().start();
        if (topic >= 0 && !sameSide(statements.get(topic).speaker(), actor) && topicAt >= recent) {
            return topic;
        }
        int named = antecedent(s, p, actor);
        return named >= 0 ? named : lastBefore(s, s.tokens().get(p.from()).start(), actor);
    }

    /**
     * "those claims" after "a lawsuit has been filed by Bradley Podliska asserting claims": the words of the person
     * named next to the noun's last use (its stem: "allegations" after "alleges") in this or the few sentences
     * before, someone other than the actor and their side; -1 when the noun was not used or named nobody.
     */
    private int antecedent(Sentence s, Phrase p, int actor) {
        if (p.noun() == null || p.noun().length() < STEM) {
            return -1;
        }
        String stem = p.noun().substring(0, STEM);
        int index = position(s);
        for (int i = index; i >= Math.max(0, index - ANSWER_REACH); i--) {
            Sentence earlier = sentences.get(i);
            List<Token> t = earlier.tokens();
            for (int k = (i == index ? p.from() : t.size()) - 1; k >= 0; k--) {
                int member = t.get(k).lower().startsWith(stem) ? nameNear(earlier, k, actor) : -1;
                if (member >= 0) {
                    return ownStatement(member, earlier, earlier.span(), t.get(k).text());
                }
            }
        }
        return -1;
    }

    /** Who is named in the clause of token k, nearest before it, else right after "by" or "from", or -1. */
    private int nameNear(Sentence s, int k, int actor) {
        List<Token> t = s.tokens();
        for (int j = k - 1; j >= Math.max(0, k - NOUN_REACH * 2) && !t.get(j).is(".", ";", ":"); j--) {
            int member = other(t.get(j).isCapitalized() ? Mentions.endingAt(t, j) : null, actor);
            if (member >= 0) {
                return member;
            }
        }
        boolean by = k + 2 < t.size() && t.get(k + 1).is("by", "from");
        return by ? other(Mentions.at(t, k + 2), actor) : -1;
    }

    private int other(Mention m, int actor) {
        int member = m == null || m.type() != Mention.Type.NAME ? -1 : cast.resolve(m);
        return member >= 0 && !sameSide(member, actor) ? member : -1;
    }

    /** The latest statement before the sentence by someone other than the actor, or -1. */
    int lastBefore(Sentence s, int actor) {
        return lastBefore(s, s.span().start(), actor);
    }

    /** The latest statement starting before a body offset by someone other than the actor, or -1. */
    int lastBefore(Sentence s, int offset, int actor) {
        int last = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).excerpt().start() < offset && statements.get(i).speaker() != actor
                    && statements.get(i).speaker() >= 0) {
                last = i;
            }
        }
        return last;
    }

    /**
     * Whether two actors speak for one side: the same actor, or a person and the campaign, office or team named
     * after them ("Sanders campaign" and Bernie Sanders), which answer others, not each other.
     */
    private boolean sameSide(int a, int b) {
        if (a == b) {
            return true;
        }
        if (a < 0 || b < 0 || cast.member(a).kind == cast.member(b).kind) {
            return false;
        }
        Cast.Member person = cast.member(a).kind == ActorKind.PERSON ? cast.member(a) : cast.member(b);
        Cast.Member body = person == cast.member(a) ? cast.member(b) : cast.member(a);
        return !person.key.isEmpty() && body.key.contains(person.key.get(person.key.size() - 1));
    }

    /** Remembers what the last reaction answered, the matter under discussion for the next "it" or "the idea". */
    void discussed(int statement, Sentence s) {
        topic = statement;
        topicAt = s.span().start();
    }

    static boolean isNoun(Token t) {
        return Lexicon.TARGET_NOUNS.contains(t.lower()) && !t.isCapitalized();
    }

    /** The statement noun within reach from token i, over adjectives and numbers ("latest comments"), or -1. */
    private static int noun(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + NOUN_REACH); k++) {
            Token w = t.get(k);
            if (isNoun(w)) {
                return k;
            }
            if (!(w.isWord() || w.is("-", "’", "'", "\"", "“", "”")) || NOUN_STOPS.contains(w.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** A name among tokens [from, noun) of a noun phrase ("the original Sanders demand"), or null. */
    private static Mention nameInside(List<Token> t, int from, int noun) {
        for (int k = from; k < noun; k++) {
            Mention m = t.get(k).isCapitalized() ? Mentions.at(t, k) : null;
            if (m != null && m.type() == Mention.Type.NAME && Tokens.indexAt(t, m.end()) == noun) {
                return m;
            }
        }
        return null;
    }

    /**
     * "comments by X", "claims of X", "a letter the Sanders campaign sent", "a report in Politico": who said it, or
     * null.
     */
    private static Mention saidBy(List<Token> t, int k) {
        if (k + 2 < t.size() && t.get(k).is("made", "issued", "given", "posted", "written", "sent", "filed")) {
            int by = k + 1; // "a remark made by Vice President Joe Biden", "comments made earlier by Obama"
            while (by < Math.min(t.size() - 1, k + 4) && t.get(by).isWord() && !t.get(by).is("by")
                    && !NOUN_STOPS.contains(t.get(by).lower())) {
                by++;
            }
            k = t.get(by).is("by") ? by : k;
        }
        if (k + 1 < t.size() && t.get(k).is("by", "from", "of")) {
            Mention m = Mentions.at(t, k + 1); // "filed by a fired staffer", not "the idea of NATO soldiers"
            int after = m == null ? t.size() : Tokens.indexAt(t, m.end());
            // "criticism of Mr. Trump's comments" is others' words about his, not his
            boolean owns = t.get(k).is("of") && after < t.size() && t.get(after).isPossessive();
            return m != null && m.type() != Mention.Type.PRONOUN && !owns && !ReactionActors.modifier(t, m) ? m : null;
        }
        if (k + 1 < t.size() && t.get(k).is("in")) {
            Mention outlet = Mentions.at(t, k + 1); // "a report in Politico": the outlet's words
            return outlet != null && outlet.kind() == ActorKind.MEDIA_OUTLET ? outlet : null;
        }
        Mention m = k < t.size() ? Mentions.at(t, k) : null;
        int after = m == null ? -1 : Tokens.indexAt(t, m.end());
        if (after >= 0 && after < t.size() && t.get(after).is("campaign", "office", "team")) {
            after++; // "a letter the Sanders campaign sent"
        }
        boolean relative = after >= 0 && after < t.size() && t.get(after).isWord() && !t.get(after).isCapitalized()
                && !NOUN_STOPS.contains(t.get(after).lower()) && !isNoun(t.get(after));
        return relative && m.type() == Mention.Type.NAME ? m : null;
    }

    /** Where a noun's complement ends ("proposal to bar Muslims from entering the United States"). */
    private static int complementEnd(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k >= t.size() || !COMPLEMENTS.contains(t.get(k).lower())) {
            return k;
        }
        return clauseEnd(s, k);
    }

    private static int clauseEnd(Sentence s, int k) {
        List<Token> t = s.tokens();
        int end = k;
        while (end < Math.min(t.size(), k + COMPLEMENT_REACH) && (s.quoted(end)
                || !t.get(end).is(",", ";", ".", "—", "--", "–", "?", "!", "(", ")"))) {
            end++;
        }
        return end;
    }

    /** A possessive or object pronoun as the mention of the person it stands for ("his remarks", "told her"). */
    static Mention pronoun(Token t) {
        Gender gender = t.is("his", "him") ? Gender.MALE : Gender.FEMALE;
        return new Mention(t.start(), t.end(), t.text(), null, null, ActorKind.PERSON, gender, Mention.Type.PRONOUN);
    }
}
