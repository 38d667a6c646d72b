package io.newsgraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A server as a locked-down production install would run it: no introspection, no schema file, no GraphiQL,
 * queries for signed-in callers only, and the editor's password from NEWSGRAPH_EDITOR_PASSWORD as the packaged
 * application reads it (the test profile's own editor/editor is replaced by the production expression).
 */
public class LockedDownProfile implements QuarkusTestProfile {

    static final String EDITOR = "editor";
    static final String PASSWORD = "s3cret-from-env";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsgraph.introspection.enabled", "false",
                "newsgraph.schema-file.enabled", "false",
                "newsgraph.graphiql.enabled", "false",
                "newsgraph.security.public-queries", "false",
                "quarkus.security.users.embedded.users.editor", "${NEWSGRAPH_EDITOR_PASSWORD:${quarkus.uuid}}",
                "NEWSGRAPH_EDITOR_PASSWORD", PASSWORD);
    }
}
