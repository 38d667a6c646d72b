package io.newsgraph.common;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.StatelessSession;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Resolves a relation for a whole batch of GraphQL sources in one SQL statement, so a nested query costs one
 * statement per level rather than one per row.
 */
public final class Batches {

    /** Largest {@code first} a nested list accepts. */
    public static final int MAX_NESTED = 100;

    private Batches() {
    }

    /** Checks a nested list's {@code first} argument. */
    public static int limit(int first) {
        if (first < 0 || first > MAX_NESTED) {
            throw new BadUserInputException("first must be between 0 and " + MAX_NESTED + ", was " + first, "first");
        }
        return first;
    }

    /**
     * For each source, the entity its many-to-one {@code reference} points to, or null. A source already holds the
     * related row's id in that (unloaded) reference, so each distinct one is loaded once: 1,000 reactions by 40
     * actors cost one query for 40 rows, not a join repeating each actor per reaction.
     */
    public static <S extends TrackedEntity, R extends TrackedEntity> List<R> toOne(List<S> sources,
            Function<S, R> reference, Class<R> type) {
        List<Long> referenced = sources.stream().map(reference).map(related -> related == null ? null : idOf(related))
                .toList();
        Map<Long, Object> byId = byId(type, "e", referenced.stream().filter(Objects::nonNull).distinct().toList());
        return referenced.stream().map(id -> type.cast(byId.get(id))).toList();
    }

    /** The id of a referenced entity, read without loading it. */
    private static Long idOf(TrackedEntity reference) {
        // Hibernate's own proxy test: an instanceof on the HibernateProxy interface contends between threads on
        // Java 17 (JDK-8180450)
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(reference);
        return proxy != null ? (Long) proxy.getInternalIdentifier() : reference.id;
    }

    /**
     * For each source, up to {@code limit} related entities in the order the ranking gives.
     *
     * @param ranked selects {@code pid} (source id), {@code cid} (related id) and {@code rn} (its rank among
     *        the source's related rows, from 1) for the sources whose ids are in {@code :ids}
     */
    public static <S extends TrackedEntity, R extends TrackedEntity> List<List<R>> toMany(
            List<S> sources, String ranked, Class<R> type, int limit) {
        String hql = "select x.pid, r from (" + ranked + ") x join " + type.getSimpleName()
                + " r on r.id = x.cid where x.rn <= :limit order by x.pid, x.rn";
        return group(sources, rows(hql, ids(sources), Map.of("limit", (long) limit)), type);
    }

    /**
     * For each source, its lazily loaded {@code attribute} of entity {@code type}: the value already in memory where
     * the source holds it (an entity just written), the others read in one query.
     */
    @SuppressWarnings("unchecked") // the query reads the attribute loadedValue reads
    public static <S extends TrackedEntity, R> List<R> lazyValue(List<S> sources, Class<S> type, String attribute,
            Function<S, R> loadedValue) {
        Map<Long, Object> read = byId(type, "e." + attribute, sources.stream()
                .filter(source -> !Hibernate.isPropertyInitialized(source, attribute)).map(source -> source.id)
                .distinct().toList());
        return sources.stream().map(source -> Hibernate.isPropertyInitialized(source, attribute)
                ? loadedValue.apply(source) : (R) read.get(source.id)).toList();
    }

    /** {@code selected} (an HQL expression over the alias {@code e}) of each row of {@code entity}, by id. */
    private static Map<Long, Object> byId(Class<?> entity, String selected, List<Long> ids) {
        Map<Long, Object> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : rows("select e.id, " + selected + " from " + entity.getSimpleName()
                    + " e where any_of(e.id, :ids)", ids, Map.of())) {
                byId.put((Long) row[0], row[1]);
            }
        }
        return byId;
    }

    /** For each source, every value the query gives for it (for small, bounded lists such as aliases). */
    public static <S extends TrackedEntity, R> List<List<R>> values(List<S> sources, String hql, Class<R> type) {
        return group(sources, rows(hql, ids(sources), Map.of()), type);
    }

    private static <S extends TrackedEntity, R> List<List<R>> group(List<S> sources, List<Object[]> rows,
            Class<R> type) {
        Map<Long, List<R>> bySource = new HashMap<>();
        for (Object[] row : rows) {
            bySource.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(type.cast(row[1]));
        }
        return sources.stream().map(source -> bySource.getOrDefault(source.id, List.of())).toList();
    }

    private static List<Long> ids(List<? extends TrackedEntity> sources) {
        return sources.stream().map(source -> source.id).distinct().toList();
    }

    /**
     * Runs in a transaction of the calling thread, so the Hibernate session it uses is opened and closed by this
     * thread. Outside a transaction the session would be the request's, which is closed when the request ends,
     * and that can happen on another thread while a query still runs (a client that disconnects mid-query).
     * Stateless: the entities only feed the response, so no persistence context registers them, snapshots them
     * or flushes them at commit (a nested page hydrates thousands of rows).
     */
    private static List<Object[]> rows(String hql, List<Long> ids, Map<String, Object> params) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = Arc.container().instance(StatelessSession.class).get().createQuery(hql, Object[].class)
                    .setParameter("ids", ids.toArray(Long[]::new));
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
