package io.newsgraph.actor;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.ConflictException;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.InputValidator;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.NotFoundException;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.Writes;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.event.GraphEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

@ApplicationScoped
public class ActorService {

    /** Keeps every actor's alias list bounded, whoever adds them (the API, ingestion, the seed). */
    static final int MAX_ALIASES = 50;

    private final InputValidator validator;
    private final PaginationConfig pagination;
    private final Event<GraphEvent> events;

    public ActorService(InputValidator validator, PaginationConfig pagination, Event<GraphEvent> events) {
        this.validator = validator;
        this.pagination = pagination;
        this.events = events;
    }

    @Transactional
    public Actor get(Long id) {
        return Writes.found(Actor.findById(id), "actor", id, "id");
    }

    @Transactional
    public ActorConnection list(ActorFilter filter, ActorOrder order, Integer first, String after, boolean withTotal) {
        ActorFilter f = filter == null ? new ActorFilter() : filter;
        ActorOrder o = order == null ? new ActorOrder() : order;
        PageRequest page = PageRequest.of(first, after, pagination);
        String name = blankToNull(f.name);
        ListQuery query = new ListQuery("Actor", "a")
                .where("a.kind = :kind", "kind", f.kind)
                .where("a.affiliation.id = :affiliationId", "affiliationId", f.affiliationId)
                .where(Actor.NAME_OR_ALIAS_LIKE, "name",
                        name == null ? null : NameKey.likePattern(name, "filter.name"));
        return new ActorConnection(query.page(Actor.class, o.field.attribute, o.direction, page), page,
                query.countIf(withTotal));
    }

