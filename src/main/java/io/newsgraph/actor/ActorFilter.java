package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Narrows a list of actors; every given criterion must hold.")
public class ActorFilter {

    @Description("Name or any alias contains this text, ignoring case and accents (\"goncharenko\" finds every"
            + " spelling, \"szijjarto\" finds \"Szijjártó\").")
    public String name;

    @Description("Of this kind.")
    public ActorKind kind;

    @Id
    @Description("Affiliated with this actor (e.g. the people of a country).")
    public Long affiliationId;
}
