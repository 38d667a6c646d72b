package io.newsgraph.article;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleOrder")
@Description("Order of a list of articles.")
public class ArticleOrder {

    @Name("ArticleOrderField")
    @Description("Fields articles can be ordered by.")
    public enum Field {
        @Description("Publication time.")
        PUBLISHED_AT("publishedAt"),
        @Description("Headline, alphabetically.")
        TITLE("title"),
        @Description("When the article was added to Newsgraph.")
        CREATED_AT("createdAt");

        final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }
    }

    @NonNull
    @DefaultValue("PUBLISHED_AT")
    @Description("What to order by.")
    public Field field = Field.PUBLISHED_AT;

    @NonNull
    @DefaultValue("DESC")
    @Description("Which way.")
    public OrderDirection direction = OrderDirection.DESC;
}
