package io.newsgraph.article;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What deleting an article removed.")
public record DeleteArticlePayload(
        @Id @NonNull @Description("The deleted article.") Long deletedArticleId,
        @NonNull @Description("How many citations pointed into it and were removed.") int removedCitationCount,
        @NonNull @Description("Statements no other article reported, removed with it.")
        @Id List<@NonNull Long> deletedStatementIds,
        @NonNull @Description("Reactions no other article reported, removed with it.")
        @Id List<@NonNull Long> deletedReactionIds) {
}
