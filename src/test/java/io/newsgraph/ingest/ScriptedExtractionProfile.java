package io.newsgraph.ingest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Ingestion with the {@link ScriptedExtractor} and a small batch limit. */
public class ScriptedExtractionProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedExtractor.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsgraph.ingest.max-batch-size", "3");
    }
}
