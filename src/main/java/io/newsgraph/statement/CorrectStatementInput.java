package io.newsgraph.statement;

import io.newsgraph.common.VersionedRef;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CorrectStatementInput")
@Description("An editor's correction of what extraction got wrong in a statement: who said it.")
public class CorrectStatementInput extends VersionedRef {

    @Id
    @NonNull
    @NotNull
    @Description("The actor who really said it.")
    public Long speakerId;
}
