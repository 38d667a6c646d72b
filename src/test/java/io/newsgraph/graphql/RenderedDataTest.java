package io.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.JsonProviderHolder;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rendered data gives the very bytes SmallRye's own conversion gives, for every kind of value. */
class RenderedDataTest {

    @Test
    void writesWhatSmallRyeWrites() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "quote \" backslash \\ slash / tab \t newline \n cr \r bs \b ff \f nul \u0000 us \u001f");
        data.put("unicode", "é — 中文 \u2028 😀 del \u007f");
        data.put("empty", "");
        data.put("nothing", null);
        data.put("yes", true);
        data.put("no", false);
        data.put("int", Integer.MIN_VALUE);
        data.put("long", Long.MAX_VALUE);
        data.put("short", (short) -7);
        data.put("doubles", List.of(0.1, 1.0, -2.5e-9, 1e20, 123456789.125, Double.MAX_VALUE));
        data.put("float", 3.14f);
        data.put("decimal", new BigDecimal("1234.5000"));
        data.put("scientific", new BigDecimal("1E+3"));
        data.put("big", new BigInteger("123456789012345678901234567890"));
        data.put("enum", Thread.State.RUNNABLE);
        data.put("json", JsonProviderHolder.JSON_PROVIDER.createValue("already \"JSON\""));
        data.put("nested", List.of(Map.of("a", List.of()), new ArrayList<>(Arrays.asList(1, null, "x")), List.of(
                new LinkedHashMap<>(Map.of("deeper", Map.of())))));
        data.put("object", new LinkedHashMap<>(Map.of("k", "v")));

        assertEquals(smallRye(data), rendered(data));
    }

    @Test
    void keepsErrorsBesideTheData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("article", null);
        var error = GraphqlErrorBuilder.newError().message("not found").build();
        ExecutionResult result = ExecutionResult.newExecutionResult().data(data).addError(error).build();
        ExecutionResult withRendered = result.transform(builder -> builder.data(RenderedData.of(data, Long.MAX_VALUE)));

        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(),
                new ExecutionResponse(withRendered).getExecutionResultAsString());
    }

    @Test
    void staysTheMapItRenders() {
        Map<String, Object> data = Map.of("articles", List.of(Map.of("id", "1")));
        RenderedData rendered = RenderedData.of(data, Long.MAX_VALUE);

        assertInstanceOf(Map.class, rendered);
        assertEquals(data, rendered);
        assertEquals(data.get("articles"), rendered.get("articles"));
        assertEquals("{\"articles\":[{\"id\":\"1\"}]}", rendered.toString());
    }

    @Test
    void leavesOtherValuesToSmallRye() {
        assertNull(RenderedData.of(Map.of("date", LocalDate.of(2026, 12, 3)), Long.MAX_VALUE));
        assertNull(RenderedData.of(Map.of("nested", List.of(Map.of("nan", Double.NaN))), Long.MAX_VALUE));
        assertNotEquals(null, RenderedData.of(Map.of("finite", 1.5), Long.MAX_VALUE));
    }

    private static String smallRye(Map<String, Object> data) {
        return new ExecutionResponse(ExecutionResult.newExecutionResult().data(data).build())
                .getExecutionResultAsString();
    }

    private static String rendered(Map<String, Object> data) {
        return new ExecutionResponse(
                ExecutionResult.newExecutionResult().data(RenderedData.of(data, Long.MAX_VALUE)).build())
                .getExecutionResultAsString();
    }
}
