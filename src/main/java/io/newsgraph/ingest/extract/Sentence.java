package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Quotations.Quote;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One sentence of the body with its tokens and the quotes that touch it, and the clause-level questions the rules
 * ask about it: is this token quoted, is it a reporting verb, where does its clause end, who is its subject.
 */
record Sentence(Span span, List<Token> tokens, List<Quote> quotes, boolean heading) {

    /** Words between a subject and its verb that do not change who speaks: "has also recently said". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "was", "were", "is", "are",
            "did", "does", "will", "would", "could", "then", "again", "earlier", "later", "once", "further",
            "previously", "on", "today", "yesterday", "himself", "herself", "too", "first", "already", "been",
            "now", "still");

    /** Verbs that report a reply when "back" follows them: "shot back", "fired back", "hit back". */
    private static final Set<String> RETORTS = Set.of("shot", "fired", "hit", "struck", "pushed", "snapped",
            "lashed", "talked");

    /** Verbs that report words only with the particle after them: "pointed out", "put it", "weighed in". */
    private static final Map<String, String> PARTICLE_VERBS = Map.of("pointed", "out", "points", "out", "put", "it",
            "puts", "it", "weighed", "in", "weighs", "in");

    /** Words before a name that make it a place or an object, not a subject: "in Columbia, Sanders said". */
    /** Conjunctions that open a subordinate clause, whose subject is not the main clause's speaker. */
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "if", "until", "though", "although", "whereas");

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "for", "with", "by", "on",
            "to", "near", "across", "about", "against", "into", "outside", "inside");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "these", "those", "this", "that", "such", "any", "some", "no", "many", "several", "new");

    boolean quoted(int tokenIndex) {
        int at = tokens.get(tokenIndex).start();
        return quotes.stream().anyMatch(q -> q.contains(at));
    }

    boolean isReportingVerb(int i) {
        Token t = tokens.get(i);
        if (quoted(i) || (t.isCapitalized() && i != firstWord())) {
            return false;
        }
        if (RETORTS.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).is("back")) {
            return true; // "Sanders shot back, “…”"
        }
        if (PARTICLE_VERBS.containsKey(t.lower()) && i + 1 < tokens.size()
                && tokens.get(i + 1).is(PARTICLE_VERBS.get(t.lower()))) {
            return true; // "As The Hill pointed out, “…”", "as Cornyn put it: “…”"
        }
        if (i >= 1 && tokens.get(i - 1).is("to") && !Lexicon.isReportingVerb(t.text())) {
            return isInfinitiveOfReporting(t.lower()); // "used this question to demand", "went on to warn"
        }
        return Lexicon.isReportingVerb(t.text()) && isVerbHere(i);
    }

    /**
     * A verb of control before the infinitive whose "to" is token {@code to}, with its object between them
     * ("requires staffers to", "urged Clinton to"): the verb's index, or -1. Its object, not its subject, is the
     * infinitive's subject; "wants to say" has none between, so its subject speaks.
     */
    int controlVerbBefore(int to) {
        for (int c = to - 2; c >= Math.max(0, to - 5) && tokens.get(c).isWord() && !quoted(c); c--) {
            if (Lexicon.CONTROL_VERBS.contains(tokens.get(c).lower()) && !(tokens.get(c).isCapitalized()
                    && c != firstWord())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The name or pronoun a verb of control makes the subject of the infinitive at "to" ({@code to}), standing
     * right before it ("urged Clinton to say", "leading him to counter"), or null: a group or no one the rules can
     * name ("requires staffers to promise").
     */
    Mention objectOfControl(int to) {
        int c = controlVerbBefore(to);
        Mention m = c < 0 ? null : Mentions.at(tokens, c + 1);
        return m != null && (m.type() == Mention.Type.NAME || m.type() == Mention.Type.PRONOUN)
                && Tokens.indexAt(tokens, m.end()) == to ? m : null;
    }

    /** A base form whose present or past tense reports words ("demand": "demands"), as an infinitive after "to". */
    private static boolean isInfinitiveOfReporting(String word) {
        return !word.endsWith("s") && !word.endsWith("ed") && !word.endsWith("ing") && (Lexicon.isReportingVerb(
                word + "s") || Lexicon.isReportingVerb(word + "ed") || Lexicon.isReportingVerb(word + "d"));
    }

    /**
     * A verb that quotes someone in a characterisation ("credited Clinton's victory to “…”", quoting-verbs.txt),
     * which attributes a quote in its own sentence only.
     */
    boolean isQuotingVerb(int i) {
        Token t = tokens.get(i);
        return Lexicon.QUOTING_VERBS.contains(t.lower()) && !quoted(i) && !(t.isCapitalized() && i != firstWord())
                && isVerbHere(i);
    }

    /** Whether a word that can be a verb is one here, not a noun: "his remarks", "a stern warning". */
    private boolean isVerbHere(int i) {
        Token t = tokens.get(i);
        if (t.lower().endsWith("s") && i > 0 && (tokens.get(i - 1).isPossessive()
                || DETERMINERS.contains(tokens.get(i - 1).lower()))) {
            return false; // "his remarks", "the reports": a noun
        }
        // "issued a stern warning": after an article or adjective an -ing word is a noun, not a verb
        if (t.lower().endsWith("ing") && i > 0 && tokens.get(i - 1).isWord()) {
            Token before = tokens.get(i - 1);
            return before.isCapitalized() || before.is("he", "she", "they", "and", "but", "while", "with")
                    || AUXILIARIES.contains(before.lower()) || before.lower().endsWith("ly");
        }
        return true;
    }

    /** The token index before v once auxiliaries and adverbs are skipped ("who had also said" → "who"). */
    int beforeAuxiliaries(int v) {
        int j = v - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            if ((AUXILIARIES.contains(t.lower()) || t.lower().endsWith("ly")) && !t.isCapitalized()) {
                j--;
            } else if (j >= 1 && Lexicon.NOT_NAMES.contains(t.text()) && t.isCapitalized()
                    && tokens.get(j - 1).is("on", "in", "last", "this", "since", "later", "earlier", "late", "early")) {
                j -= 2; // "Ukraine on Wednesday rejected": a time between subject and verb
            } else if (j >= 1 && t.is("week", "month", "year", "night", "morning")
                    && tokens.get(j - 1).is("last", "this")) {
                j -= 2;
            } else {
                return j;
            }
        }
        return j;
    }

    /**
     * The token after what a writer puts between a name and its verb: a party and state ("(D-Ore.)", ", R-Ky.,"),
     * an age (", 66,"), or a description between commas (", chief strategist at Acme Markets,"), when a reporting
     * verb follows it. Returns {@code i} itself when there is none.
     */
    int afterAppositive(int i) {
        int j = i;
        if (j < tokens.size() && tokens.get(j).is("(")) {
            while (j < tokens.size() && !tokens.get(j).is(")")) {
                j++;
            }
            j++;
        }
        if (j < tokens.size() && tokens.get(j).is(",") && !quoted(j)) {
            // the aside may hold commas of its own ("Anne Richards, assistant secretary of state for population,
            // refugees and migration, said"), but a clause is no aside: "Rubio, R-Fla., appearing on …, said Obama"
            boolean inner = false;
            for (int c = j + 1; c < Math.min(tokens.size() - 1, j + 30) && !quoted(c); c++) {
                if (inner && tokens.get(c - 1).is(",") && tokens.get(c).lower().endsWith("ing")
                        && !tokens.get(c).isCapitalized() && PREPOSITIONS.contains(tokens.get(c + 1).lower())) {
                    return i; // a participle and its phrase, not "director of housing, planning and transport"
                }
                if (tokens.get(c).is(",")) {
                    inner = true;
                    int v = c + 1;
                    while (v < tokens.size() - 1 && tokens.get(v).lower().endsWith("ly") && !isReportingVerb(v)) {
                        v++;
                    }
                    if (isReportingVerb(v)) {
                        return c + 1;
                    }
                }
            }
            return i;
        }
        return j <= tokens.size() ? j : i;
    }

    /** The speaker of the verb at index v, as a mention in this sentence, or null. */
    Mention subjectOf(int v) {
        Token verb = tokens.get(v);
        boolean participle = verb.lower().endsWith("ing");
        if (participle && v == firstWord()) {
            return mentionAfterComma(v); // "Describing the remarks as ..., Goncharenko noted"
        }
        int j = skipParenthesis(beforeAuxiliaries(v));
        if (j >= 1 && tokens.get(j).is("who") && tokens.get(j - 1).is(",")) {
            return Mentions.endingAt(tokens, j - 2);
        }
        if (j >= 1 && tokens.get(j).is(",")) {
            Mention beforeAside = subjectBeforeAside(j);
            if (beforeAside != null) {
                return beforeAside; // "Goncharenko, who represents Odessa in parliament, thanked …"
            }
        }
        if (j >= 0 && tokens.get(j).isWord() && !quoted(j)) {
            Mention person = personBeforeOf(j);
            Mention m = person != null ? person : Mentions.endingAt(tokens, j);
            if (m != null && !followedByPossessive(m)) {
                return m;
            }
        }
        boolean coordinated = afterComma(j + 1) && participle || j >= 0 && tokens.get(j).is("and", "but");
        if (coordinated) {
            for (int p = j - 1; p >= 0; p--) {
                if (isReportingVerb(p)) {
                    Mention m = subjectOf(p);
                    if (m != null) {
                        int reporting = reportingOver(p, m);
                        return reporting >= 0 ? subjectOf(reporting) : m;
                    }
                }
            }
            return mainClauseMentionBefore(v);
        }
        return null;
    }

    /**
     * The earliest reporting verb with a subject whose reported clause holds token p (whose own subject is
     * {@code inner}), with no comma between them, or -1: "Cardin said Wednesday that Republicans rejected his
     * attempts …, calling it …" goes on with Cardin, as a participle after a comma takes the main clause's subject,
     * not that of the words it reports. Not over a clause of its own ("Axelrod tweeted after Clinton argued") nor
     * over a pronoun, most often the reporter ("X says she thinks").
     */
    int reportingOver(int p, Mention inner) {
        if (inner == null || inner.type() == Mention.Type.PRONOUN) {
            return -1;
        }
        int reporting = -1;
        for (int q = p - 1; q >= 0 && !tokens.get(q).is(",", ";", ":") && !quoted(q)
                && !SUBORDINATORS.contains(tokens.get(q).lower()); q--) {
            reporting = isReportingVerb(q) && subjectOf(q) != null ? q : reporting;
        }
        return reporting;
    }

    /**
     * The first mention before token v outside a clause that opens the sentence with a subordinator and ends at a
     * comma: "When told Perez was in the Cabinet, Bush thought for a moment and said" is Bush's.
     */
    private Mention mainClauseMentionBefore(int v) {
        int first = firstWord();
        if (first >= 0 && opensWithPhrase(first)) {
            for (int c = first + 1; c < v; c++) {
                if (tokens.get(c).is(",") && !quoted(c)) {
                    Mention m = firstMentionBetween(c + 1, v);
                    return m != null ? m : firstMentionBefore(v);
                }
            }
        }
        return firstMentionBefore(v);
    }

    /**
     * Whether the sentence opens with a clause or phrase before its subject: a subordinator or a preposition first
     * ("When told …,", "In 2008,") or a time ending in "ago" at its first comma ("Eight years ago, he …").
     */
    private boolean opensWithPhrase(int first) {
        String word = tokens.get(first).lower();
        if (SUBORDINATORS.contains(word) || PREPOSITIONS.contains(word)) {
            return true;
        }
        for (int c = first + 1; c < tokens.size() && c - first <= 4; c++) {
            if (tokens.get(c).is(",")) {
                return tokens.get(c - 1).is("ago");
            }
        }
        return false;
    }

    /** Words inside the name of an organisation after "of": "the James Martin Center for Nonproliferation Studies". */
    private static final Set<String> IN_NAMES = Set.of("the", "for", "and", "of", "on", "&");

    /**
     * "George Zornick of The Nation wrote", "Jeffrey Lewis of the James Martin Center for … Studies wrote": the
     * person named before an "of" whose organisation's name ends at token j, or null. The first such "of" counts:
     * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told".
     */
    Mention personBeforeOf(int j) {
        Mention person = null;
        for (int k = j; k >= 1 && j - k < 12 && !quoted(k); k--) {
            Token t = tokens.get(k);
            Mention m = t.is("of") && k < j ? Mentions.endingAt(tokens, k - 1) : null;
            if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON) {
                person = m;
            }
            if (!(t.isWord() && t.isCapitalized() || t.isPossessive() || IN_NAMES.contains(t.lower()))) {
                return person;
            }
        }
        return person;
    }

    /** Where an "of" phrase naming an organisation after a person's name at token i ends: the token after it. */
    int afterOfPhrase(int i) {
        if (i >= tokens.size() || !tokens.get(i).is("of") || quoted(i)) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i < 12 && !quoted(k) && (tokens.get(k).isWord()
                && tokens.get(k).isCapitalized() || tokens.get(k).isPossessive()
                || IN_NAMES.contains(tokens.get(k).lower()))) {
            k++;
        }
        return k > i + 1 && tokens.get(k - 1).isCapitalized() ? k : i;
    }

    /** The token before a party and state ending at j ("Sen. John Cornyn (R-Texas) told"), else j itself. */
    int skipParenthesis(int j) {
        if (j < 0 || !tokens.get(j).is(")")) {
            return j;
        }
        for (int k = j - 1; k >= 1 && j - k < 8; k--) {
            if (tokens.get(k).is("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /** Whether token v follows a comma, also one inside a closing quote ("…,” describing it as"). */
    boolean afterComma(int v) {
        int j = v - 1;
        return j >= 0 && (tokens.get(j).is(",")
                || (j >= 1 && tokens.get(j).is("”", "\"") && tokens.get(j - 1).is(",")));
    }

    /**
     * "X, who represents Odessa, thanked" and "X, Hungary's foreign minister, called" have X as subject; "the Dutch
     * prime minister, Mark Rutte, criticised" has the name in the aside.
     */
    private Mention subjectBeforeAside(int closingComma) {
        Mention opening = openingSubject(closingComma);
        if (opening != null) {
            return opening; // "Clinton, during a town hall meeting in Columbus, Ohio, said"
        }
        for (int c = closingComma - 1; c >= 1; c--) {
            if (tokens.get(c).is(",")) {
                int end = skipParenthesis(c - 1);
                Mention before = end >= 0 && tokens.get(end).isWord() ? Mentions.endingAt(tokens, end) : null;
                int at = before == null ? 0 : Tokens.indexAt(tokens, before.start());
                boolean place = before != null && (at > 0 && PREPOSITIONS.contains(tokens.get(at - 1).lower())
                        || Lexicon.PLACES.contains(String.valueOf(before.name()).toLowerCase(Locale.ROOT)));
                if (before != null && before.type() == Mention.Type.NAME && !place) {
                    return before;
                }
                Mention aside = Mentions.at(tokens, c + 1);
                boolean named = aside != null && aside.type() == Mention.Type.NAME;
                if (named && skipParenthesisForward(Tokens.indexAt(tokens, aside.end())) == closingComma) {
                    return aside;
                }
                int next = named ? Tokens.indexAt(tokens, aside.end()) : tokens.size();
                if (place && next < closingComma && tokens.get(next).isWord() && !tokens.get(next).isCapitalized()) {
                    return aside; // "In Columbia, Sanders stepped up …, saying": the main clause's subject
                }
                if (!place && !(end >= 0 && Character.isDigit(tokens.get(end).text().charAt(0)))) {
                    return before;
                } // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": an age or a place goes on
            }
        }
        return null;
    }

    /**
     * The name that opens the sentence and is closed by its first comma, when that comma comes before
     * {@code closingComma}: the subject of an aside that may itself hold names and commas.
     */
    private Mention openingSubject(int closingComma) {
        int first = firstWord();
        Mention m = first < 0 || quoted(first) ? null : Mentions.at(tokens, first);
        if (m == null || m.type() != Mention.Type.NAME) {
            return null;
        }
        int after = skipParenthesisForward(Tokens.indexAt(tokens, m.end()));
        return after < closingComma && tokens.get(after).is(",") ? m : null;
    }

    private int skipParenthesisForward(int i) {
        if (i < tokens.size() && tokens.get(i).is("(")) {
            for (int k = i + 1; k < tokens.size() && k - i < 8; k++) {
                if (tokens.get(k).is(")")) {
                    return k + 1;
                }
            }
        }
        return i;
    }

    Mention firstMentionBefore(int v) {
        return firstMentionBetween(0, v);
    }

    private Mention firstMentionBetween(int from, int v) {
        for (int i = from; i < v; i++) {
            if (!quoted(i)) {
                Mention m = Mentions.at(tokens, i);
                boolean object = i > 0 && PREPOSITIONS.contains(tokens.get(i - 1).text());
                if (m != null && !followedByPossessive(m) && !object) {
                    return m;
                }
                if (m != null) {
                    i = Tokens.indexAt(tokens, m.end()) - 1;
                }
            }
        }
        return null;
    }

    /** "results in John Kasich claiming …": a name after a preposition is an object, not a clause's subject. */
    boolean afterPreposition(Mention m) {
        int i = Tokens.indexAt(tokens, m.start());
        return i > 0 && PREPOSITIONS.contains(tokens.get(i - 1).text());
    }

    /** "Palin’s posts": a name owning the next noun is not the clause's subject; "She’s a supporter" is "she is". */
    boolean followedByPossessive(Mention m) {
        int next = Tokens.indexAt(tokens, m.end());
        return m.type() != Mention.Type.PRONOUN && next < tokens.size() && tokens.get(next).isPossessive();
    }

    private Mention mentionAfterComma(int v) {
        for (int i = v + 1; i < tokens.size(); i++) {
            if (tokens.get(i).is(",") && !quoted(i) && i + 1 < tokens.size()) {
                return Mentions.at(tokens, i + 1);
            }
        }
        return null;
    }

    int firstWord() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the clause holding token v ends (exclusive token index): before ", while", ", whereas", ";", ", but",
     * ", which was", a comma opening another reporting participle (", urging ..."), or ", with X ...ing".
     */
    int clauseEnd(int v) {
        for (int i = v + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("”", "\"") && tokens.get(i - 1).is(",") && i + 1 < tokens.size() && isReportingVerb(i + 1)
                    && tokens.get(i + 1).lower().endsWith("ing")) {
                return i; // "…,” describing it as …"
            }
            if (quoted(i)) {
                continue;
            }
            if (t.is(";")) {
                return i;
            }
            if (t.is(",") && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (next.is("while", "whereas", "but", "with")
                        || (next.is("which") && i + 2 < tokens.size() && tokens.get(i + 2).is("was", "were"))
                        || (next.lower().endsWith("ing") && isReportingVerb(i + 1))) {
                    return i;
                }
            }
            if (t.is("but", "and") && i + 1 < tokens.size() && isReportingVerb(i + 1)
                    && !tokens.get(i + 1).lower().endsWith("ing")) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The body span of tokens [from, to), ending with the sentence's final punctuation when it runs to the end. */
    Span spanOf(int from, int to) {
        int end = to >= tokens.size() ? span.end() : tokens.get(to - 1).end();
        if (to < tokens.size() && tokens.get(to - 1).is(",")) {
            end = tokens.get(to - 2).end();
        }
        return new Span(tokens.get(from).start(), end);
    }
}
