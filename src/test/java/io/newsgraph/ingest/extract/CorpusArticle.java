package io.newsgraph.ingest.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One article of a quote corpus laid out as {@code ../shared/corpora/polnear-train} is: {@code NAME.txt} (the text
 * as distributed) and {@code NAME.quotes.json} (its direct quotes, offsets in code points). The texts stay outside
 * the project; only this reader is in it.
 */
record CorpusArticle(String name, String raw, List<GoldQuote> quotes) {

    /** One annotated direct quote: its words, where they are, the source span as written and its kind. */
    record GoldQuote(String quote, int start, int end, String source, String sourceKind, String resolved,
            String cue) {}

    /** Which articles a run reads: every fifth file (sorted by name) is held out from development. */
    enum Part {
        ALL, DEV, HELD_OUT;

        boolean includes(int index) {
            boolean heldOut = index % 5 == 4;
            return this == ALL || (this == HELD_OUT) == heldOut;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static List<CorpusArticle> load(Path folder, Part part) {
        List<Path> texts;
        try (Stream<Path> files = Files.list(folder)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
        }
        List<CorpusArticle> result = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (part.includes(i)) {
                result.add(read(texts.get(i)));
            }
        }
        return result;
    }

    private static CorpusArticle read(Path text) {
        String file = text.getFileName().toString();
        String name = file.substring(0, file.length() - ".txt".length());
        Path gold = text.resolveSibling(name + ".quotes.json");
        try {
            String raw = Files.readString(text, StandardCharsets.UTF_8);
            List<GoldQuote> quotes = Files.exists(gold)
                    ? Arrays.asList(JSON.readValue(gold.toFile(), GoldQuote[].class)) : List.of();
            return new CorpusArticle(name, raw, quotes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + text, e);
        }
    }

    /** The UTF-16 index of a code point offset (the corpus counts code points, Java strings UTF-16 units). */
    int index(int codePoint) {
        return raw.offsetByCodePoints(0, Math.min(codePoint, raw.codePointCount(0, raw.length())));
    }

    /**
     * A short view of the text around [start, end) (UTF-16 indexes), on one line, for failure listings: the span in
     * [[…]], its middle left out when it is long.
     */
    String context(int start, int end, int around) {
        int from = Math.max(0, start - around);
        int to = Math.min(raw.length(), end + around);
        String span = raw.substring(start, end);
        if (span.length() > 160) {
            span = span.substring(0, 70) + " … " + span.substring(span.length() - 70);
        }
        String text = raw.substring(from, start) + "[[" + span + "]]" + raw.substring(end, to);
        return text.replaceAll("\\s+", " ").strip();
    }
}
