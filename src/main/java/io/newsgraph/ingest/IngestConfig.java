package io.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.ingest")
public interface IngestConfig {

    /** Most articles one ingestArticles call takes; the batch is one transaction, so this bounds its size. */
    @WithDefault("100")
    int maxBatchSize();

    /**
     * Most characters of raw content one article may have: extraction time grows with the text (and faster than
     * it on quote-dense text), so this bounds the work of one article; the largest corpus article is 34 kB.
     */
    @WithDefault("100000")
    int maxArticleChars();
}
