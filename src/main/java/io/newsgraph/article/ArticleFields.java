package io.newsgraph.article;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.hibernate.validator.constraints.URL;

/**
 * An article's metadata, shared by the inputs that create articles: every one optional here. Registered for
 * reflection because GraphQL reads these inherited fields and a native image registers no parent by itself.
 */
@RegisterForReflection
public abstract class ArticleFields {

    @Size(max = 1000)
    @Description("Headline as published. Required on create and on ingestion.")
    public String title;

    @Size(max = 2000)
    @Description("Standfirst (sub-headline).")
    public String standfirst;

    @Size(max = 2000)
    @URL(regexp = "^(https?://.+)?$", message = "must be an http(s) URL")
    @Description("Canonical URL; must be unique.")
    public String url;

    @Size(max = 300)
    @Description("Publishing outlet.")
    public String outlet;

    @Size(max = 300)
    @Description("Byline.")
    public String author;

    @Description("Publication time with the publisher's UTC offset.")
    public OffsetDateTime publishedAt;

    @Size(max = 16)
    @Pattern(regexp = "^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$",
            message = "must be a BCP 47 language tag such as en or pt-BR")
    @Description("Language as a BCP 47 tag.")
    public String language;
}
