package io.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.ingest")
public interface IngestConfig {

    /** Most articles one ingestArticles call takes; the batch is one transaction, so this bounds its size. */
    @WithDefault("100")
    int maxBatchSize();
}
