package io.newsgraph.ingest;

import io.newsgraph.article.ArticleFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A raw article as an analyst pastes or a feed posts it: metadata plus the page's text or HTML. */
@Input("IngestArticleInput")
@Description("An article to ingest: its metadata and its raw text or HTML, which ingestion cleans and reads.")
public class IngestArticleInput extends ArticleFields {

    @NotBlank
    @Size(max = 2_000_000)
    @Description("The article as raw text or HTML; page chrome (navigation, photo credits, \"Most Read\" blocks) is"
            + " stripped before it is stored as the body.")
    public String content;
}
