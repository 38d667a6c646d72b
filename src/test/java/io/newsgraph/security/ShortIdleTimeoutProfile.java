package io.newsgraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Connections silent for 2 seconds are closed, and bodies slower than 4 seconds (the tests' own timeout is long: a
 * loaded machine is slow).
 */
public class ShortIdleTimeoutProfile implements QuarkusTestProfile {

    static final int IDLE_SECONDS = 2;
    static final int BODY_SECONDS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.idle-timeout", IDLE_SECONDS + "S", "newsgraph.http.body-timeout",
                BODY_SECONDS + "S");
    }
}
