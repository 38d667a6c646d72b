package io.newsgraph.statement;

import io.newsgraph.article.CitationInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementInput")
@Description("A statement's fields. On update, a field left out (or null) keeps its value; \"\" clears an "
        + "optional one.")
public class StatementInput {

    @Id
    @Description("Who said it. Required on create.")
    public Long speakerId;

    @Size(max = 10000)
    @Description("The words (verbatim for a DIRECT_QUOTE). Required on create.")
    public String text;

    @Description("Direct quote or paraphrase. Required on create.")
    public StatementKind kind;

    @Description("When it was said.")
    public LocalDate saidOn;

    @Description("How precisely saidOn is known (DAY when saidOn is given without it).")
    public DatePrecision saidOnPrecision;

    @Size(max = 500)
    @Description("Where it was said, e.g. \"interview with LCI\".")
    public String venue;

    @Id
    @Description("Another outlet's conflicting account of the same utterance (different speaker or wording).")
    public Long variantOfId;

    @Description("On update: true removes variantOf.")
    public Boolean clearVariantOf;

    @Size(max = 100)
    @Description("Where articles report it (create only; use addCitation later).")
    public List<@Valid CitationInput> citations;
}
