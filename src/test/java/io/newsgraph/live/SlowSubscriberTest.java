package io.newsgraph.live;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A subscriber that stops reading while events keep coming is closed with its cursor, never buffered for. */
@QuarkusTest
@TestProfile(SlowSubscriberTest.TwoEventBuffer.class)
class SlowSubscriberTest {

    public static class TwoEventBuffer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.live.buffer-size", "2", "newsgraph.seed.enabled", "false");
        }
    }

    @Inject
    GraphFeed feed;

    @Inject
    EventLog log;

    @Test
    void aSubscriberFallingBehindTheBufferIsClosedWithTheCursorToResumeAfter() {
        String speaker = actor("Slow Reader " + token());
        AssertSubscriber<StoredEvent> reader = feed.events(log.head()).subscribe()
                .withSubscriber(AssertSubscriber.<StoredEvent>create(1));
        String first = statement(speaker, "read " + token());
        reader.awaitItems(1, Duration.ofSeconds(30));
        assertEquals(Long.parseLong(first), reader.getItems().get(0).nodeId());
        for (int i = 0; i < 5; i++) {
            statement(speaker, "unread " + i + " " + token());
        }
        reader.request(10).awaitFailure(Duration.ofSeconds(30));
        assertTrue(reader.getFailure() instanceof SubscriberTooSlowException, reader.getFailure()::toString);
        assertTrue(reader.getFailure().getMessage().contains("fell more than 2 events behind"),
                reader.getFailure().getMessage());
        assertEquals(1, reader.getItems().size(), "the reader got only the event it asked for before it fell behind");
    }
}
