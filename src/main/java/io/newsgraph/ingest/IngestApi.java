package io.newsgraph.ingest;

import io.newsgraph.common.ReportsErrors;
import io.newsgraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ReportsErrors
public class IngestApi {

    private final IngestService ingest;

    public IngestApi(IngestService ingest) {
        this.ingest = ingest;
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Stores a raw article and the graph it reports: actors (matched to known ones under any spelling),"
            + " statements and reactions (matched to what other outlets already reported, which gain a citation)."
            + " Ingesting an article already stored (same url or same cleaned text) changes nothing.")
    public IngestArticlePayload ingestArticle(@NonNull @Description("The mutation's input.") IngestArticleInput input) {
        return ingest.ingest(input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Ingests a batch of articles in one transaction: all of them, or none if any fails.")
    public IngestArticlesPayload ingestArticles(
            @NonNull @Description("The mutation's input.") IngestArticlesInput input) {
        return new IngestArticlesPayload(ingest.ingestAll(input));
    }
}
