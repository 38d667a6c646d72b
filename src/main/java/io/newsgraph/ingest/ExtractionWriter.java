package io.newsgraph.ingest;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorInput;
import io.newsgraph.actor.ActorService;
import io.newsgraph.actor.NameKey;
import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.citation.CitationService;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.event.GraphEvent;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.reaction.ReactionService;
import io.newsgraph.review.ReviewStatus;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementService;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes one article's extraction into the graph, inside the caller's transaction: actors matched or created,
 * statements and reactions matched to what other articles already reported (gaining a citation) or created.
 * It decides what matches what; every write goes through the feature services ({@link Writers}), as the API's
 * and the seed's do. The article's own event goes to {@code events}; the services fire theirs.
 */
final class ExtractionWriter {

    /** The feature services ingestion writes through. */
    record Writers(ActorService actors, StatementService statements, ReactionService reactions,
            CitationService citations) {
    }

    private final Article article;
    private final Extraction extraction;
    private final ActorDirectory directory;
    private final Writers writers;
    private final Consumer<GraphEvent> events;

    private final Map<Long, List<Statement>> statementsBySpeaker = new HashMap<>();
    private final Set<Long> citedActors = new LinkedHashSet<>();
    private int statementsCreated;
    private int statementsMatched;
    private int reactionsCreated;
    private int reactionsMatched;
    private int actorsCreated;
    private int actorsMatched;
    /** What the payload reports, once per record (by id), in the article's order. */
    private final Map<Long, IngestedActor> actorsReported = new LinkedHashMap<>();
    private final Map<Long, IngestedStatement> statementsReported = new LinkedHashMap<>();
    private final Map<Long, IngestedReaction> reactionsReported = new LinkedHashMap<>();

    ExtractionWriter(Article article, Extraction extraction, ActorDirectory directory, Writers writers,
            Consumer<GraphEvent> events) {
        this.writers = writers;
        this.article = article;
        this.extraction = extraction;
        this.directory = directory;
        this.events = events;
    }

    IngestArticlePayload write() {
        ExtractionCheck.check(extraction, article.body);
        // locked before use: a merge deleting one of them meanwhile waits, or went first (CONFLICT, nothing stored)
        Map<Long, Actor> known = new HashMap<>(writers.actors().lockAll(
                extraction.actors().stream().map(directory::match).filter(Objects::nonNull).toList()));
        List<Actor> actors = new ArrayList<>();
        for (Extraction.Actor extracted : extraction.actors()) {
            Long id = directory.match(extracted); // again: an earlier actor of this article may be the one
            Actor actor = actorFor(extracted, id == null ? null : known.get(id));
            known.putIfAbsent(actor.id, actor);
            actors.add(actor);
        }
        loadStatementsOf(actors);
        List<Statement> statements = new ArrayList<>();
        for (Extraction.Statement extracted : extraction.statements()) {
            statements.add(statementFor(extracted, extracted.speaker() < 0 ? null : actors.get(extracted.speaker())));
        }
        for (Extraction.Reaction extracted : extraction.reactions()) {
            Statement target = extracted.target() < 0 ? null : statements.get(extracted.target());
            Statement response = extracted.response() < 0 ? null : statements.get(extracted.response());
            if (target != null) {
                reactionFor(extracted, actors.get(extracted.actor()), target, response == target ? null : response);
            }
        }
        Panache.getEntityManager().flush();
        events.accept(GraphEvent.of(ChangeKind.ARTICLE_INGESTED, article.id, citedActors));
        return new IngestArticlePayload(true, article, statementsCreated, statementsMatched, reactionsCreated,
                reactionsMatched, actorsCreated, actorsMatched, List.copyOf(actorsReported.values()),
                List.copyOf(statementsReported.values()), List.copyOf(reactionsReported.values()));
    }

