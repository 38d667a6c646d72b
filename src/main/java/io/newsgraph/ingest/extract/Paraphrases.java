package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Quotations.Quote;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech without quotation marks: a speaker with a reporting verb and what they said ("X warned
 * that …", "…, urging Western countries to …", "According to X, …", "…, a senior lawmaker has said."). A clause
 * whose words are mostly a direct quote is left to the quote; a bare "he said" inside a sentence reports nothing.
 */
final class Paraphrases {

    /** A paraphrase found in a sentence: its speaker mention, its excerpt and the verb that reports it. */
    record Found(Mention speaker, Span excerpt, int verb) {}

    private static final int MIN_WORDS = 3;
    private static final Set<String> FILLER = Set.of("the", "a", "an", "about", "of", "to", "on", "over", "his",
            "her", "their", "its", "it", "this", "that", "these", "those", "for", "with");

    private Paraphrases() {}

    static List<Found> in(Sentence s, List<Quote> statementQuotes) {
        List<Found> found = new ArrayList<>();
        if (s.heading()) {
            return found;
        }
        List<Token> t = s.tokens();
        Found according = accordingTo(s);
        if (according != null) {
            found.add(according);
            return found;
        }
        int coveredTo = -1;
        for (int v = 0; v < t.size(); v++) {
            if (!s.isReportingVerb(v) || v < coveredTo || afterQuote(s, v)) {
                continue;
            }
            Mention subject = s.subjectOf(v);
            if (subject == null || (!t.get(v).lower().endsWith("ing") && attributesQuote(s, subject))) {
                continue;
            }
            int end = s.clauseEnd(v);
            if (end == v + 1 || (v + 1 < t.size() && t.get(v + 1).is(",", ".", ")"))) {
                Found trailing = trailingAttribution(s, v, subject);
                if (trailing != null) {
                    found.add(trailing);
                }
                continue;
            }
            boolean reaction = Lexicon.REACTION_PHRASES.containsKey(t.get(v).lower()) || (v + 1 < t.size()
                    && Lexicon.REACTION_PHRASES.containsKey(t.get(v).lower() + " " + t.get(v + 1).lower()));
            if (quotedComplement(s, v, end, statementQuotes)) {
                Found more = thatAfterQuote(s, v, end, subject);
                if (more != null) {
                    found.add(more);
                }
                continue;
            }
            if (reaction ? substance(s, v + 1, end) < MIN_WORDS : contentWords(s, v + 1, end) < 2
                    || onlyCircumstance(s, v + 1, end)) {
                continue;
            }
            end = Math.min(end, quoteStart(s, v, end, statementQuotes));
            boolean participle = t.get(v).lower().endsWith("ing") && s.afterComma(v);
            boolean ownsSubject = subject.start() < t.get(v).start() && subject.start() >= s.span().start();
            int before = s.beforeAuxiliaries(v);
            int from = v;
            if (ownsSubject && !(participle && reportedBefore(s, v))
                    && !(before >= 0 && t.get(before).is("and", "but"))) {
                from = Tokens.indexAt(t, subject.start());
            }
            int subjectAt = Tokens.indexAt(t, subject.start());
            if (from == subjectAt && subjectAt > 0 && t.get(subjectAt - 1).is(",") && !reportedBefore(s, subjectAt)) {
                from = 0; // "When asked whether …, the MP said …": the lead-in belongs to what was said
            }
            if (before >= 0 && t.get(before).is("who") && !participle) {
                from = before;
            }
            found.add(new Found(subject, s.spanOf(from, end), v));
            coveredTo = end;
        }
        return found;
    }

    /** "According to the French president, his stance …" reports the whole sentence. */
    private static Found accordingTo(Sentence s) {
        List<Token> t = s.tokens();
        int first = s.firstWord();
        if (first < 0 || first + 2 >= t.size() || !t.get(first).is("According") || !t.get(first + 1).is("to")) {
            return null;
        }
        Mention speaker = Mentions.at(t, first + 2);
        return speaker == null ? null : new Found(speaker, s.span(), first);
    }

    /** "Kiev could request …, a senior Ukrainian lawmaker has said." */
    private static Found trailingAttribution(Sentence s, int v, Mention subject) {
        List<Token> t = s.tokens();
        int subjectStart = Tokens.indexAt(t, subject.start());
        boolean atEnd = v + 1 >= t.size() || (v + 2 >= t.size() && !t.get(v + 1).isWord());
        if (!atEnd || subjectStart < 1 || !t.get(subjectStart - 1).is(",") || !s.quotes().isEmpty()
                || contentWords(s, 0, subjectStart) < 5) {
            return null;
        }
        return new Found(subject, s.span(), v);
    }

    /**
     * Whether the clause is carried by a direct quote that starts within a few words of the verb (or of its
     * "that").
     */
    private static boolean quotedComplement(Sentence s, int v, int end, List<Quote> statementQuotes) {
        Quote q = quoteIn(s, v, end, statementQuotes);
        if (q == null) {
            return false;
        }
        int open = Tokens.indexAt(s.tokens(), q.open());
        int from = v + 1;
        for (int k = v + 1; k < open; k++) {
            if (s.tokens().get(k).is("that")) {
                from = k + 1;
            }
        }
        return contentWords(s, from, open) <= 6;
    }

    private static Quote quoteIn(Sentence s, int v, int end, List<Quote> statementQuotes) {
        int from = s.tokens().get(v).end();
        int to = end >= s.tokens().size() ? s.span().end() : s.tokens().get(end).start();
        for (Quote q : statementQuotes) {
            if (q.open() >= from && q.open() < to) {
                return q;
            }
        }
        return null;
    }

    /** "arguing that “…” and that the plan would cut prices": the second "that" reports a claim of its own. */
    private static Found thatAfterQuote(Sentence s, int v, int end, Mention subject) {
        List<Token> t = s.tokens();
        for (int k = v + 1; k + 1 < Math.min(end, t.size()); k++) {
            if (!s.quoted(k) && t.get(k).is("and") && t.get(k + 1).is("that") && contentWords(s, k + 2, end) >= 3) {
                return new Found(subject, s.spanOf(k + 1, end), v);
            }
        }
        return null;
    }

    /** "…,” Kuleba said at a news conference": the verb attributes the quote before it. */
    private static boolean attributesQuote(Sentence s, Mention subject) {
        int at = subject.start();
        for (Quote q : s.quotes()) {
            int gap = at - q.outer().end();
            if (q.close() >= 0 && gap >= 0 && gap <= 3) {
                return true;
            }
        }
        return false;
    }

    /** "said in Washington", "said at a news conference": where and when, but nothing said. */
    private static boolean onlyCircumstance(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        if (from >= t.size() || !t.get(from).is("at", "in", "on", "during", "after", "before", "from", "to", "with")) {
            return false;
        }
        for (int k = from; k < Math.min(to, t.size()); k++) {
            if (t.get(k).is("that", "whether")) {
                return false;
            }
        }
        return true;
    }

    private static boolean reportedBefore(Sentence s, int v) {
        for (int k = 0; k < v; k++) {
            if (s.isReportingVerb(k) && !(k > 0 && s.tokens().get(k - 1).is("when", "if", "once", "after", "before"))) {
                return true;
            }
        }
        return false;
    }

    /** A long lead-in before a quote is a paraphrase of its own, ending where the quote begins. */
    private static int quoteStart(Sentence s, int v, int end, List<Quote> statementQuotes) {
        int from = s.tokens().get(v).end();
        for (Quote q : statementQuotes) {
            if (q.open() >= from) {
                int k = Tokens.indexAt(s.tokens(), q.open());
                if (k < end) {
                    while (k > v + 1 && !s.tokens().get(k - 1).isWord() || s.tokens().get(k - 1).is("first")) {
                        k--;
                    }
                    return k;
                }
            }
        }
        return end;
    }

    /** "“…,” he said" attributes the quote; "“…,” describing it as …" goes on to report more. */
    private static boolean afterQuote(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (t.get(v).lower().endsWith("ing")) {
            return false;
        }
        for (int k = v - 1; k >= Math.max(0, v - 2); k--) {
            String text = t.get(k).text();
            if (text.equals("”") || text.equals("\"") || text.equals("»")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that say something beyond naming a target: "voiced skepticism about the idea" reports a reaction, not
     * a statement of its own, while "criticized the plan for escalating tensions" reports both.
     */
    private static int substance(Sentence s, int from, int to) {
        int words = 0;
        for (int i = from; i < to && i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.isWord() && !t.isCapitalized() && !FILLER.contains(t.lower())
                    && !Lexicon.TARGET_NOUNS.contains(t.lower())
                    && !Lexicon.REACTION_PHRASES.containsKey(t.lower())) {
                words++;
            }
        }
        return words;
    }

    static int contentWords(Sentence s, int from, int to) {
        int words = 0;
        for (int i = from; i < to && i < s.tokens().size(); i++) {
            if (s.tokens().get(i).isWord() && !s.tokens().get(i).is("that")) {
                words++;
            }
        }
        return words;
    }
}
