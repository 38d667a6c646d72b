package io.newsgraph.article;

import io.newsgraph.common.VersionedRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateArticleInput")
@Description("Changes to one article.")
public class UpdateArticleInput extends VersionedRef {

    @NonNull
    @NotNull
    @Valid
    @Description("The new values.")
    public ArticleInput set;
}