    private Actor actorFor(Extraction.Actor extracted, Actor known) {
        Actor actor = known;
        if (actor == null) {
            ActorInput input = new ActorInput();
            input.name = extracted.name().strip();
            input.kind = extracted.kind();
            input.role = blankToNull(extracted.role());
            actor = writers.actors().create(input);
            actorsCreated++;
            actorsReported.putIfAbsent(actor.id, new IngestedActor(actor, IngestOutcome.CREATED, actor.name, null));
        } else {
            writers.actors().fillRole(actor, extracted.role());
            actorsMatched++;
            actorsReported.putIfAbsent(actor.id, new IngestedActor(actor, IngestOutcome.MATCHED,
                    extracted.name().strip(), matchedName(actor, ActorDirectory.names(extracted))));
        }
        addNewSpellings(actor, extracted);
        return actor;
    }

    /**
     * Keeps the other full spellings of the name (Aleksey for Oleksiy Goncharenko) as aliases; bare surnames,
     * initials and forms with a title in front ("Kremlin spokesperson Dmitry Peskov") say nothing new.
     */
    private void addNewSpellings(Actor actor, Extraction.Actor extracted) {
        for (String name : ActorDirectory.names(extracted)) {
            if (isFullSpelling(name) && NameKey.matches(name, actor.name)) {
                writers.actors().addSpelling(actor, name);
            }
            directory.add(actor, name);
        }
        directory.add(actor, actor.name);
    }

    /**
     * The name or alias the graph knew {@code actor} by that one of the article's names folds to under
     * {@link NameKey}; the actor's name when only the surname matched.
     */
    private static String matchedName(Actor actor, List<String> namesInArticle) {
        List<String> known = new ArrayList<>();
        known.add(actor.name);
        actor.aliases.forEach(alias -> known.add(alias.name));
        for (String name : namesInArticle) {
            for (String knownName : known) {
                if (NameKey.of(name).equals(NameKey.of(knownName))) {
                    return knownName;
                }
            }
        }
        return actor.name;
    }

    /** A name of two or more words, none of them an initial or a title (which {@link NameKey} drops). */
    private static boolean isFullSpelling(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length >= 2 && NameKey.of(name).split(" ").length == words.length
                && Arrays.stream(words).allMatch(word -> word.replaceAll("\\P{L}", "").length() > 1);
    }

    private void loadStatementsOf(List<Actor> actors) {
        List<Long> ids = actors.stream().filter(a -> a.id != null).map(a -> a.id).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Panache.getEntityManager()
                .createQuery("select s from Statement s where s.speaker.id in :ids", Statement.class)
                .setParameter("ids", ids).getResultList()
                .forEach(s -> statementsBySpeaker.computeIfAbsent(s.speaker.id, k -> new ArrayList<>()).add(s));
    }

    /**
     * The graph's statement for an extracted one, created when new; null when an editor rejected it (it stays
     * rejected, and reactions to it are not stored). A quote with no speaker ({@code speaker} null) is matched by
     * its words alone, and so is one whose speaker an editor corrected, whatever speaker extraction gives it now:
     * the correction stays.
     */
    private Statement statementFor(Extraction.Statement extracted, Actor speaker) {
        QuoteText text = new QuoteText(extracted.text());
        Long speakerId = speaker == null ? null : speaker.id;
        List<Statement> known = statementsBySpeaker.computeIfAbsent(speakerId, k -> new ArrayList<>());
        Statement statement = known.stream()
                .filter(s -> s.kind == extracted.kind() && text.sameAs(new QuoteText(s.text)))
                .findFirst().orElse(null);
        if (statement == null && speaker == null) {
            statement = sameWordsAnySpeaker(extracted, text, false).stream().findFirst().orElse(null);
        }
        if (statement == null) {
            statement = sameWordsAnySpeaker(extracted, text, true).stream().findFirst().orElse(null);
        }
        if (statement != null && statement.reviewStatus == ReviewStatus.REJECTED) {
            return null;
        }
        if (statement == null) {
            statement = writers.statements().createExtracted(speaker, extracted.kind(), extracted.text(),
                    extracted.confidence(), extracted.cue());
            known.add(statement);
            statementsCreated++;
            statementsReported.putIfAbsent(statement.id, new IngestedStatement(statement, IngestOutcome.CREATED));
        } else {
            if (!citedHere("statement", statement)) {
                statementsMatched++;
            }
            statementsReported.putIfAbsent(statement.id, new IngestedStatement(statement, IngestOutcome.MATCHED));
            events.accept(GraphEvent.of(ChangeKind.STATEMENT_UPDATED, statement.id, speakerId));
            if (text.longerThan(new QuoteText(statement.text))) {
                // the fullest wording any outlet reported; the shorter citations still quote part of it
                writers.statements().rewordExtracted(statement, extracted.text());
            }
        }
        if (statement.speaker != null) {
            citedActors.add(statement.speaker.id);
        }
        Statement subject = statement;
        cite(extracted.excerpt(), extracted.confidence(), extracted.cue(), c -> c.statement = subject);
        return statement;
    }

