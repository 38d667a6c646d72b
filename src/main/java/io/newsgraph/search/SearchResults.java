package io.newsgraph.search;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.statement.Statement;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What matches a search phrase, by type; each list holds at most `first` items.")
public record SearchResults(
        @NonNull @Description("Statements whose text contains the phrase, latest first.")
        List<@NonNull Statement> statements,
        @NonNull @Description("Articles whose title, standfirst or body contains the phrase, latest first.")
        List<@NonNull Article> articles,
        @NonNull @Description("Actors whose name or alias (ignoring accents) or role contains the phrase, by name.")
        List<@NonNull Actor> actors) {
}
