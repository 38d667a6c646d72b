package io.newsgraph.operations;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Kubernetes and Prometheus rely on (k8s/deployment.yaml): the health endpoints its probes call, with the
 * database among the readiness checks, and a timer per GraphQL operation at /q/metrics. What happens to
 * readiness when the database goes away is checked against real PostgreSQL by .ci/check-prod.sh.
 */
@QuarkusTest
class ObservabilityTest {

    // Series of the root articles field; nested fields of the same name (Actor.articles) carry source="true".
    private static final Pattern ARTICLES_COUNT = Pattern.compile(
            "^mp_graphql_seconds_count\\{([^}]*name=\"articles\"[^}]*type=\"QUERY\"[^}]*)} ([0-9.E]+)$",
            Pattern.MULTILINE);

    @Test
    void metricsTimeEachGraphQLOperation() {
        double before = articlesQueries();
        GraphQL.data("article/articles");
        GraphQL.data("article/articles");
        assertEquals(before + 2, articlesQueries(), "mp_graphql_seconds_count for the articles query");
    }

    @Test
    void theTimerRecordsEachCallsOwnDurationAlsoAfterAFailedCall() throws InterruptedException {
        Timing before = timing("pause");
        GraphQL.error(GraphQL.query("{ pause(milliseconds: -1) }")); // fails in the resolver
        Thread.sleep(3000); // time between calls is part of none of them
        pause(300);
        Thread.sleep(3000);
        pause(100);
        Timing after = timing("pause");
        assertEquals(before.count() + 3, after.count(), "mp_graphql_seconds_count of pause");
        double recorded = after.sum() - before.sum();
        // the calls took 0.4 s; a timer that ran from one call to the next would add the pauses between them
        assertTrue(recorded >= 0.4 && recorded < 2.4, "mp_graphql_seconds_sum grew by " + recorded + " s");
        assertTrue(after.max() >= 0.3 && after.max() < 2.3, "mp_graphql_seconds_max is " + after.max() + " s");
    }

    @Test
    void probesAnswerAndReadinessWatchesTheDatabase() {
        get("/q/health/live").then().statusCode(200);
        get("/q/health/started").then().statusCode(200);
        get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }

    private record Timing(double count, double sum, double max) {
    }

    private static void pause(int milliseconds) {
        GraphQL.data(GraphQL.query("{ pause(milliseconds: " + milliseconds + ") }"));
    }

    /** The root field's timer series (source="false"), as Prometheus reads them. */
    private static Timing timing(String field) {
        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();
        return new Timing(series(metrics, "count", field), series(metrics, "sum", field),
                series(metrics, "max", field));
    }

    private static double series(String metrics, String kind, String field) {
        Matcher m = Pattern.compile("^mp_graphql_seconds_" + kind + "\\{([^}]*)} ([0-9.E-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("name=\"" + field + "\"") && m.group(1).contains("source=\"false\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static double articlesQueries() {
        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = ARTICLES_COUNT.matcher(metrics);
        double count = 0;
        while (m.find()) {
            if (!m.group(1).contains("source=\"true\"")) {
                count += Double.parseDouble(m.group(2));
            }
        }
        return count;
    }
}
