package io.newsgraph.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Narrows a list of articles; every given criterion must hold.")
public class ArticleFilter {

    @Description("Published by this outlet (exact name, ignoring case).")
    public String outlet;

    @Description("Written in this language (BCP 47 tag).")
    public String language;

    @Description("Published at or after this time.")
    public OffsetDateTime publishedAfter;

    @Description("Published at or before this time.")
    public OffsetDateTime publishedBefore;

    @Id
    @Description("Reports a statement by, or a reaction of, this actor.")
    public Long actorId;

    @Description("Title, standfirst or body contains this text (ignoring case).")
    public String text;
}
