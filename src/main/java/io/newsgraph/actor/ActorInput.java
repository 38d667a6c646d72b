package io.newsgraph.actor;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorInput")
@Description("An actor's fields. On update, a field left out (or null) keeps its value; \"\" clears an optional one.")
public class ActorInput {

    @Size(max = 300)
    @Description("Canonical name. Required on create.")
    public String name;

    @Description("What sort of actor. Required on create.")
    public ActorKind kind;

    @Size(max = 300)
    @Description("Role or title, e.g. \"Ukrainian MP\".")
    public String role;

    @Size(max = 64)
    @Description("Wikidata QID or another external id; must be unique.")
    public String externalId;

    @Size(max = 2000)
    @Description("A short neutral description.")
    public String description;

    @Id
    @Description("The actor this one belongs to (a minister's country).")
    public Long affiliationId;

    @Description("On update: true removes the affiliation.")
    public Boolean clearAffiliation;

    @Size(max = 50)
    @Description("Other names (create only; use addAlias later). Unique per actor, ignoring case.")
    public List<@Size(max = 300) String> aliases;
}
