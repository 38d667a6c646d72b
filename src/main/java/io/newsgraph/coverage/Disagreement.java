package io.newsgraph.coverage;

import io.newsgraph.citation.Citation;
import io.newsgraph.statement.Statement;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where the compared articles give different accounts of the same utterance.")
public record Disagreement(
        @NonNull @Description("What they disagree on.") List<@NonNull DisagreementAspect> aspects,
        @NonNull @Description("The statements involved: one, quoted differently, or a statement and its variant.")
        List<@NonNull Statement> statements,
        @NonNull @Description("The excerpts that disagree.") List<@NonNull Citation> citations,
        @NonNull @Description("The disagreement in one sentence.") String summary) {
}
