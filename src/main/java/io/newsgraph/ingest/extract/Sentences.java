package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a cleaned body into paragraphs (separated by line breaks) and sentences. A sentence ends at ".", "!", "?"
 * or "…" (with any closing quotation marks or brackets after it) followed by a space and a capital, an opening
 * mark or a digit — except after an abbreviation ("Mr.", "U.S.") or a single initial ("J.").
 */
final class Sentences {

    /** Initials before their last stop: "J.J", "H.R". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");

    private Sentences() {}

    static List<Span> paragraphs(String body) {
        List<Span> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                Span trimmed = trim(body, start, i);
                if (trimmed.end() > trimmed.start()) {
                    result.add(trimmed);
                }
                start = i + 1;
            }
        }
        return result;
    }

    static List<Span> sentences(String body) {
        List<Span> result = new ArrayList<>();
        for (Span paragraph : paragraphs(body)) {
            result.addAll(sentences(body, paragraph));
        }
        return result;
    }

    static List<Span> sentences(String body, Span paragraph) {
        List<Span> result = new ArrayList<>();
        int start = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = body.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < paragraph.end() && "\"”’')]".indexOf(body.charAt(end)) >= 0) {
                end++;
            }
            if (end < paragraph.end() && body.charAt(end) == ' ' && startsSentence(body, end + 1, paragraph.end())
                    && !(c == '.' && isAbbreviation(body, paragraph.start(), i, end + 1))) {
                result.add(new Span(start, end));
                start = end + 1;
                i = end;
            }
        }
        if (start < paragraph.end()) {
            result.add(trim(body, start, paragraph.end()));
        }
        return result;
    }

    private static boolean startsSentence(String body, int at, int limit) {
        if (at >= limit) {
            return false;
        }
        char c = body.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    /**
     * Whether the stop at {@code dot} belongs to a word: an initial, a listed abbreviation, "No." before a number,
     * or initials before a word that can be a surname ("J.J. MacNab", but not "in D.C. The …", nor a state after
     * its city: "Raleigh, N.C. Trump …").
     */
    private static boolean isAbbreviation(String body, int paragraphStart, int dot, int next) {
        int from = dot;
        while (from > paragraphStart && !Character.isWhitespace(body.charAt(from - 1))) {
            from--;
        }
        String word = body.substring(from, dot).replaceAll("^[\"“(]+", "");
        int to = next;
        while (to < body.length() && Character.isLetter(body.charAt(to))) {
            to++;
        }
        String following = body.substring(next, to);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || Lexicon.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || word.equals("No") && next < body.length() && Character.isDigit(body.charAt(next))
                || INITIALS.matcher(word).matches() && !following.isEmpty() && !body.startsWith(", ", from - 2)
                && !Lexicon.COMMON_WORDS.contains(following.toLowerCase(Locale.ROOT))
                && !Lexicon.NOT_NAMES.contains(following);
    }

    static Span trim(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
