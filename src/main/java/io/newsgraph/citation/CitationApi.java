package io.newsgraph.citation;

import io.newsgraph.article.Article;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.ReviewInput;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.security.Roles;
import io.newsgraph.statement.Statement;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ReportsErrors
public class CitationApi {

    private final CitationService citations;

    public CitationApi(CitationService citations) {
        this.citations = citations;
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Records that an article reports a statement or a reaction, at an exact excerpt.")
    public CitationPayload addCitation(@NonNull @Description("The mutation's input.") AddCitationInput input) {
        return new CitationPayload(citations.add(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Removes one citation; the statement or reaction stays.")
    public DeletePayload deleteCitation(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return new DeletePayload(citations.delete(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("An editor's verdict on a citation (is this excerpt where the article reports it?): CONFIRM or"
            + " REJECT.")
    public CitationPayload reviewCitation(@NonNull @Description("The mutation's input.") ReviewInput input) {
        return new CitationPayload(citations.review(input));
    }

    @NonNull
    @Description("The article that reports it.")
    public List<@NonNull Article> article(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.article, Article.class);
    }

    @Description("The statement reported, when the citation backs a statement.")
    public List<Statement> statement(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.statement, Statement.class);
    }

    @Description("The reaction reported, when the citation backs a reaction.")
    public List<Reaction> reaction(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.reaction, Reaction.class);
    }
}
