package io.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure reaches the client as INTERNAL_SERVER_ERROR with an id and nothing else: no SQL, no
 * exception class, no stack trace; the server log has the id with the failure, at ERROR, once. Test-only resolvers
 * fail on purpose, one behind the {@link ErrorBoundary} and one outside it. An expected error (NOT_FOUND) is the
 * client's business: nothing at WARN or above.
 */
@QuarkusTest
class ErrorLeakTest {

    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = LogCapture.start();
    }

    @AfterEach
    void releaseLog() {
        log.close();
    }

    @Test
    void aFailureBehindTheBoundaryLeaksNothingAndIsLoggedWithItsId() {
        assertReportedWithIdOnly("{ failingLookup }");
    }

    @Test
    void aFailureOutsideTheBoundaryLeaksNothingAndIsLoggedWithItsId() {
        assertReportedWithIdOnly("{ unguardedFailingLookup }");
    }

    @Test
    void anExpectedErrorIsNotLoggedAsAFailure() {
        JsonPath response = GraphQL.query(
                "query($ids: [ID!]) { coverage(filter: {articleIds: $ids}) { articles { id } } }",
                Map.of("ids", List.of("987654321")));
        assertEquals("NOT_FOUND", GraphQL.error(response).getString("extensions.code"), response::prettify);
        assertEquals(List.of(), log.warnings());
    }

    @Test
    void anUnreachableDatabaseIsUnavailableNotAnInternalError() {
        JsonPath response = GraphQL.query("{ unreachableDatabaseLookup }");
        String body = response.prettify();
        JsonPath error = GraphQL.error(response);
        assertEquals("UNAVAILABLE", error.getString("extensions.code"), body);
        assertEquals(null, error.getString("extensions.errorId"), body);
        for (String leak : List.of("select", "secret_column", "persistence", "sqlexception", "backend", "java.")) {
            assertFalse(body.toLowerCase(Locale.ROOT).contains(leak), () -> "response leaks " + leak + ":\n" + body);
        }
        List<String> warnings = log.warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("WARN") && warnings.get(0).contains("unreachableDatabaseLookup")
                && !warnings.get(0).contains("Exception:"), warnings::toString);
    }

    private void assertReportedWithIdOnly(String query) {
        JsonPath response = GraphQL.query(query);
        String body = response.prettify();
        JsonPath error = GraphQL.error(response);
        String errorId = error.getString("extensions.errorId");
        assertTrue(errorId != null && errorId.matches("[0-9a-f-]{36}"), body);
        assertEquals("INTERNAL_SERVER_ERROR", error.getString("extensions.code"), body);
        for (String leak : List.of("select", "secret_column", "persistence", "sqlexception", "java.", "\tat ")) {
            assertFalse(body.toLowerCase(Locale.ROOT).contains(leak), () -> "response leaks " + leak + ":\n" + body);
        }
        List<String> logged = log.of("io.newsgraph");
        assertTrue(logged.stream().anyMatch(line -> line.contains(errorId) && line.contains("PersistenceException")),
                () -> "no log line with " + errorId + " and the failure: " + logged);
        List<String> warnings = log.warnings();
        assertTrue(warnings.stream().allMatch(line -> line.contains(errorId)),
                () -> "a warning or error without the id " + errorId + ": " + warnings);
    }
}