    /**
     * Statements of {@code extracted}'s kind with the same words, whoever said them: those with no speaker, or
     * (with {@code corrected}) those whose speaker an editor corrected. A word of the quote narrows the
     * candidates in SQL; {@link QuoteText} decides.
     */
    private static List<Statement> sameWordsAnySpeaker(Extraction.Statement extracted, QuoteText text,
            boolean corrected) {
        String word = Arrays.stream(extracted.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .reduce("", (a, b) -> b.length() > a.length() ? b : a);
        if (word.isEmpty()) {
            return List.of();
        }
        String who = corrected ? "s.reviewStatus = io.newsgraph.review.ReviewStatus.CORRECTED" : "s.speaker is null";
        return Panache.getEntityManager().createQuery("select s from Statement s where " + who
                + " and s.kind = :kind and lower(s.text) like :word order by s.id", Statement.class)
                .setParameter("kind", extracted.kind()).setParameter("word", "%" + word + "%").getResultList()
                .stream().filter(s -> text.sameAs(new QuoteText(s.text))).toList();
    }

    /**
     * The graph's reaction for an extracted one, created when new. One an editor corrected for the same actor and
     * target is matched whatever stance extraction gives now (the correction stays); a rejected one stays rejected
     * and gains no citation.
     */
    private void reactionFor(Extraction.Reaction extracted, Actor actor, Statement target, Statement response) {
        Reaction reaction = Reaction.<Reaction>find("actor = ?1 and target = ?2 and (stance = ?3 or reviewStatus = ?4)"
                + " order by case when stance = ?3 then 0 else 1 end, id", actor, target, extracted.stance(),
                ReviewStatus.CORRECTED).firstResult();
        if (reaction != null && reaction.reviewStatus == ReviewStatus.REJECTED) {
            return;
        }
        citedActors.add(actor.id);
        if (reaction == null) {
            reaction = writers.reactions().createExtracted(actor, target, extracted.stance(), response,
                    extracted.confidence(), extracted.cue());
            reactionsCreated++;
            reactionsReported.putIfAbsent(reaction.id, new IngestedReaction(reaction, IngestOutcome.CREATED));
        } else {
            if (!citedHere("reaction", reaction)) {
                reactionsMatched++;
            }
            reactionsReported.putIfAbsent(reaction.id, new IngestedReaction(reaction, IngestOutcome.MATCHED));
            events.accept(GraphEvent.of(ChangeKind.REACTION_UPDATED, reaction.id, actor.id, target.speakerId()));
            writers.reactions().addExtractedResponse(reaction, response);
        }
        Reaction subject = reaction;
        cite(extracted.excerpt(), extracted.confidence(), extracted.cue(), c -> c.reaction = subject);
    }

    /** Whether this article already cites the statement or reaction ({@code subject}): it reports it twice. */
    private boolean citedHere(String subject, Object entity) {
        return Citation.count("article = ?1 and " + subject + " = ?2", article, entity) > 0;
    }

    private void cite(Extraction.Span span, double confidence, String cue, Consumer<Citation> subject) {
        writers.citations().cite(article, span.start(), span.end(), citation -> {
            citation.extracted(confidence, cue);
            subject.accept(citation);
        });
    }
}
