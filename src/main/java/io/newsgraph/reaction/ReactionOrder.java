package io.newsgraph.reaction;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ReactionOrder")
@Description("Order of a list of reactions.")
public class ReactionOrder {

    @Name("ReactionOrderField")
    @Description("Fields reactions can be ordered by.")
    public enum Field {
        @Description("Stance, alphabetically by its name.")
        STANCE("stance"),
        @Description("When the reaction was added to Newsgraph.")
        CREATED_AT("createdAt"),
        @Description("Extraction's confidence (ASC with reviewStatus EXTRACTED: the review queue, least sure first;"
                + " reactions entered by a person have none and come first ascending, last descending).")
        CONFIDENCE("confidence");

        final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }
    }

    @NonNull
    @DefaultValue("CREATED_AT")
    @Description("What to order by.")
    public Field field = Field.CREATED_AT;

    @NonNull
    @DefaultValue("ASC")
    @Description("Which way.")
    public OrderDirection direction = OrderDirection.ASC;
}
