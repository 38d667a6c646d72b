package io.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and punctuation of a stretch of the body, with offsets. A possessive "’s" is its own token, so
 * "Macron’s remarks" yields "Macron", "’s", "remarks".
 */
final class Tokens {

    /** One token: [start, end) in the body, and its text. */
    record Token(int start, int end, String text) {

        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean isCapitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String... words) {
            for (String word : words) {
                if (text.equalsIgnoreCase(word)) {
                    return true;
                }
            }
            return false;
        }

        boolean isPossessive() {
            return text.equals("’s") || text.equals("'s") || text.equals("’") || text.equals("'");
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:(?:[-.]|['’](?!s\\b))(?=\\p{L})[\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*"
                    + "|['’]s\\b|[^\\s\\p{Z}]"); // a no-break space is a space

    private Tokens() {}

    static List<Token> of(String body, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(body).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (end < to && body.charAt(end) == '.' && abbreviated(m.group())) {
                m.region(end + 1, to); // "Sen.", "J.", "Jr.": the stop belongs to the word, not the sentence
                end++;
            }
            tokens.add(new Token(start, end, body.substring(start, end)));
        }
        return tokens;
    }

    /** An initial ("J") or a listed abbreviation ("Sen", "Gov", "Jr") written with a full stop after it. */
    private static boolean abbreviated(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || Lexicon.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The index of the first token starting at or after a body offset (tokens.size() when none). */
    static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
