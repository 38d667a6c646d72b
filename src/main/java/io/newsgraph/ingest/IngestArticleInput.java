package io.newsgraph.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.hibernate.validator.constraints.URL;

/** A raw article as an analyst pastes or a feed posts it: metadata plus the page's text or HTML. */
@Input("IngestArticleInput")
@Description("An article to ingest: its metadata and its raw text or HTML, which ingestion cleans and reads.")
public class IngestArticleInput {

    @NotBlank
    @Size(max = 1000)
    @Description("Headline as published.")
    public String title;

    @Size(max = 2000)
    @Description("Standfirst (sub-headline).")
    public String standfirst;

    @Size(max = 2000)
    @URL(regexp = "^(https?://.+)?$", message = "must be an http(s) URL")
    @Description("Canonical URL. An article already stored under it is not ingested again.")
    public String url;

    @Size(max = 300)
    @Description("Publishing outlet, e.g. \"Reuters\".")
    public String outlet;

    @Size(max = 300)
    @Description("Byline.")
    public String author;

    @Description("Publication time with the publisher's UTC offset.")
    public OffsetDateTime publishedAt;

    @Size(max = 16)
    @Pattern(regexp = "^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$", message = "must be a BCP 47 language tag such as en or pt-BR")
    @Description("Language as a BCP 47 tag.")
    public String language;

    @NotBlank
    @Size(max = 2_000_000)
    @Description("The article as raw text or HTML; page chrome (navigation, photo credits, \"Most Read\" blocks) is"
            + " stripped before it is stored as the body.")
    public String content;
}
