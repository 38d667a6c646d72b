package io.newsgraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A server as a locked-down production install would run it: no introspection, no schema file, no GraphiQL,
 * queries for signed-in callers only, and an editor given the way NEWSGRAPH_EDITOR_USER and
 * NEWSGRAPH_EDITOR_PASSWORD give it (they set these two properties).
 */
public class LockedDownProfile implements QuarkusTestProfile {

    static final String EDITOR = "desk";
    static final String PASSWORD = "s3cret-from-env";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsgraph.introspection.enabled", "false",
                "newsgraph.schema-file.enabled", "false",
                "newsgraph.graphiql.enabled", "false",
                "newsgraph.security.public-queries", "false",
                "newsgraph.editor.user", EDITOR,
                "newsgraph.editor.password", PASSWORD);
    }
}
