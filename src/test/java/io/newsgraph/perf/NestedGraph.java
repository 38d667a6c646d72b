package io.newsgraph.perf;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.actor.NameKey;
import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementKind;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph wide enough for pages of 50 articles, stored directly (the API would take hundreds of mutations) under
 * an outlet of its own, so queries can be scoped to it, and removed again afterwards so other test classes
 * see only their own rows.
 */
final class NestedGraph {

    static final String OUTLET = "Nested graph fixture";
    static final int ARTICLES = 60;
    static final int STATEMENTS_PER_ARTICLE = 3;
    static final int REACTIONS_PER_STATEMENT = 2;
    private static final int ACTORS = 7;

    private NestedGraph() {
    }

    /** Stores {@link #ARTICLES} articles, each citing its statements, each with its reactions. */
    static void create() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Actor> actors = new ArrayList<>();
            for (int i = 0; i < ACTORS; i++) {
                Actor actor = new Actor();
                actor.name = "Nested speaker " + i;
                actor.nameKey = NameKey.spelling(actor.name);
                actor.kind = ActorKind.PERSON;
                actor.persist();
                actors.add(actor);
            }
            for (int a = 0; a < ARTICLES; a++) {
                Article article = new Article();
                article.title = "Nested article " + a;
                article.outlet = OUTLET;
                StringBuilder body = new StringBuilder("Nested article ").append(a).append(':');
                List<Statement> statements = new ArrayList<>();
                List<int[]> offsets = new ArrayList<>();
                for (int s = 0; s < STATEMENTS_PER_ARTICLE; s++) {
                    Statement statement = new Statement();
                    statement.speaker = actors.get((a + s) % ACTORS);
                    statement.kind = StatementKind.DIRECT_QUOTE;
                    statement.text = "quote " + s + " of nested article " + a;
                    body.append(' ');
                    offsets.add(new int[] {body.length(), body.length() + statement.text.length()});
                    body.append(statement.text);
                    statements.add(statement);
                }
                article.setBodyAndHash(body.toString());
                article.persist();
                for (int s = 0; s < STATEMENTS_PER_ARTICLE; s++) {
                    Statement statement = statements.get(s);
                    statement.persist();
                    cite(article, statement, offsets.get(s));
                    for (int r = 0; r < REACTIONS_PER_STATEMENT; r++) {
                        Reaction reaction = new Reaction();
                        reaction.actor = actors.get((a + s + r + 1) % ACTORS);
                        reaction.target = statement;
                        reaction.stance = Stance.values()[(s + r) % Stance.values().length];
                        reaction.persist();
                    }
                }
            }
        });
    }

    /** Removes everything {@link #create} stored. */
    static void delete() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            List<Long> statements = em.createQuery("select distinct c.statement.id from Citation c"
                    + " where c.article.outlet = :outlet", Long.class).setParameter("outlet", OUTLET).getResultList();
            em.createQuery("delete from Citation c where c.article.id in (select a.id from Article a"
                    + " where a.outlet = :outlet)").setParameter("outlet", OUTLET).executeUpdate();
            em.createQuery("delete from Reaction r where r.target.id in :ids").setParameter("ids", statements)
                    .executeUpdate();
            em.createQuery("delete from Statement s where s.id in :ids").setParameter("ids", statements)
                    .executeUpdate();
            em.createQuery("delete from Article a where a.outlet = :outlet").setParameter("outlet", OUTLET)
                    .executeUpdate();
            em.createQuery("delete from Actor a where a.name like 'Nested speaker %'").executeUpdate();
        });
    }

    private static void cite(Article article, Statement statement, int[] offsets) {
        Citation citation = new Citation();
        citation.article = article;
        citation.statement = statement;
        citation.startOffset = offsets[0];
        citation.endOffset = offsets[1];
        citation.excerpt = statement.text;
        citation.persist();
    }
}
