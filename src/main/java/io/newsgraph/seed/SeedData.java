package io.newsgraph.seed;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.DatePrecision;
import io.newsgraph.statement.StatementKind;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The shape of {@code seed/seed.json} (see {@code seed/NOTES.md}). Records point to each other by {@code key};
 * the keys exist only in the file, never in the database.
 * <p>
 * Jackson builds these records through their constructors and accessors, which a native executable only keeps
 * when they are registered for reflection (nested records are not covered by registering the outer one).
 */
@RegisterForReflection(targets = {SeedData.class, SeedData.ActorSeed.class, SeedData.ArticleSeed.class,
        SeedData.StatementSeed.class, SeedData.ReactionSeed.class, SeedData.CitationSeed.class})
public record SeedData(
        List<ActorSeed> actors,
        List<ArticleSeed> articles,
        List<StatementSeed> statements,
        List<ReactionSeed> reactions) {

    public SeedData {
        actors = orEmpty(actors);
        articles = orEmpty(articles);
        statements = orEmpty(statements);
        reactions = orEmpty(reactions);
    }

    /** {@code affiliation} is another actor's key. */
    public record ActorSeed(String key, String name, ActorKind kind, String role, String affiliation,
            List<String> aliases, String externalId, String description) {
        public ActorSeed {
            aliases = orEmpty(aliases);
        }
    }

    /** The body is not here but in {@code seed/articles/<key>.txt}. */
    public record ArticleSeed(String key, String title, String standfirst, String url, String outlet,
            String author, OffsetDateTime publishedAt, String language) {
    }

    /** {@code speaker} is an actor's key, {@code variantOf} another statement's. */
    public record StatementSeed(String key, String speaker, StatementKind kind, String text, LocalDate saidOn,
            DatePrecision saidOnPrecision, String venue, String variantOf, List<CitationSeed> citations) {
        public StatementSeed {
            citations = orEmpty(citations);
        }
    }

    /** {@code actor} is an actor's key; {@code target} and {@code response} are statements' keys. */
    public record ReactionSeed(String key, String actor, String target, Stance stance, String response,
            List<CitationSeed> citations) {
        public ReactionSeed {
            citations = orEmpty(citations);
        }
    }

    /** {@code article} is an article's key; offsets are UTF-16, {@code end} exclusive. */
    public record CitationSeed(String article, int start, int end, String excerpt) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
