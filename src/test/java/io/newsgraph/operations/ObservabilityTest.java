package io.newsgraph.operations;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void probesAnswerAndReadinessWatchesTheDatabase() {
        get("/q/health/live").then().statusCode(200);
        get("/q/health/started").then().statusCode(200);
        get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
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
