package io.newsgraph.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.ActorService;
import io.newsgraph.actor.UpdateActorInput;
import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleInput;
import io.newsgraph.article.ArticleService;
import io.newsgraph.article.CitationInput;
import io.newsgraph.citation.CitationService;
import io.newsgraph.reaction.ReactionInput;
import io.newsgraph.seed.SeedData.ActorSeed;
import io.newsgraph.seed.SeedData.ArticleSeed;
import io.newsgraph.seed.SeedData.CitationSeed;
import io.newsgraph.seed.SeedData.ReactionSeed;
import io.newsgraph.seed.SeedData.StatementSeed;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.StatementService;
import io.newsgraph.statement.UpdateStatementInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo graph of {@code seed/} on start: everything in one transaction, or nothing. It is loaded only
 * into a database that has none of it, so restarts, other replicas and users who deleted the demo articles are
 * left alone. A seed whose citations do not match its article text stops the start (see {@code seed/NOTES.md}).
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String SEED_JSON = "seed/seed.json";
    private static final String ARTICLES_DIR = "seed/articles/";

    /** A parsed seed: the graph plus each article's body by article key. */
    record Seed(SeedData data, Map<String, String> bodies) {

        List<String> contentHashes() {
            return bodies.values().stream().map(Article::sha256).toList();
        }
    }

    /** What a load stored. */
    record Counts(int actors, int articles, int statements, int reactions, int citations) {
    }

    private final ObjectMapper mapper;
    private final boolean enabled;
    private final ActorService actorService;
    private final ArticleService articleService;
    private final StatementService statementService;
    private final CitationService citationService;

    public SeedLoader(ObjectMapper mapper,
            @ConfigProperty(name = "newsgraph.seed.enabled", defaultValue = "true") boolean enabled,
            ActorService actorService, ArticleService articleService, StatementService statementService,
            CitationService citationService) {
        this.mapper = mapper;
        this.enabled = enabled;
        this.actorService = actorService;
        this.articleService = articleService;
        this.statementService = statementService;
        this.citationService = citationService;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadIfAbsent();
        } else {
            LOG.info("Seed loading disabled (newsgraph.seed.enabled=false)");
        }
    }

    /**
     * Stores the seed graph unless it is already there.
     *
     * @return whether it was loaded now
     * @throws IllegalStateException if the seed is inconsistent (nothing is stored then)
     */
    public boolean loadIfAbsent() {
        return loadIfAbsent(read());
    }

    boolean loadIfAbsent(Seed seed) {
        verifyCitations(seed);
        try {
            return QuarkusTransaction.requiringNew().call(() -> storeIfAbsent(seed));
        } catch (RuntimeException e) {
            // Replicas starting together over one database race here; the loser trips a unique constraint.
            String obstacle = QuarkusTransaction.requiringNew().call(() -> obstacle(seed));
            if (obstacle != null) {
                LOG.infof("Seed not loaded: %s (another instance loaded it concurrently)", obstacle);
                return false;
            }
            throw e;
        }
    }

    Seed read() {
        SeedData data;
        try (InputStream in = resource(SEED_JSON)) {
            data = mapper.readerFor(SeedData.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    // keep the publisher's UTC offset rather than normalising to UTC
                    .without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .readValue(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SEED_JSON + ": " + e.getMessage(), e);
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (ArticleSeed article : data.articles()) {
            String path = ARTICLES_DIR + article.key() + ".txt";
            try (InputStream in = resource(path)) {
                bodies.put(article.key(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return new Seed(data, bodies);
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Seed resource missing from the classpath: " + path);
        }
        return in;
    }

    /** Offsets are the contract clients rely on; a seed whose offsets drifted must not load at all. */
    static void verifyCitations(Seed seed) {
        for (StatementSeed statement : seed.data().statements()) {
            statement.citations().forEach(c -> verifyCitation(seed, "statement", statement.key(), c));
        }
        for (ReactionSeed reaction : seed.data().reactions()) {
            reaction.citations().forEach(c -> verifyCitation(seed, "reaction", reaction.key(), c));
        }
    }

    private static void verifyCitation(Seed seed, String kind, String key, CitationSeed c) {
        String body = seed.bodies().get(c.article());
        String where = "Seed " + kind + " '" + key + "': citation in article '" + c.article() + "' ["
                + c.start() + ", " + c.end() + ")";
        if (body == null) {
            throw new IllegalStateException(where + " refers to an unknown article");
        }
        if (c.start() < 0 || c.end() <= c.start() || c.end() > body.length()) {
            throw new IllegalStateException(where + " is out of the body's bounds (length " + body.length() + ")");
        }
        String cut = body.substring(c.start(), c.end());
        if (!cut.equals(c.excerpt())) {
            throw new IllegalStateException(where + " cuts \"" + cut + "\", not the excerpt \"" + c.excerpt() + "\"");
        }
    }

    /** Why the seed cannot be stored now, or null if it can. */
    private static String obstacle(Seed seed) {
        if (Article.count("contentHash in ?1", seed.contentHashes()) > 0) {
            return "seed already present";
        }
        // The seed articles were deleted but their actors (or a re-created article) remain: reloading would
        // break unique constraints and stop the service from starting, so leave the user's data alone.
        List<String> urls = seed.data().articles().stream().map(ArticleSeed::url).filter(Objects::nonNull).toList();
        if (!urls.isEmpty() && Article.count("url in ?1", urls) > 0) {
            return "an article with a seed URL already exists";
        }
        List<String> ids = seed.data().actors().stream().map(ActorSeed::externalId).filter(Objects::nonNull).toList();
        if (!ids.isEmpty() && Actor.count("externalId in ?1", ids) > 0) {
            return "an actor with a seed external id already exists";
        }
        return null;
    }

    private boolean storeIfAbsent(Seed seed) {
        String obstacle = obstacle(seed);
        if (obstacle != null) {
            LOG.infof("Seed not loaded: %s", obstacle);
            return false;
        }
        Counts counts = store(seed);
        LOG.infof("Seed loaded: %d actors, %d articles, %d statements, %d reactions, %d citations",
                counts.actors(), counts.articles(), counts.statements(), counts.reactions(), counts.citations());
        return true;
    }

    /** Stores the seed through the feature services, as the API and ingestion write: the same checks and limits. */
    private Counts store(Seed seed) {
        SeedData data = seed.data();

        Map<String, Actor> actors = new HashMap<>();
        for (ActorSeed s : data.actors()) {
            ActorInput input = new ActorInput();
            input.name = s.name();
            input.kind = s.kind();
            input.role = s.role();
            input.externalId = s.externalId();
            input.description = s.description();
            input.aliases = s.aliases();
            putNew(actors, "actor", s.key(), actorService.create(input));
        }
        // Second pass: an affiliation may name an actor that comes later in the file.
        for (ActorSeed s : data.actors()) {
            if (s.affiliation() != null) {
                UpdateActorInput update = new UpdateActorInput();
                update.id = actors.get(s.key()).id;
                update.set = new ActorInput();
                update.set.affiliationId = find(actors, "actor", s.affiliation(), "actor '" + s.key() + "'").id;
                actorService.update(update);
            }
        }

        Map<String, Article> articles = new HashMap<>();
        for (ArticleSeed s : data.articles()) {
            ArticleInput input = new ArticleInput();
            input.title = s.title();
            input.standfirst = s.standfirst();
            input.url = s.url();
            input.outlet = s.outlet();
            input.author = s.author();
            input.publishedAt = s.publishedAt();
            input.language = s.language();
            input.body = seed.bodies().get(s.key());
            putNew(articles, "article", s.key(), articleService.create(input));
        }

        Map<String, Statement> statements = new HashMap<>();
        for (StatementSeed s : data.statements()) {
            StatementInput input = new StatementInput();
            input.speakerId = find(actors, "actor", s.speaker(), "statement '" + s.key() + "'").id;
            input.kind = s.kind();
            input.text = s.text();
            input.saidOn = s.saidOn();
            input.saidOnPrecision = s.saidOnPrecision();
            input.venue = s.venue();
            input.citations = citations(s.citations(), articles);
            putNew(statements, "statement", s.key(), citationService.createStatement(input));
        }
        // Second pass: a variant may be listed before the statement it varies.
        for (StatementSeed s : data.statements()) {
            if (s.variantOf() != null) {
                UpdateStatementInput update = new UpdateStatementInput();
                update.id = statements.get(s.key()).id;
                update.set = new StatementInput();
                update.set.variantOfId = find(statements, "statement", s.variantOf(), "statement '" + s.key() + "'").id;
                statementService.update(update);
            }
        }

        int reactions = 0;
        for (ReactionSeed s : data.reactions()) {
            String owner = "reaction '" + s.key() + "'";
            ReactionInput input = new ReactionInput();
            input.actorId = find(actors, "actor", s.actor(), owner).id;
            input.targetStatementId = find(statements, "statement", s.target(), owner).id;
            input.stance = s.stance();
            input.responseStatementId = s.response() == null ? null : find(statements, "statement", s.response(),
                    owner).id;
            input.citations = citations(s.citations(), articles);
            citationService.createReaction(input);
            reactions++;
        }
        int citations = data.statements().stream().mapToInt(s -> s.citations().size()).sum()
                + data.reactions().stream().mapToInt(s -> s.citations().size()).sum();
        return new Counts(actors.size(), articles.size(), statements.size(), reactions, citations);
    }

    /** Citation inputs by offsets and excerpt, which the citation service checks against the article body. */
    private static List<CitationInput> citations(List<CitationSeed> seeds, Map<String, Article> articles) {
        return seeds.stream().map(c -> {
            CitationInput input = new CitationInput();
            input.articleId = Objects.requireNonNull(articles.get(c.article()), "verified before storing").id;
            input.startOffset = c.start();
            input.endOffset = c.end();
            input.excerpt = c.excerpt();
            return input;
        }).toList();
    }

    private static <T> void putNew(Map<String, T> byKey, String kind, String key, T value) {
        if (key == null || byKey.putIfAbsent(key, value) != null) {
            throw new IllegalStateException(
                    "Seed " + kind + " key " + (key == null ? "missing" : "'" + key + "' repeated"));
        }
    }

    private static <T> T find(Map<String, T> byKey, String kind, String key, String owner) {
        T value = byKey.get(key);
        if (value == null) {
            throw new IllegalStateException("Seed " + owner + " refers to unknown " + kind + " '" + key + "'");
        }
        return value;
    }
}
