package io.newsgraph.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IngestArticlesInput")
@Description("A batch of articles to ingest together: all of them, or none if any fails.")
public class IngestArticlesInput {

    @NotEmpty
    @NonNull
    @Description("The articles, at most the configured batch size (100 by default).")
    public List<@Valid @NonNull IngestArticleInput> articles;
}
