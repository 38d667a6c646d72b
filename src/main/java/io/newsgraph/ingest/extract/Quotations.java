package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks into quotes: curly (“…”, „…“, «…») and straight ("…") double marks, and two apostrophes
 * (''…''), the New York Times' marks as its archive text writes them. Follows the news conventions: a quote
 * running over several paragraphs reopens each paragraph and closes only in its last one; it is read as one quote
 * per paragraph, each after the first marked as continuing the one before (news corpora and readers cite a
 * paragraph, not a whole speech). A mark that is never closed ends its quote at the end of its paragraph (or where
 * the next quote opens), so it never swallows the rest of the article. Single marks (‘…’, '…') are quotation marks
 * only in an article that has no double ones, as British and Irish outlets write; elsewhere they are apostrophes,
 * or quotes within quotes.
 */
final class Quotations {

    /**
     * One quote: where its marks are (the first character of the opening mark, the last of the closing one, which
     * is -1 when it was never closed), how many characters a mark takes, the quoted words, and where the quote it
     * continues from the paragraph before opens (-1 when it opens a quote of its own).
     */
    record Quote(int open, int close, int width, Span inner, String text, int continues) {

        int wordCount() {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        /** From the opening mark to the closing mark inclusive (or the end of the words when unclosed). */
        Span outer() {
            return new Span(open, close >= 0 ? close + 1 : inner.end());
        }

        boolean contains(int position) {
            return position >= open && position < outer().end();
        }
    }

    private static final Pattern DOUBLE_MARKS = Pattern.compile("[“”\"«»]|''");
    /** Words that open with an apostrophe standing for dropped letters. */
    private static final Pattern ELISION = Pattern.compile("'(em|til|cause|n|s|tis|twas)\\b", Pattern.CASE_INSENSITIVE);

    private Quotations() {}

    static List<Quote> find(String body) {
        boolean single = singleMarksOnly(body);
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        int width = 1;
        int continues = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (open < 0) {
                if (isOpening(body, i, single) || !single && isReversedOpening(body, i)) {
                    open = i;
                    width = markWidth(body, i);
                    continues = -1;
                    i += width - 1;
                }
            } else if (c == '\n') {
                int next = i;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                quotes.add(quote(body, open, width, -1, i, continues));
                boolean goesOn = next < body.length() && isOpening(body, next, single);
                continues = goesOn ? open : -1; // the same quote goes on in the next paragraph
                open = goesOn ? next : -1;
                width = goesOn ? markWidth(body, next) : width;
                i = goesOn ? next + width - 1 : i;
            } else if (!(body.charAt(open) == '„' && (c == '“' || c == '”')) && isOpening(body, i, single)) {
                quotes.add(quote(body, open, width, -1, i, continues)); // a new one opens: this one was never closed
                open = i;
                width = markWidth(body, i);
                continues = -1;
                i += width - 1;
            } else if (width == 2 ? isDoubleApostrophe(body, i) : single ? isSingleClosing(body, i)
                    : c == '”' || c == '»' || c == '"' || c == '“') {
                quotes.add(quote(body, open, width, i + width - 1, i, continues));
                open = -1;
            }
        }
        if (open >= 0) {
            quotes.add(quote(body, open, width, -1, body.length(), continues));
        }
        quotes.removeIf(q -> q.wordCount() == 0);
        return quotes;
    }

    private static boolean isDoubleApostrophe(String body, int i) {
        return body.startsWith("''", i) && (i + 2 >= body.length() || body.charAt(i + 2) != '\'');
    }

    private static int markWidth(String body, int i) {
        return isDoubleApostrophe(body, i) ? 2 : 1;
    }

    /** Whether the article quotes in single marks: it opens one before a word and writes no double mark. */
    private static boolean singleMarksOnly(String body) {
        if (DOUBLE_MARKS.matcher(body).find()) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            if (isSingleOpening(body, i)) {
                return true;
            }
        }
        return false;
    }

    /** ‘ before a word, or ' before a letter where a word starts ("'We will', she said"; not "'em", "'90s"). */
    private static boolean isSingleOpening(String body, int i) {
        char c = body.charAt(i);
        if (i + 1 >= body.length() || !Character.isLetter(body.charAt(i + 1)) || c != '‘' && c != '\'') {
            return false;
        }
        return atWordStart(body, i) && (c == '‘' || !ELISION.matcher(body).region(i, body.length()).lookingAt());
    }

    /** ’ or ' after a word and before no letter or digit: not the apostrophe of "don’t" or "Jones's". */
    private static boolean isSingleClosing(String body, int i) {
        char c = body.charAt(i);
        return (c == '’' || c == '\'') && i > 0 && !Character.isWhitespace(body.charAt(i - 1))
                && (i + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(i + 1)));
    }

    private static boolean isOpening(String body, int i, boolean single) {
        if (single) {
            return isSingleOpening(body, i);
        }
        char c = body.charAt(i);
        if (isDoubleApostrophe(body, i)) {
            // "''We finally …": two apostrophes before a word, at the start of a line or after a space
            return i + 2 < body.length() && !Character.isWhitespace(body.charAt(i + 2)) && atWordStart(body, i);
        }
        if (c == '“') {
            // "“rapists“ while …": an opening mark glued to the word before it and followed by a space closes
            return atWordStart(body, i) || i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
        }
        if (c == '«' || c == '„') {
            return true;
        }
        if (c != '"' || i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1))) {
            return false;
        }
        return atWordStart(body, i);
    }

    /**
     * A closing mark where no quote is open, written for an opening one: before a word after a space ("aides ”get
     * close to Ben”"), or opening a paragraph ("” … if the incumbent can visit, surely she can,” it read").
     */
    private static boolean isReversedOpening(String body, int i) {
        if (body.charAt(i) != '”' || i + 1 >= body.length()) {
            return false;
        }
        boolean paragraphStart = i == 0 || body.charAt(i - 1) == '\n';
        return paragraphStart || atWordStart(body, i) && !Character.isWhitespace(body.charAt(i + 1));
    }

    /** Whether a mark at {@code i} stands where a word may start: first, after a space, bracket, dash, slash, colon. */
    private static boolean atWordStart(String body, int i) {
        return i == 0 || Character.isWhitespace(body.charAt(i - 1)) || "([—–-/:".indexOf(body.charAt(i - 1)) >= 0;
    }

    private static Quote quote(String body, int open, int width, int close, int end, int continues) {
        Span inner = Sentences.trim(body, open + width, end);
        int innerEnd = inner.end();
        while (innerEnd > inner.start() && ",.:;".indexOf(body.charAt(innerEnd - 1)) >= 0) {
            innerEnd--;
        }
        inner = new Span(inner.start(), innerEnd);
        String text = body.substring(inner.start(), inner.end());
        return new Quote(open, close, width, inner, text, continues);
    }
}
