package io.newsgraph.coverage;

import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.Lists;
import io.newsgraph.common.NotFoundException;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statement.Wording;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares how a set of articles reports statements: who reports what, and where their accounts differ. */
@ApplicationScoped
public class CoverageService {

    /** Most articles one comparison takes; with no ids given, all articles must fit. */
    public static final int MAX_ARTICLES = 50;

    @Transactional
    public Coverage compare(List<Long> articleIds, int first) {
        List<Article> articles = articles(articleIds);
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        List<Citation> citations = Panache.getEntityManager().createQuery(
                "select c from Citation c join fetch c.article join fetch c.statement s left join fetch s.speaker"
                        + " where c.article.id in :ids order by c.article.id, c.startOffset", Citation.class)
                .setParameter("ids", ids).getResultList();

        Map<Statement, List<Citation>> byStatement = new LinkedHashMap<>();
        citations.forEach(c -> byStatement.computeIfAbsent(c.statement, s -> new ArrayList<>()).add(c));
        List<StatementCoverage> all = byStatement.entrySet().stream()
                .map(e -> entry(e.getKey(), e.getValue(), articles))
                .sorted(Comparator.comparingInt((StatementCoverage c) -> -c.articles().size()))
                .toList();
        List<StatementCoverage> exclusive = all.stream().filter(StatementCoverage::exclusive).toList();
        List<Disagreement> disagreements = new ArrayList<>();
        all.stream().filter(StatementCoverage::wordingDiffers).forEach(c -> disagreements.add(new Disagreement(
                List.of(DisagreementAspect.WORDING), List.of(c.statement()), c.citations(), wordingSummary(c))));
        for (Statement statement : byStatement.keySet()) {
            Statement original = statement.variantOf;
            if (original != null && byStatement.containsKey(original)) {
                disagreements.add(variant(original, byStatement.get(original), statement, byStatement.get(statement)));
            }
        }
        return new Coverage(articles, all.size(),
                (int) all.stream().filter(StatementCoverage::reportedByAll).count(), exclusive.size(),
                Lists.upTo(all, first), Lists.upTo(exclusive, first), Lists.upTo(disagreements, first));
    }

    private static List<Article> articles(List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            // range is inclusive: one row more than the limit tells there are too many, without a count
            List<Article> all = Article.find("order by publishedAt, id").range(0, MAX_ARTICLES).list();
            if (all.size() > MAX_ARTICLES) {
                throw new BadUserInputException("there are more than " + MAX_ARTICLES
                        + " articles; choose which to compare with articleIds", "filter.articleIds");
            }
            return all;
        }
        Set<Long> ids = new TreeSet<>(requested);
        if (ids.size() > MAX_ARTICLES) {
            throw new BadUserInputException("compare at most " + MAX_ARTICLES + " articles at once",
                    "filter.articleIds");
        }
        List<Article> found = Article.list("id in ?1 order by publishedAt, id", ids);
        if (found.size() < ids.size()) {
            found.forEach(a -> ids.remove(a.id));
            throw new NotFoundException("no article with id " + ids.iterator().next(), "filter.articleIds");
        }
        return found;
    }

    private static StatementCoverage entry(Statement statement, List<Citation> citations, List<Article> compared) {
        List<Article> reporting = citations.stream().map(c -> c.article).distinct().toList();
        boolean wordingDiffers = statement.kind == StatementKind.DIRECT_QUOTE && reporting.size() > 1
                && distinctWordings(citations) > 1;
        return new StatementCoverage(statement, reporting, citations, reporting.size() == compared.size(),
                reporting.size() == 1 && compared.size() > 1, wordingDiffers);
    }

    /** How many different wordings the articles give, each article's longest excerpt standing for it. */
    private static long distinctWordings(List<Citation> citations) {
        return citations.stream()
                .collect(Collectors.groupingBy(c -> c.article.id,
                        Collectors.maxBy(Comparator.comparingInt(c -> c.excerpt.length()))))
                .values().stream().flatMap(java.util.Optional::stream)
                .map(c -> Wording.plain(c.excerpt)).distinct().count();
    }

    private static Disagreement variant(Statement original, List<Citation> originalCitations, Statement variant,
            List<Citation> variantCitations) {
        List<DisagreementAspect> aspects = new ArrayList<>();
        if (!Objects.equals(speakerId(original), speakerId(variant))) {
            aspects.add(DisagreementAspect.SPEAKER);
        }
        if (!Wording.plain(original.text).equals(Wording.plain(variant.text))) {
            aspects.add(DisagreementAspect.WORDING);
        }
        List<Citation> cited = new ArrayList<>(originalCitations);
        cited.addAll(variantCitations);
        return new Disagreement(aspects, List.of(original, variant), cited,
                account(originalCitations, original) + "; " + account(variantCitations, variant));
    }

    private static Long speakerId(Statement statement) {
        return statement.speaker == null ? null : statement.speaker.id;
    }

    private static String speakerName(Statement statement) {
        return statement.speaker == null ? "an unnamed speaker" : statement.speaker.name;
    }

    private static String account(List<Citation> citations, Statement statement) {
        String outlets = citations.stream().map(c -> outlet(c.article)).distinct().collect(Collectors.joining(", "));
        return outlets + " attributes \"" + statement.text + "\" to " + speakerName(statement);
    }

    private static String wordingSummary(StatementCoverage coverage) {
        return coverage.citations().stream()
                .map(c -> outlet(c.article) + " quotes " + speakerName(coverage.statement()) + " as \""
                        + c.excerpt + "\"")
                .distinct().collect(Collectors.joining("; "));
    }

    private static String outlet(Article article) {
        return article.outlet != null ? article.outlet : "article " + article.id;
    }

}
