package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps offsets of a cleaned body back to the raw text it was cleaned from. The cleaner keeps each line it keeps
 * unchanged apart from folding runs of spaces, so each body paragraph is found in the raw text (in order, spaces
 * matching any run of white space) and aligned character by character.
 */
final class BodyAlignment {

    private static final String SPACE = "[\\s\\u00a0\\u2009\\u202f]+";

    private final int[] rawIndex;

    BodyAlignment(String body, String raw) {
        rawIndex = new int[body.length() + 1];
        Arrays.fill(rawIndex, -1);
        int cursor = 0;
        for (Span paragraph : Sentences.paragraphs(body)) {
            Matcher m = pattern(body.substring(paragraph.start(), paragraph.end())).matcher(raw);
            if (!m.find(cursor)) {
                continue;
            }
            int j = m.start();
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                rawIndex[i] = j;
                j++;
                if (body.charAt(i) == ' ') {
                    while (j < m.end() && String.valueOf(raw.charAt(j)).matches(SPACE)) {
                        j++;
                    }
                }
            }
            cursor = m.end();
        }
        int next = raw.length();
        for (int i = rawIndex.length - 1; i >= 0; i--) {
            if (rawIndex[i] < 0) {
                rawIndex[i] = next;
            } else {
                next = rawIndex[i];
            }
        }
    }

    private static Pattern pattern(String paragraph) {
        List<String> chunks = new ArrayList<>();
        for (String chunk : paragraph.split(" ")) {
            chunks.add(Pattern.quote(chunk));
        }
        return Pattern.compile(String.join(SPACE, chunks));
    }

    /** The raw [start, end) (UTF-16 indexes) of a body span. */
    Span toRaw(Span body) {
        int start = rawIndex[body.start()];
        int end = body.end() > body.start() ? rawIndex[body.end() - 1] + 1 : start;
        return new Span(start, Math.max(start, end));
    }
}
