package io.newsgraph.landing;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example the examples page (/examples.html) offers in GraphiQL runs against the server without errors. */
@QuarkusTest
class LandingPageTest {

    // One example is ["title", `query`] in the page's script.
    private static final Pattern EXAMPLE = Pattern.compile("\\[\"([^\"]+)\", `([^`]*)`]", Pattern.DOTALL);

    @Test
    void everyExampleIsAValidQuery() {
        String page = get("/examples.html").then().statusCode(200).extract().asString();
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher matcher = EXAMPLE.matcher(page);
        while (matcher.find()) {
            examples.put(matcher.group(1), matcher.group(2));
        }
        assertEquals(5, examples.size(), () -> "examples found: " + examples.keySet());
        examples.forEach((title, query) -> GraphQL.data(GraphQL.query(query)));
    }

    @Test
    void graphiqlStartsWithNewsgraphsScriptWhichLeavesTheContentTypeToGraphiQL() {
        String script = get("/graphiql/render.js").then().statusCode(200).extract().asString();
        assertTrue(script.contains("const api = '/graphql';"), script);
        assertFalse(script.toLowerCase(Locale.ROOT).contains("'content-type':"), script);
    }
}
