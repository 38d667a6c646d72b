package io.newsgraph.statement;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementOrder")
@Description("Order of a list of statements.")
public class StatementOrder {

    @Name("StatementOrderField")
    @Description("Fields statements can be ordered by.")
    public enum Field {
        @Description("When it was said (undated statements last).")
        SAID_ON("saidOn"),
        @Description("When the statement was added to Newsgraph.")
        CREATED_AT("createdAt"),
        @Description("Extraction's confidence (ASC with reviewStatus EXTRACTED: the review queue, least sure first;"
                + " statements entered by a person have none and come first ascending, last descending).")
        CONFIDENCE("confidence");

        final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }
    }

    @NonNull
    @DefaultValue("SAID_ON")
    @Description("What to order by.")
    public Field field = Field.SAID_ON;

    @NonNull
    @DefaultValue("DESC")
    @Description("Which way.")
    public OrderDirection direction = OrderDirection.DESC;
}
