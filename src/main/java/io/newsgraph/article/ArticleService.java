package io.newsgraph.article;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.common.ConflictException;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.InputValidator;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.Writes;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.event.GraphEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

@ApplicationScoped
public class ArticleService {

    private final InputValidator validator;
    private final PaginationConfig pagination;
    private final Event<GraphEvent> events;

    public ArticleService(InputValidator validator, PaginationConfig pagination, Event<GraphEvent> events) {
        this.validator = validator;
        this.pagination = pagination;
        this.events = events;
    }

    @Transactional
    public Article get(Long id) {
        return Writes.found(Article.findById(id), "article", id, "id");
    }

    @Transactional
    public ArticleConnection list(ArticleFilter filter, ArticleOrder order, Integer first, String after,
            boolean withTotal) {
        ArticleFilter f = filter == null ? new ArticleFilter() : filter;
        ArticleOrder o = order == null ? new ArticleOrder() : order;
        PageRequest page = PageRequest.of(first, after, pagination);
        ListQuery query = new ListQuery("Article", "a")
                .where("lower(a.outlet) = lower(:outlet)", "outlet", blankToNull(f.outlet))
                .where("lower(a.language) = lower(:language)", "language", blankToNull(f.language))
                .between("a.publishedInstant", "published", f.publishedAfter, f.publishedBefore)
                .where("exists (select 1 from Citation c left join c.statement s left join c.reaction r"
                        + " where c.article = a and (s.speaker.id = :actorId or r.actor.id = :actorId))",
                        "actorId", f.actorId)
                .containing("text", f.text, Article.SEARCHED_TEXT);
        return new ArticleConnection(query.page(Article.class, o.field.attribute, o.direction, page), page,
                query.countIf(withTotal));
    }

    @Transactional
    public Article create(ArticleInput input) {
        validator.check(input);
        Article article = new Article();
        Writes.required(input.title, "title");
        Writes.required(input.body, "body");
        apply(article, input, "input");
        article.persist();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ARTICLE_CREATED, article.id));
        return article;
    }

    @Transactional
    public Article update(UpdateArticleInput input) {
        validator.check(input);
        Article article = Writes.loadForChange(Article.class, input, "article");
        Writes.notBlankIfGiven(input.set.title, "set.title");
        Writes.notBlankIfGiven(input.set.body, "set.body");
        if (input.set.body != null && !input.set.body.equals(article.body) && citationCount(article.id) > 0) {
            throw new ConflictException("article " + article.id + " has citations whose offsets point into its body;"
                    + " its body cannot change", "input.set.body");
        }
        apply(article, input.set, "input.set");
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ARTICLE_UPDATED, article.id));
        return article;
    }

    /**
     * Deletes the article and its citations, then whatever only it reported: reactions left without a citation,
     * and statements left without a citation that no remaining reaction targets or answers with.
     */
    @Transactional
    public DeleteArticlePayload delete(DeleteInput input) {
        validator.check(input);
        Article article = Writes.loadForChange(Article.class, input, "article");
        var em = Panache.getEntityManager();
        List<Long> statementIds = em.createQuery(
                "select distinct c.statement.id from Citation c where c.article.id = :id and c.statement is not null",
                Long.class).setParameter("id", article.id).getResultList();
        List<Long> reactionIds = em.createQuery(
                "select distinct c.reaction.id from Citation c where c.article.id = :id and c.reaction is not null",
                Long.class).setParameter("id", article.id).getResultList();
        int citations = em.createQuery("delete from Citation c where c.article.id = :id")
                .setParameter("id", article.id).executeUpdate();
        List<Long> orphanReactions = reactionIds.isEmpty() ? List.of() : em.createQuery(
                "select r.id from Reaction r where r.id in :ids"
                        + " and not exists (select 1 from Citation c where c.reaction = r)",
                Long.class).setParameter("ids", reactionIds).getResultList();
        if (!orphanReactions.isEmpty()) {
            em.createQuery("delete from Reaction r where r.id in :ids").setParameter("ids", orphanReactions)
                    .executeUpdate();
        }
        List<Long> orphanStatements = statementIds.isEmpty() ? List.of() : em.createQuery(
                "select s.id from Statement s where s.id in :ids"
                        + " and not exists (select 1 from Citation c where c.statement = s)"
                        + " and not exists (select 1 from Reaction r where r.target = s or r.response = s)",
                Long.class).setParameter("ids", statementIds).getResultList();
        if (!orphanStatements.isEmpty()) {
            em.createQuery("update Statement s set s.variantOf = null where s.variantOf.id in :ids")
                    .setParameter("ids", orphanStatements).executeUpdate();
            em.createQuery("delete from Statement s where s.id in :ids").setParameter("ids", orphanStatements)
                    .executeUpdate();
        }
        article.delete();
        Writes.flush();
        orphanReactions.forEach(id -> events.fire(GraphEvent.of(ChangeKind.REACTION_DELETED, id)));
        orphanStatements.forEach(id -> events.fire(GraphEvent.of(ChangeKind.STATEMENT_DELETED, id)));
        events.fire(GraphEvent.of(ChangeKind.ARTICLE_DELETED, article.id));
        return new DeleteArticlePayload(article.id, citations, orphanStatements, orphanReactions);
    }

    private static long citationCount(Long articleId) {
        return Panache.getEntityManager()
                .createQuery("select count(c) from Citation c where c.article.id = :id", Long.class)
                .setParameter("id", articleId).getSingleResult();
    }

    /**
     * Copies the given fields onto the article. The uniqueness checks run first, before any field changes:
     * their queries would otherwise flush a half-applied article and count an extra version.
     */
    private static void apply(Article article, ArticleInput input, String prefix) {
        String url = input.url == null ? article.url : blankToNull(input.url);
        if (url != null && !url.equals(article.url) && Article.count("url", url) > 0) {
            throw new ConflictException("an article with url " + url + " already exists", prefix + ".url");
        }
        boolean newBody = input.body != null && !Objects.equals(input.body, article.body);
        if (newBody && Article.count("contentHash", Article.sha256(input.body)) > 0) {
            throw new ConflictException("an article with exactly this body already exists", prefix + ".body");
        }
        article.url = url;
        if (newBody) {
            article.setBodyAndHash(input.body);
        }
        if (input.title != null) {
            article.title = input.title.strip();
        }
        if (input.standfirst != null) {
            article.standfirst = blankToNull(input.standfirst);
        }
        if (input.outlet != null) {
            article.outlet = blankToNull(input.outlet);
        }
        if (input.author != null) {
            article.author = blankToNull(input.author);
        }
        if (input.publishedAt != null) {
            article.publishedAt = input.publishedAt;
        }
        if (input.language != null) {
            article.language = blankToNull(input.language);
        }
    }
}
