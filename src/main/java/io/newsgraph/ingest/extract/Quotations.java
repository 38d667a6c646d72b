package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quotes: curly (“…”, «…») and straight ("…") double marks. Follows the news
 * conventions: a quote running over several paragraphs reopens each paragraph and closes only in its last one. A
 * mark that is never closed ends its quote at the end of its paragraph (or where the next quote opens), so it never
 * swallows the rest of the article. Single marks are left alone: they are mostly apostrophes.
 */
final class Quotations {

    /** One quote: where its marks are (close is -1 when it was never closed) and the quoted words. */
    record Quote(int open, int close, Span inner, String text) {

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

    private Quotations() {}

    static List<Quote> find(String body) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (open < 0) {
                if (isOpening(body, i)) {
                    open = i;
                }
            } else if (c == '\n') {
                int next = i;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                if (next < body.length() && isOpening(body, next)) {
                    i = next; // the same quote goes on in the next paragraph
                } else {
                    quotes.add(quote(body, open, -1, i));
                    open = -1;
                }
            } else if (isOpening(body, i)) {
                quotes.add(quote(body, open, -1, i)); // a new quote opens: the previous one was never closed
                open = i;
            } else if (c == '”' || c == '»' || c == '"' || c == '“') {
                quotes.add(quote(body, open, i, i));
                open = -1;
            }
        }
        if (open >= 0) {
            quotes.add(quote(body, open, -1, body.length()));
        }
        quotes.removeIf(q -> q.wordCount() == 0);
        return quotes;
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        if (c == '“') {
            // "“rapists“ while …": an opening mark glued to the word before it and followed by a space closes
            boolean glued = i > 0 && !Character.isWhitespace(body.charAt(i - 1))
                    && "([—–-/:".indexOf(body.charAt(i - 1)) < 0;
            return !(glued && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1))));
        }
        if (c == '«') {
            return true;
        }
        if (c != '"' || i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1))) {
            return false;
        }
        return i == 0 || Character.isWhitespace(body.charAt(i - 1)) || "([—–-/:".indexOf(body.charAt(i - 1)) >= 0;
    }

    private static Quote quote(String body, int open, int close, int end) {
        Span inner = Sentences.trim(body, open + 1, end);
        int innerEnd = inner.end();
        while (innerEnd > inner.start() && ",.:;".indexOf(body.charAt(innerEnd - 1)) >= 0) {
            innerEnd--;
        }
        inner = new Span(inner.start(), innerEnd);
        String text = body.substring(inner.start(), inner.end()).replaceAll("\\s*\\n\\s*[“\"«„]?", " ");
        return new Quote(open, close, inner, text);
    }
}
