package io.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The article a mutation created or changed.")
public record ArticlePayload(@NonNull @Description("The article as stored.") Article article) {
}
