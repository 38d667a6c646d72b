package io.newsgraph.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationInput")
@Description("Where an article reports something: give the offsets, the excerpt, or both (they must agree). "
        + "An excerpt alone must occur exactly once in the body.")
public class CitationInput {

    @Id
    @NonNull
    @NotNull
    @Description("The reporting article.")
    public Long articleId;

    @PositiveOrZero
    @Description("Offset of the excerpt's first character in the article body (UTF-16 code units).")
    public Integer startOffset;

    @PositiveOrZero
    @Description("Offset just past the excerpt's last character (exclusive).")
    public Integer endOffset;

    @Size(min = 1, max = 10000)
    @Description("The exact text cited.")
    public String excerpt;
}
