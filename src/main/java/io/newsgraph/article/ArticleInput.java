package io.newsgraph.article;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The editable fields of an article: every one optional here; creation checks the required ones. */
@Input("ArticleInput")
@Description("An article's fields. On update, a field left out (or null) keeps its value; \"\" clears an optional one.")
public class ArticleInput extends ArticleFields {

    @Size(max = 1_000_000)
    @Description("Clean article text. Required on create; cannot change while citations point into it.")
    public String body;
}
