package io.newsgraph.ingest;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.ingest.extract.NameKey;
import io.newsgraph.live.ChangeKind;
import io.newsgraph.live.GraphEvent;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.statement.Statement;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes one article's extraction into the graph, inside the caller's transaction: actors matched or created,
 * statements and reactions matched to what other articles already reported (gaining a citation) or created.
 * Events for what it created go to {@code events}; the caller fires them in the transaction.
 */
final class ExtractionWriter {

    /** Most aliases ingestion lets an actor collect (the API's own limit is 50). */
    private static final int MAX_ALIASES = 50;

    private final Article article;
    private final Extraction extraction;
    private final ActorDirectory directory;
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

    ExtractionWriter(Article article, Extraction extraction, ActorDirectory directory, Consumer<GraphEvent> events) {
        this.article = article;
        this.extraction = extraction;
        this.directory = directory;
        this.events = events;
    }

    IngestArticlePayload write() {
        ExtractionCheck.check(extraction, article.body);
        List<Actor> actors = new ArrayList<>();
        for (Extraction.Actor extracted : extraction.actors()) {
            actors.add(actorFor(extracted));
        }
        loadStatementsOf(actors);
        List<Statement> statements = new ArrayList<>();
        for (Extraction.Statement extracted : extraction.statements()) {
            statements.add(extracted.speaker() < 0 ? null : statementFor(extracted, actors.get(extracted.speaker())));
        }
        for (Extraction.Reaction extracted : extraction.reactions()) {
            Statement target = extracted.target() < 0 ? null : statements.get(extracted.target());
            if (target != null) {
                Statement response = extracted.response() < 0 ? null : statements.get(extracted.response());
                reactionFor(extracted, actors.get(extracted.actor()), target, response == target ? null : response);
            }
        }
        Panache.getEntityManager().flush();
        events.accept(GraphEvent.of(ChangeKind.ARTICLE_INGESTED, article.id, citedActors));
        return new IngestArticlePayload(true, article, statementsCreated, statementsMatched, reactionsCreated,
                reactionsMatched, actorsCreated, actorsMatched, List.copyOf(actorsReported.values()),
                List.copyOf(statementsReported.values()), List.copyOf(reactionsReported.values()));
    }

    private Actor actorFor(Extraction.Actor extracted) {
        Long id = directory.match(extracted);
        Actor actor;
        if (id == null) {
            actor = new Actor();
            actor.name = extracted.name().strip();
            actor.kind = extracted.kind();
            actor.role = blankToNull(extracted.role());
            actor.persist();
            actorsCreated++;
            events.accept(GraphEvent.of(ChangeKind.ACTOR_CREATED, actor.id, actor.id));
            actorsReported.putIfAbsent(actor.id, new IngestedActor(actor, IngestOutcome.CREATED, actor.name, null));
        } else {
            actor = Actor.findById(id);
            if (actor.role == null) {
                actor.role = blankToNull(extracted.role());
            }
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
            if (isFullSpelling(name) && NameKey.matches(name, actor.name) && !actor.isKnownAs(name)
                    && actor.aliases.size() < MAX_ALIASES) {
                actor.addAlias(name);
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

    private Statement statementFor(Extraction.Statement extracted, Actor speaker) {
        citedActors.add(speaker.id);
        QuoteText text = new QuoteText(extracted.text());
        List<Statement> known = statementsBySpeaker.computeIfAbsent(speaker.id, k -> new ArrayList<>());
        Statement statement = known.stream()
                .filter(s -> s.kind == extracted.kind() && text.sameAs(new QuoteText(s.text)))
                .findFirst().orElse(null);
        if (statement == null) {
            statement = new Statement();
            statement.speaker = speaker;
            statement.kind = extracted.kind();
            statement.text = extracted.text().strip();
            statement.persist();
            known.add(statement);
            statementsCreated++;
            statementsReported.putIfAbsent(statement.id, new IngestedStatement(statement, IngestOutcome.CREATED));
            events.accept(GraphEvent.of(ChangeKind.STATEMENT_ADDED, statement.id, speaker.id));
        } else {
            if (!citedHere("statement", statement)) {
                statementsMatched++;
            }
            statementsReported.putIfAbsent(statement.id, new IngestedStatement(statement, IngestOutcome.MATCHED));
            events.accept(GraphEvent.of(ChangeKind.STATEMENT_UPDATED, statement.id, speaker.id));
            if (text.longerThan(new QuoteText(statement.text))) {
                // the fullest wording any outlet reported; the shorter citations still quote part of it
                statement.text = extracted.text().strip();
            }
        }
        Statement subject = statement;
        cite(extracted.excerpt(), c -> c.statement = subject);
        return statement;
    }

    private void reactionFor(Extraction.Reaction extracted, Actor actor, Statement target, Statement response) {
        citedActors.add(actor.id);
        Reaction reaction = Reaction.<Reaction>find(
                "actor = ?1 and target = ?2 and stance = ?3", actor, target, extracted.stance()).firstResult();
        if (reaction == null) {
            reaction = new Reaction();
            reaction.actor = actor;
            reaction.target = target;
            reaction.stance = extracted.stance();
            reaction.response = response;
            reaction.persist();
            reactionsCreated++;
            reactionsReported.putIfAbsent(reaction.id, new IngestedReaction(reaction, IngestOutcome.CREATED));
            events.accept(GraphEvent.of(ChangeKind.REACTION_ADDED, reaction.id, actor.id, target.speaker.id));
        } else {
            if (!citedHere("reaction", reaction)) {
                reactionsMatched++;
            }
            reactionsReported.putIfAbsent(reaction.id, new IngestedReaction(reaction, IngestOutcome.MATCHED));
            events.accept(GraphEvent.of(ChangeKind.REACTION_UPDATED, reaction.id, actor.id, target.speaker.id));
            if (reaction.response == null && response != null && response != target) {
                reaction.response = response;
            }
        }
        Reaction subject = reaction;
        cite(extracted.excerpt(), c -> c.reaction = subject);
    }

    /** Whether this article already cites the statement or reaction ({@code subject}): it reports it twice. */
    private boolean citedHere(String subject, Object entity) {
        return Citation.count("article = ?1 and " + subject + " = ?2", article, entity) > 0;
    }

    private void cite(Extraction.Span span, Consumer<Citation> subject) {
        Citation citation = new Citation();
        citation.article = article;
        citation.startOffset = span.start();
        citation.endOffset = span.end();
        citation.excerpt = article.body.substring(span.start(), span.end());
        subject.accept(citation);
        citation.persist();
    }
}
