package io.newsgraph.coverage;

import io.newsgraph.common.Batches;
import io.newsgraph.common.ReportsErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ReportsErrors
public class CoverageApi {

    private final CoverageService coverage;

    public CoverageApi(CoverageService coverage) {
        this.coverage = coverage;
    }

    @Query
    @NonNull
    @Description("Compares how articles cover the same statements: which report each one and with what excerpt, "
            + "which statements only one reports, and where they disagree about the speaker or the wording.")
    public Coverage coverage(
            @Description("Which articles to compare; all of them when omitted.") CoverageFilter filter,
            @Name("first") @DefaultValue("100") @Description("At most this many entries per list (max 100).")
            int first) {
        return coverage.compare(filter == null ? null : filter.articleIds, Batches.limit(first));
    }
}
