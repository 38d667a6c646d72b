package io.newsgraph.ingest;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What ingesting a batch stored, one result per input article, in input order.")
public record IngestArticlesPayload(
        @NonNull @Description("One result per input article, in input order.")
        List<@NonNull IngestArticlePayload> results) {
}
