package io.newsgraph.ingest;

import io.newsgraph.ingest.extract.ArticleExtractor;
import io.newsgraph.ingest.extract.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An extractor that returns what a test scripted for a body, so persistence tests do not depend on extraction
 * quality. Enabled only by {@link ScriptedExtractionProfile}; cleaning just trims.
 */
@Alternative
@ApplicationScoped
public class ScriptedExtractor implements ArticleExtractor {

    private static final Map<String, Extraction> SCRIPTS = new ConcurrentHashMap<>();

    /** From now on, a body equal to {@code body} extracts as {@code extraction}. */
    public static void script(String body, Extraction extraction) {
        SCRIPTS.put(body, extraction);
    }

    @Override
    public String clean(String raw) {
        return raw.strip();
    }

    @Override
    public Extraction extract(String body) {
        return SCRIPTS.getOrDefault(body, new Extraction(List.of(), List.of(), List.of()));
    }
}
