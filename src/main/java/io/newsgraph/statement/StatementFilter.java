package io.newsgraph.statement;

import io.newsgraph.review.ReviewFilter;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows a list of statements; every given criterion must hold.")
public class StatementFilter extends ReviewFilter {

    @Id
    @Description("Said by this actor.")
    public Long speakerId;

    @Id
    @Description("Reported by this article.")
    public Long articleId;

    @Description("Reported by this outlet (exact name, ignoring case).")
    public String outlet;

    @Description("Direct quotes or paraphrases only.")
    public StatementKind kind;

    @Description("Said on or after this date.")
    public LocalDate saidAfter;

    @Description("Said on or before this date.")
    public LocalDate saidBefore;

    @Description("The text contains this, ignoring case.")
    public String text;
}
