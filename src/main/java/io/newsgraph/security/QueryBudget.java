package io.newsgraph.security;

import graphql.language.Document;
import io.newsgraph.common.PaginationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits every operation must fit before graphql-java validates it, on every transport: its depth
 * (SmallRye's {@code instrumentation-query-depth}), its size once fragments are expanded
 * ({@code newsgraph.graphql.max-expanded-fields}) and the rows it may return ({@code newsgraph.graphql.max-rows}),
 * all estimated by {@link QueryCost} in time linear in the document.
 */
@ApplicationScoped
public class QueryBudget {

    private final int maxDepth;
    private final double maxFields;
    private final double maxRows;
    private final PaginationConfig pagination;
    private final QueryCost.LargeTexts largeTexts;

    public QueryBudget(@ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth")
            Optional<Integer> maxDepth,
            @ConfigProperty(name = "newsgraph.graphql.max-expanded-fields") int maxFields,
            @ConfigProperty(name = "newsgraph.graphql.max-rows") long maxRows,
            @ConfigProperty(name = "newsgraph.graphql.large-text-fields") List<String> largeTextFields,
            @ConfigProperty(name = "newsgraph.graphql.large-text-rows") int largeTextRows,
            PaginationConfig pagination) {
        this.maxDepth = maxDepth.orElse(Integer.MAX_VALUE);
        this.maxFields = maxFields;
        this.maxRows = maxRows;
        this.pagination = pagination;
        this.largeTexts = new QueryCost.LargeTexts(Set.copyOf(largeTextFields), largeTextRows);
    }

    /** Why the operation is refused, in words that name the limit and the fix, or null when it fits. */
    public String refusal(Document document, String operationName, Map<String, Object> variables) {
        QueryCost.Estimate estimate = QueryCost.of(SchemaCapture.schema(), document, operationName, variables,
                pagination, largeTexts);
        if (estimate.depth() > maxDepth) {
            return estimate.depth() == Integer.MAX_VALUE
                    ? "a fragment spreads itself, so the query has no end: remove the cycle"
                    : "the query nests fields " + estimate.depth() + " levels deep; at most " + maxDepth
                            + " are allowed: ask for less in one query, or split it";
        }
        if (estimate.fields() > maxFields) {
            return "the query asks for " + count(estimate.fields()) + " fields once its fragments are expanded; at"
                    + " most " + count(maxFields) + " are allowed: spread fewer fragments, or split the query";
        }
        if (estimate.rows() > maxRows) {
            return "the query may return up to " + count(estimate.rows()) + " rows (each page size, first, "
                    + "multiplies the rows below it, and each of " + String.join(", ", largeTexts.fields())
                    + " counts as " + count(largeTexts.rows()) + "); at most " + count(maxRows)
                    + " are allowed in one operation: ask for smaller pages or fewer large texts, or split the query";
        }
        return null;
    }

    private static String count(double value) {
        return value >= 1e15 ? String.format(Locale.ROOT, "%.1e", value)
                : String.format(Locale.ROOT, "%,d", (long) value);
    }
}
