package io.newsgraph.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsgraph.actor.ActorService;
import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleInput;
import io.newsgraph.article.ArticleService;
import io.newsgraph.citation.CitationService;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.InputValidator;
import io.newsgraph.event.GraphEvent;
import io.newsgraph.ingest.extract.ArticleExtractor;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.reaction.ReactionService;
import io.newsgraph.statement.StatementService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Turns raw articles into graph: cleans, stores the article, extracts and merges what it says into what the
 * graph already holds. One transaction per call (a batch included): a failure anywhere leaves nothing behind.
 */
@ApplicationScoped
public class IngestService {

    private final ArticleExtractor extractor;
    private final ArticleService articles;
    private final InputValidator validator;
    private final IngestConfig config;
    private final Event<GraphEvent> events;
    private final ExtractionWriter.Writers writers;
    /** Time in the extractor (cleaning and extraction) and the characters it read: extraction cost per kB. */
    private final Timer extraction;
    private final Counter contentChars;

    public IngestService(ArticleExtractor extractor, ArticleService articles, InputValidator validator,
            IngestConfig config, Event<GraphEvent> events, MeterRegistry metrics, ActorService actors,
            StatementService statements, ReactionService reactions, CitationService citations) {
        this.writers = new ExtractionWriter.Writers(actors, statements, reactions, citations);
        this.extractor = extractor;
        this.articles = articles;
        this.validator = validator;
        this.config = config;
        this.events = events;
        this.extraction = Timer.builder("newsgraph.ingest.extraction")
                .description("Time spent cleaning and extracting ingested articles").register(metrics);
        this.contentChars = Counter.builder("newsgraph.ingest.content.chars")
                .description("Characters of raw content ingested").register(metrics);
    }

    @Transactional
    public IngestArticlePayload ingest(IngestArticleInput input) {
        validator.check(input);
        return ingest(input, "input", new LazyDirectory());
    }

    @Transactional
    public List<IngestArticlePayload> ingestAll(IngestArticlesInput input) {
        validator.check(input);
        if (input.articles.size() > config.maxBatchSize()) {
            throw new BadUserInputException("a batch holds at most " + config.maxBatchSize() + " articles, not "
                    + input.articles.size() + "; split it", "input.articles");
        }
        LazyDirectory directory = new LazyDirectory();
        List<IngestArticlePayload> results = new ArrayList<>();
        for (int i = 0; i < input.articles.size(); i++) {
            results.add(ingest(input.articles.get(i), "input.articles[" + i + "]", directory));
        }
        return results;
    }

    private IngestArticlePayload ingest(IngestArticleInput input, String field, LazyDirectory directory) {
        if (input.title == null || input.title.isBlank()) {
            throw new BadUserInputException(field + ".title is required", field + ".title");
        }
        if (input.content != null && input.content.length() > config.maxArticleChars()) {
            throw new BadUserInputException(String.format(Locale.ROOT, "%s.content has %,d characters; at most %,d are"
                    + " extracted from one article: send a shorter text", field, input.content.length(),
                    config.maxArticleChars()), field + ".content");
        }
        long started = System.nanoTime();
        String body = extractor.clean(input.content);
        long cleaning = System.nanoTime() - started;
        if (body == null || body.isBlank()) {
            throw new BadUserInputException(field + ".content has no article text once cleaned", field + ".content");
        }
        Article existing = alreadyStored(input.url, body);
        if (existing != null) {
            return IngestArticlePayload.unchanged(existing);
        }
        Article article = articles.create(articleInput(input, body));
        long extracting = System.nanoTime();
        Extraction extracted = extractor.extract(body);
        extraction.record(cleaning + System.nanoTime() - extracting, TimeUnit.NANOSECONDS);
        contentChars.increment(input.content.length());
        return new ExtractionWriter(article, extracted, directory.get(), writers, events::fire).write();
    }

    /** The article stored under this url or with exactly this cleaned text: ingesting it again changes nothing. */
    private static Article alreadyStored(String url, String body) {
        Article byUrl = url == null || url.isBlank() ? null : Article.find("url", url.strip()).firstResult();
        return byUrl != null ? byUrl : Article.find("contentHash", Article.sha256(body)).firstResult();
    }

    private static ArticleInput articleInput(IngestArticleInput input, String body) {
        ArticleInput article = new ArticleInput();
        article.title = input.title;
        article.standfirst = input.standfirst;
        article.url = input.url;
        article.outlet = input.outlet;
        article.author = input.author;
        article.publishedAt = input.publishedAt;
        article.language = input.language;
        article.body = body;
        return article;
    }

    /**
     * The actor directory, loaded on the first article that is really new, then shared by the batch. Loading it
     * takes the ingestion lock (held until the transaction ends), so a concurrent ingestion's new actors are
     * committed and in the directory before this one matches names: one person, one actor.
     */
    private static final class LazyDirectory {
        private ActorDirectory directory;

        ActorDirectory get() {
            if (directory == null) {
                Panache.getEntityManager().createNativeQuery("select id from ingest_lock where id = 1 for update")
                        .getResultList();
                directory = ActorDirectory.load();
            }
            return directory;
        }
    }
}
