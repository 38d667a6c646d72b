package io.newsgraph.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "newsgraph.live")
public interface LiveConfig {

    /**
     * Newest events each replica keeps in memory; a live subscriber that falls further behind than this is closed
     * with SUBSCRIBER_TOO_SLOW (a slow client must not hold memory or stall the others).
     */
    @WithDefault("1000")
    int bufferSize();

    /** How long events stay in the event table: cursors older than this get CURSOR_EXPIRED. */
    @WithDefault("P7D")
    Duration retention();

    /** How often each replica deletes the events past the retention window. */
    @WithDefault("PT10M")
    Duration purgeInterval();

    /** How often a replica looks for new events without being told (a lost notification costs at most this). */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** Largest page changes(first:) returns. */
    @WithDefault("500")
    int maxChangesPage();
}
