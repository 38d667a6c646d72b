package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.ReviewInput;
import io.newsgraph.common.Selection;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.security.Roles;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ReportsErrors
public class StatementApi {

    private final StatementService statements;
    private final Context context;

    public StatementApi(StatementService statements, Context context) {
        this.statements = statements;
        this.context = context;
    }

    @Query
    @NonNull
    @Description("Statements, filtered and ordered, a page at a time.")
    public StatementConnection statements(@Description("Only these; all when omitted.") StatementFilter filter,
            @Description("Order; each type has its default.") StatementOrder orderBy,
            @Description("Page size (at most the configured maximum, 100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return statements.list(filter, orderBy, first, after, Selection.includesTotal(context));
    }

    @Query
    @Description("One statement by id; NOT_FOUND if there is none.")
    public Statement statement(@Id @NonNull @Description("The id to look up.") Long id) {
        return statements.get(id);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Records a statement, optionally with the citations of the articles reporting it.")
    public StatementPayload createStatement(@NonNull @Description("The mutation's input.") StatementInput input) {
        return new StatementPayload(statements.create(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Changes a statement's fields.")
    public StatementPayload updateStatement(@NonNull @Description("The mutation's input.") UpdateStatementInput input) {
        return new StatementPayload(statements.update(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Deletes a statement and its citations; CONFLICT while reactions refer to it.")
    public DeletePayload deleteStatement(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return new DeletePayload(statements.delete(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("An editor's verdict on a statement: CONFIRM or REJECT. A rejected one stays rejected when articles"
            + " are ingested again.")
    public StatementPayload reviewStatement(@NonNull @Description("The mutation's input.") ReviewInput input) {
        return new StatementPayload(statements.review(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Corrects who said a statement (extraction named the wrong speaker, or none); it becomes CORRECTED,"
            + " and ingesting articles again keeps the correction.")
    public StatementPayload correctStatement(
            @NonNull @Description("The mutation's input.") CorrectStatementInput input) {
        return new StatementPayload(statements.correct(input));
    }

    @Description("Who said it; null while nobody is named (extraction found the words but not who said them).")
    public List<Actor> speaker(@Source List<Statement> sources) {
        return Batches.toOne(sources, statement -> statement.speaker, Actor.class);
    }

    @Description("The statement this one is another outlet's conflicting account of.")
    public List<Statement> variantOf(@Source List<Statement> sources) {
        return Batches.toOne(sources, statement -> statement.variantOf, Statement.class);
    }

    @Description("Other outlets' conflicting accounts of this statement (their variantOf is this one).")
    public List<@NonNull List<@NonNull Statement>> variants(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select s.variantOf.id as pid, s.id as cid, row_number() over"
                + " (partition by s.variantOf.id order by s.id) as rn from Statement s"
                + " where any_of(s.variantOf.id, :ids)",
                Statement.class, Batches.limit(first));
    }

    @Description("Where articles report it, earliest article first.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.statement.id as pid, c.id as cid, row_number() over"
                + " (partition by c.statement.id order by c.article.publishedAt nulls last, c.article.id,"
                + " c.startOffset)"
                + " as rn from Citation c where any_of(c.statement.id, :ids)", Citation.class, Batches.limit(first));
    }

    @Description("Articles that report it, earliest first.")
    public List<@NonNull List<@NonNull Article>> articles(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.statement.id as pid, a.id as cid, row_number() over"
                + " (partition by c.statement.id order by a.publishedAt nulls last, a.id) as rn"
                + " from Citation c join c.article a where any_of(c.statement.id, :ids)"
                + " group by c.statement.id, a.id, a.publishedAt",
                Article.class, Batches.limit(first));
    }

    @Description("Reactions to it, oldest first.")
    public List<@NonNull List<@NonNull Reaction>> reactions(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.target.id as pid, r.id as cid, row_number() over"
                + " (partition by r.target.id order by r.id) as rn from Reaction r where any_of(r.target.id, :ids)",
                Reaction.class, Batches.limit(first));
    }

    @Description("Reactions whose reacting words this statement is.")
    public List<@NonNull List<@NonNull Reaction>> expresses(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.response.id as pid, r.id as cid, row_number() over"
                + " (partition by r.response.id order by r.id) as rn from Reaction r where any_of(r.response.id, :ids)",
                Reaction.class, Batches.limit(first));
    }
}
