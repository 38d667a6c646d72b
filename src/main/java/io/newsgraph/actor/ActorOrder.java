package io.newsgraph.actor;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorOrder")
@Description("Order of a list of actors.")
public class ActorOrder {

    @Name("ActorOrderField")
    @Description("Fields actors can be ordered by.")
    public enum Field {
        @Description("Canonical name, alphabetically.")
        NAME("name"),
        @Description("When the actor was added to Newsgraph.")
        CREATED_AT("createdAt");

        final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }
    }

    @NonNull
    @DefaultValue("NAME")
    @Description("What to order by.")
    public Field field = Field.NAME;

    @NonNull
    @DefaultValue("ASC")
    @Description("Which way.")
    public OrderDirection direction = OrderDirection.ASC;
}
