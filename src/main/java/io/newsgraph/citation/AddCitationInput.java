package io.newsgraph.citation;

import io.newsgraph.article.CitationInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AddCitationInput")
@Description("A new citation for exactly one statement or one reaction.")
public class AddCitationInput {

    @Id
    @Description("The statement the article reports (give this or reactionId).")
    public Long statementId;

    @Id
    @Description("The reaction the article reports (give this or statementId).")
    public Long reactionId;

    @NonNull
    @NotNull
    @Valid
    @Description("Where the article reports it.")
    public CitationInput citation;
}
