package io.newsgraph.ingest.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The reaction gold annotated on real articles of the PolNeAR corpus ({@code src/test/resources/extract/
 * polnear-reactions/<NAME>.json}, format in its README): offsets in code points into {@code <NAME>.txt} of the
 * corpus, which stays outside the repository. {@code held-out.txt} there lists the articles kept out of tuning.
 */
record CorpusReactionGold(String article, String annotator, String notes, List<Item> reactions) {

    /** One reaction as annotated. */
    record Item(String actor, String actorKind, String stance, Target target, Offsets response, Offsets excerpt,
            String cue, String check) {}

    /** The statement reacted to: its speaker, and where the article states it (null offsets when it never does). */
    record Target(String speaker, Integer start, Integer end) {}

    /** A [start, end) range in code points. */
    record Offsets(int start, int end) {}

    static final Path FOLDER = Path.of("src/test/resources/extract/polnear-reactions");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Every annotated article, in name order. */
    static List<CorpusReactionGold> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<CorpusReactionGold> result = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                result.add(JSON.readValue(file.toFile(), CorpusReactionGold.class));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article names (with ".txt") set aside as the held-out set, measured only at the end. */
    static Set<String> heldOut() {
        try {
            return Set.copyOf(Files.readAllLines(FOLDER.resolve("held-out.txt")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The corpus folder: {@code -Dcorpus=...}, else {@code ../shared/corpora/polnear-train} beside the project; null
     * when it is not on this machine.
     */
    static Path corpus() {
        String given = System.getProperty("corpus");
        Path folder = Path.of(given != null ? given : "../shared/corpora/polnear-train");
        return Files.isDirectory(folder) ? folder : null;
    }

    String text(Path corpus) {
        try (InputStream in = Files.newInputStream(corpus.resolve(article))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
