package io.newsgraph.coverage;

import io.newsgraph.article.Article;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A side-by-side of how a set of articles covers the same statements. Lists hold at most `first` "
        + "entries; the counts are complete.")
public record Coverage(
        @NonNull @Description("The compared articles.") List<@NonNull Article> articles,
        @NonNull @Description("How many statements the articles report between them.") int statementCount,
        @NonNull @Description("How many of them every article reports.") int sharedCount,
        @NonNull @Description("How many of them only one article reports.") int exclusiveCount,
        @NonNull @Description("Every reported statement, those reported by most articles first.")
        List<@NonNull StatementCoverage> statements,
        @NonNull @Description("Statements only one of the articles reports.")
        List<@NonNull StatementCoverage> exclusive,
        @NonNull @Description("Where the articles disagree about who said something or in what words.")
        List<@NonNull Disagreement> disagreements) {
}
