package io.newsgraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Connections silent for 2 seconds are closed (the tests' own timeout is long: a loaded machine is slow). */
public class ShortIdleTimeoutProfile implements QuarkusTestProfile {

    static final int IDLE_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.idle-timeout", IDLE_SECONDS + "S");
    }
}
