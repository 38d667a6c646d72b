package io.newsgraph.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to one article.")
public class UpdateArticleInput {

    @Id
    @NonNull
    @NotNull
    @Description("The article to change.")
    public Long id;

    @Description("If given, the update is refused with CONFLICT unless the article is still at this version.")
    public Integer expectedVersion;

    @NonNull
    @NotNull
    @Valid
    @Description("The new values.")
    public ArticleInput set;
}
