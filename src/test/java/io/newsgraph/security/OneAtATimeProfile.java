package io.newsgraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One GraphQL operation at a time, one more waiting, for at most a second. */
public class OneAtATimeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsgraph.graphql.max-concurrent", "1", "newsgraph.graphql.max-queued", "1",
                "newsgraph.graphql.queue-timeout", "1S");
    }
}
