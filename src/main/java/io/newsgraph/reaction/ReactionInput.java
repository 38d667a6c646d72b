package io.newsgraph.reaction;

import io.newsgraph.article.CitationInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ReactionInput")
@Description("A reaction's fields. On update, a field left out (or null) keeps its value.")
public class ReactionInput {

    @Id
    @Description("Who reacted. Required on create.")
    public Long actorId;

    @Id
    @Description("The statement reacted to. Required on create.")
    public Long targetStatementId;

    @Description("The position taken. Required on create.")
    public Stance stance;

    @Id
    @Description("The statement holding the reacting words, if reported.")
    public Long responseStatementId;

    @Description("On update: true removes the response statement.")
    public Boolean clearResponse;

    @Size(max = 100)
    @Description("Where articles report it (create only; use addCitation later).")
    public List<@Valid CitationInput> citations;
}
