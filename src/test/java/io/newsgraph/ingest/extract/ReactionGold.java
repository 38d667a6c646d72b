package io.newsgraph.ingest.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reaction gold on corpus articles ({@code src/test/resources/extract/polnear-reactions/<NAME>.json}, format in the
 * project's extraction docs): per annotated article, every reaction with its actor, target speaker, stance and the
 * citation's offsets in code points into the corpus text.
 */
record ReactionGold(String article, List<Item> reactions) {

    /** One annotated reaction. */
    record Item(String actor, String actorKind, String stance, Target target, Offsets response, Offsets excerpt,
            String cue, String check) {}

    /** The statement reacted to: its speaker and where the article states it (offsets may be null). */
    record Target(String speaker, Integer start, Integer end) {}

    /** A [start, end) range in code points. */
    record Offsets(int start, int end) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The article names (with ".txt") set aside in held-out.txt: kept out of tuning, measured only at the end. */
    static Set<String> heldOut() {
        try (InputStream in = ReactionGold.class.getResourceAsStream("/extract/polnear-reactions/held-out.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotated articles by corpus name (without ".txt"); empty when there is no gold yet. */
    static Map<String, ReactionGold> load() {
        URL folder = ReactionGold.class.getResource("/extract/polnear-reactions");
        Map<String, ReactionGold> result = new HashMap<>();
        if (folder == null) {
            return result;
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ReactionGold gold = JSON.readValue(file.toFile(), ReactionGold.class);
                result.put(gold.article().replaceFirst("\\.txt$", ""), gold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
