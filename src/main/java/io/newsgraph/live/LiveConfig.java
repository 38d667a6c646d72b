package io.newsgraph.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.live")
public interface LiveConfig {

    /**
     * Events each subscriber may fall behind by before the oldest are dropped: a slow client must not hold
     * memory without bound (a batch ingestion fires several events per article).
     */
    @WithDefault("1000")
    int bufferSize();
}
