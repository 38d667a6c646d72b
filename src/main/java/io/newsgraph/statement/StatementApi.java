package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.Selection;
import io.newsgraph.review.ReviewInput;
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

    @Description("What this actor said, latest first.")
    @Name("statements")
    public List<@NonNull List<@NonNull Statement>> actorStatements(@Source List<Actor> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select s.speaker.id as pid, s.id as cid, row_number() over"
                + " (partition by s.speaker.id order by s.saidOn desc nulls last, s.id desc) as rn"
                + " from Statement s where any_of(s.speaker.id, :ids)", Statement.class, Batches.limit(first));
    }
}
