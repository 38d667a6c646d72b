package io.newsgraph.coverage;

import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.statement.Statement;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the compared articles report one statement.")
public record StatementCoverage(
        @NonNull @Description("The statement.") Statement statement,
        @NonNull @Description("The compared articles that report it.") List<@NonNull Article> articles,
        @NonNull @Description("Each excerpt reporting it, article by article.") List<@NonNull Citation> citations,
        @NonNull @Description("Whether every compared article reports it.") boolean reportedByAll,
        @NonNull @Description("Whether only one of the compared articles reports it.") boolean exclusive,
        @NonNull @Description("Whether the articles quote it in different words.") boolean wordingDiffers) {
}