    @Transactional
    public Actor create(ActorInput input) {
        validator.check(input);
        Actor actor = new Actor();
        Writes.required(input.name, "name");
        Writes.required(input.kind, "kind");
        apply(actor, input, "input");
        if (input.aliases != null) {
            for (int i = 0; i < input.aliases.size(); i++) {
                addAlias(actor, input.aliases.get(i), "input.aliases[" + i + "]");
            }
        }
        actor.persist();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ACTOR_CREATED, actor.id, actor.id));
        return actor;
    }

    /**
     * Another spelling of an actor's name that an article uses (ingestion): kept as an alias unless the actor is
     * already known by it or has {@value #MAX_ALIASES} aliases; never an error, as an article cannot be refused for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addSpelling(Actor actor, String name) {
        if (!actor.isKnownAs(name) && actor.aliases.size() < MAX_ALIASES) {
            actor.addAlias(name);
        }
    }

    /** The role an article gives an actor that had none (ingestion); a known role stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillRole(Actor actor, String role) {
        if (actor.role == null) {
            actor.role = blankToNull(role);
        }
    }

    @Transactional
    public Actor update(UpdateActorInput input) {
        validator.check(input);
        Actor actor = lock(input.id, "input.id");
        Writes.checkVersion(actor, input.expectedVersion, "actor");
        Writes.notBlankIfGiven(input.set.name, "set.name");
        if (input.set.aliases != null) {
            throw new BadUserInputException("aliases are changed with addAlias and removeAlias", "input.set.aliases");
        }
        if (input.set.name != null && actor.hasAlias(input.set.name)) {
            throw new ConflictException("\"" + input.set.name + "\" is an alias of actor " + actor.id
                    + "; remove the alias first", "input.set.name");
        }
        apply(actor, input.set, "input.set");
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ACTOR_UPDATED, actor.id, actor.id));
        return actor;
    }

    @Transactional
    public Long delete(DeleteInput input) {
        validator.check(input);
        Actor actor = lock(input.id, "input.id");
        Writes.checkVersion(actor, input.expectedVersion, "actor");
        var em = Panache.getEntityManager();
        long statements = em.createQuery("select count(s) from Statement s where s.speaker = :a", Long.class)
                .setParameter("a", actor).getSingleResult();
        long reactions = em.createQuery("select count(r) from Reaction r where r.actor = :a", Long.class)
                .setParameter("a", actor).getSingleResult();
        if (statements + reactions > 0) {
            throw new ConflictException("actor " + actor.id + " has " + statements + " statements and " + reactions
                    + " reactions; delete them or merge the actor into another first", "input.id");
        }
        em.createQuery("update Actor a set a.affiliation = null where a.affiliation = :a").setParameter("a", actor)
                .executeUpdate();
        actor.delete();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ACTOR_DELETED, actor.id, actor.id));
        return actor.id;
    }

    /**
     * The actor, write-locked (SELECT … FOR UPDATE) until the caller's transaction ends, for a change that must not
     * interleave with a merge: a statement or reaction given to it, an alias, the merge itself. NOT_FOUND naming
     * {@code field} when there is none (a merge that went first deleted it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Actor lock(Long id, String field) {
        return Writes.found(Panache.getEntityManager().find(Actor.class, id, LockModeType.PESSIMISTIC_WRITE), "actor",
                id, field);
    }

    /**
     * The actors, locked as {@link #lock} does, in id order: transactions locking overlapping sets then wait for
     * each other rather than deadlock. CONFLICT when one is gone meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Actor> lockAll(Collection<Long> ids) {
        Map<Long, Actor> locked = new HashMap<>();
        for (Long id : new TreeSet<>(ids)) {
            Actor actor = Panache.getEntityManager().find(Actor.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (actor == null) {
                throw new ConflictException("an actor this change names was merged or deleted meanwhile; retry");
            }
            locked.put(id, actor);
        }
        return locked;
    }

    @Transactional
    public Actor addAlias(AliasInput input) {
        validator.check(input);
        Actor actor = lock(input.actorId, "input.actorId");
        addAlias(actor, input.alias, "input.alias");
        Writes.touch(actor);
        events.fire(GraphEvent.of(ChangeKind.ACTOR_UPDATED, actor.id, actor.id));
        return actor;
    }

    @Transactional
    public Actor removeAlias(AliasInput input) {
        validator.check(input);
        Actor actor = lock(input.actorId, "input.actorId");
        String key = NameKey.spelling(input.alias);
        if (!actor.aliases.removeIf(alias -> alias.nameKey.equals(key))) {
            throw new NotFoundException("actor " + actor.id + " has no alias \"" + input.alias + "\"", "input.alias");
        }
        Writes.touch(actor);
        events.fire(GraphEvent.of(ChangeKind.ACTOR_UPDATED, actor.id, actor.id));
        return actor;
    }

    /**
     * Folds {@code mergeId} into {@code keepId}: statements, reactions and affiliates move over, the merged
     * record's name and aliases become aliases, its external id fills a gap, and the record is deleted. Both are
     * locked first, lower id first, so racing merges (A into B against B into A), and statements, reactions or
     * aliases given to either meanwhile, wait for each other: the later one finds the merged actor gone (NOT_FOUND)
     * or works on the merged result.
     */
    @Transactional
    public MergeActorsPayload merge(MergeActorsInput input) {
        validator.check(input);
        if (Objects.equals(input.keepId, input.mergeId)) {
            throw new BadUserInputException("an actor cannot be merged into itself", "input.mergeId");
        }
        boolean keepFirst = input.keepId < input.mergeId;
        Actor first = keepFirst ? lock(input.keepId, "input.keepId") : lock(input.mergeId, "input.mergeId");
        Actor second = keepFirst ? lock(input.mergeId, "input.mergeId") : lock(input.keepId, "input.keepId");
        Actor keep = keepFirst ? first : second;
        Actor merged = keepFirst ? second : first;
        var em = Panache.getEntityManager();
        em.createQuery("update Statement s set s.speaker = :keep where s.speaker = :merged")
                .setParameter("keep", keep).setParameter("merged", merged).executeUpdate();
        em.createQuery("update Reaction r set r.actor = :keep where r.actor = :merged")
                .setParameter("keep", keep).setParameter("merged", merged).executeUpdate();
        em.createQuery("update Actor a set a.affiliation = :keep where a.affiliation = :merged and a <> :keep")
                .setParameter("keep", keep).setParameter("merged", merged).executeUpdate();
        if (keep.affiliation == merged) {
            keep.affiliation = merged.affiliation == keep ? null : merged.affiliation;
        }
        List<String> names = new ArrayList<>();
        names.add(merged.name);
        merged.aliases.forEach(alias -> names.add(alias.name));
        for (String name : names) {
            if (!keep.isKnownAs(name)) {
                addAlias(keep, name, "input.mergeId");
            }
        }
        if (keep.externalId == null && merged.externalId != null) {
            String externalId = merged.externalId;
            merged.externalId = null;
            Writes.flush();
            keep.externalId = externalId;
        }
        keep.role = keep.role == null ? merged.role : keep.role;
        keep.description = keep.description == null ? merged.description : keep.description;
        em.flush();
        em.refresh(merged);
        merged.delete();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.ACTOR_MERGED, merged.id, keep.id, merged.id));
        return new MergeActorsPayload(keep, merged.id);
    }

    private static void addAlias(Actor actor, String alias, String field) {
        if (alias == null || alias.isBlank()) {
            throw new BadUserInputException(field + " cannot be blank", field);
        }
        String known = actor.knownSpelling(alias);
        if (known != null) {
            // one alias per spelling: forms differing only in case or accents find the same actor anyway
            throw new ConflictException("actor " + (actor.id == null ? "\"" + actor.name + "\"" : actor.id)
                    + " is already known as \"" + known + "\"" + (known.equals(alias.strip()) ? ""
                    : " (\"" + alias.strip() + "\" differs only in case, accents or spacing)"), field);
        }
        if (actor.aliases.size() >= MAX_ALIASES) {
            throw new BadUserInputException("an actor has at most " + MAX_ALIASES + " aliases", field);
        }
        actor.addAlias(alias);
    }

    /** Copies the given fields onto the actor; the uniqueness query runs before any field changes. */
    private static void apply(Actor actor, ActorInput input, String prefix) {
        String externalId = input.externalId == null ? actor.externalId : blankToNull(input.externalId);
        if (externalId != null && !externalId.equals(actor.externalId) && Actor.count("externalId", externalId) > 0) {
            throw new ConflictException("another actor already has external id " + externalId,
                    prefix + ".externalId");
        }
        actor.externalId = externalId;
        if (input.name != null) {
            actor.rename(input.name);
        }
        if (input.kind != null) {
            actor.kind = input.kind;
        }
        if (input.role != null) {
            actor.role = blankToNull(input.role);
        }
        if (input.description != null) {
            actor.description = blankToNull(input.description);
        }
        if (Boolean.TRUE.equals(input.clearAffiliation)) {
            actor.affiliation = null;
        } else if (input.affiliationId != null) {
            Actor affiliation = Writes.found(Actor.findById(input.affiliationId), "actor", input.affiliationId,
                    prefix + ".affiliationId");
            if (affiliation == actor || (actor.id != null && isAffiliatedTo(affiliation, actor))) {
                throw new BadUserInputException("an actor cannot be affiliated with itself, directly or through others",
                        prefix + ".affiliationId");
            }
            actor.affiliation = affiliation;
        }
    }

    /** Whether following {@code from}'s affiliations leads to {@code to} (a cycle if {@code to} joined it). */
    private static boolean isAffiliatedTo(Actor from, Actor to) {
        int hops = 0;
        for (Actor a = from; a != null && hops < 100; a = a.affiliation, hops++) {
            if (a == to) {
                return true;
            }
        }
        return false;
    }
}
