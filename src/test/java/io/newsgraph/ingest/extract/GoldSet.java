package io.newsgraph.ingest.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsgraph.actor.NameKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A hand-annotated gold set: {@code src/test/resources/extract/<name>/gold.json} and the raw articles beside it.
 * Actors are keys with every spelling that names them; statements are given by their excerpt in the cleaned body.
 */
record GoldSet(String name, String description, Map<String, List<String>> actors, List<Article> articles) {

    record Article(String file, String note, List<Said> quotes, List<Said> paraphrases, List<Response> reactions) {}

    /** A quote or paraphrase: its excerpt (verbatim in the cleaned body) and the key of its speaker. */
    record Said(String excerpt, String speaker) {}

    /** A reaction: who, with what stance, to a statement by whom. */
    record Response(String actor, String stance, String targetSpeaker) {}

    private record File(String description, Map<String, List<String>> actors, List<Article> articles) {}

    static GoldSet load(String name) {
        try (InputStream in = resource(name + "/gold.json")) {
            File file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            return new GoldSet(name, file.description(), file.actors(), file.articles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String raw(Article article) {
        try (InputStream in = resource(name + "/" + article.file())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any spelling of the gold actor and any name the extractor gave an actor denote the same one. */
    boolean sameActor(String key, Extraction.Actor actor) {
        List<String> spellings = actors.get(key);
        if (spellings == null) {
            throw new IllegalStateException(name + ": gold names an unknown actor " + key);
        }
        for (String spelling : spellings) {
            if (NameKey.matches(spelling, actor.name())
                    || actor.surfaceForms().stream().anyMatch(form -> NameKey.of(form).equals(NameKey.of(spelling)))) {
                return true;
            }
        }
        return false;
    }

    private static InputStream resource(String path) {
        InputStream in = GoldSet.class.getResourceAsStream("/extract/" + path);
        if (in == null) {
            throw new IllegalStateException("missing test resource extract/" + path);
        }
        return in;
    }
}
