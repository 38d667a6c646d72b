package io.newsgraph.ingest;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.actor.NameKey;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph's actors under every name they are known by, for matching the actors an article names. Built once
 * per ingestion (two queries) and kept current as ingestion creates actors, so a batch matches its own articles.
 *
 * <p>Matching, in order, for any of the article's forms of the name: the same {@link NameKey} as a name or
 * alias (spellings, transliterations and titles folded away: Aleksey / Oleksiy Goncharenko, Szijjarto /
 * Szijjártó, Kiev / Kyiv); then, for a person, the one person whose name {@link NameKey#matches matches} by
 * surname ("Peskov", "D. Peskov"). Kinds must agree on person or not. Ambiguity is never guessed away: two
 * candidates mean a new actor.
 */
final class ActorDirectory {

    private record Known(Long actorId, ActorKind kind, String name) {
    }

    private final Map<String, Set<Known>> byKey = new HashMap<>();
    private final Map<String, Set<Known>> bySurname = new HashMap<>();

    static ActorDirectory load() {
        ActorDirectory directory = new ActorDirectory();
        var em = Panache.getEntityManager();
        Map<Long, ActorKind> kinds = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.kind, a.name from Actor a", Object[].class)
                .getResultList()) {
            kinds.put((Long) row[0], (ActorKind) row[1]);
            directory.add((Long) row[0], (ActorKind) row[1], (String) row[2]);
        }
        for (Object[] row : em.createQuery("select al.actor.id, al.name from ActorAlias al", Object[].class)
                .getResultList()) {
            directory.add((Long) row[0], kinds.get((Long) row[0]), (String) row[1]);
        }
        return directory;
    }

    /** Records that {@code actor} is known as {@code name}. */
    void add(Actor actor, String name) {
        add(actor.id, actor.kind, name);
    }

    private void add(Long actorId, ActorKind kind, String name) {
        Known known = new Known(actorId, kind, name);
        byKey.computeIfAbsent(NameKey.of(name), k -> new LinkedHashSet<>()).add(known);
        if (kind == ActorKind.PERSON) {
            bySurname.computeIfAbsent(NameKey.surname(name), k -> new LinkedHashSet<>()).add(known);
        }
    }

    /** The id of the graph's actor the extracted one is, or null when it is someone new (or ambiguous). */
    Long match(Extraction.Actor actor) {
        List<String> names = names(actor);
        for (String name : names) {
            Long id = unique(byKey.get(NameKey.of(name)), actor.kind(), null);
            if (id != null) {
                return id;
            }
        }
        if (actor.kind() == ActorKind.PERSON) {
            for (String name : names) {
                Long id = unique(bySurname.get(NameKey.surname(name)), actor.kind(), name);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The canonical name first, then the other forms the article uses. */
    static List<String> names(Extraction.Actor actor) {
        List<String> names = new ArrayList<>();
        names.add(actor.name());
        if (actor.surfaceForms() != null) {
            actor.surfaceForms().stream().filter(form -> form != null && !form.isBlank() && !names.contains(form))
                    .forEach(names::add);
        }
        return names;
    }

    /**
     * The only actor among {@code candidates} of a kind compatible with {@code kind} (and whose name matches
     * {@code name} by {@link NameKey#matches}, when given), or null when there is none or more than one.
     */
    private static Long unique(Set<Known> candidates, ActorKind kind, String name) {
        if (candidates == null) {
            return null;
        }
        Long found = null;
        for (Known known : candidates) {
            if ((known.kind() == ActorKind.PERSON) != (kind == ActorKind.PERSON)
                    || name != null && !NameKey.matches(name, known.name())) {
                continue;
            }
            if (found != null && !found.equals(known.actorId())) {
                return null;
            }
            found = known.actorId();
        }
        return found;
    }
}
