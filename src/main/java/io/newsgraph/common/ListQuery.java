package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filtered list over one entity, written as HQL {@code from Entity alias where ...}: each filter adds its
 * clause only when the client gave a value, and the same clauses serve the page query and the total count.
 */
public final class ListQuery {

    /**
     * Longest text a substring filter takes: the longest statement text, so any stored statement can be found by its
     * whole text.
     */
    public static final int MAX_PHRASE = 10_000;

    private final String from;
    private final String alias;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public ListQuery(String entity, String alias) {
        this.from = " from " + entity + " " + alias;
        this.alias = alias;
    }

    /** Adds {@code clause} (which uses {@code :param}) when {@code value} is not null. */
    public ListQuery where(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Adds {@code clause}, which uses every parameter of {@code values} (none of them null). */
    public ListQuery where(String clause, Map<String, Object> values) {
        clauses.add(clause);
        params.putAll(values);
        return this;
    }

    /** The alias the clauses name the listed records by. */
    public String alias() {
        return alias;
    }

    /**
     * Adds a case-insensitive substring match of {@code text} against any of the given expressions, each lowered
     * already ({@code lower(s.text)}, or a column the database keeps lowered), as the trigram indexes are built.
     */
    public ListQuery containing(String param, String text, List<String> expressions) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add(expression + " like :" + param + " escape '\\'");
        }
        clauses.add("(" + String.join(" or ", alternatives) + ")");
        params.put(param, likePattern(text, "filter." + param));
        return this;
    }

    /** An inclusive range of instants, whatever UTC offsets the bounds are written with. */
    public ListQuery between(String expression, String param, OffsetDateTime after, OffsetDateTime before) {
        return range(expression, param, after == null ? null : after.toInstant(),
                before == null ? null : before.toInstant());
    }

    /** An inclusive range of dates. */
    public ListQuery between(String expression, String param, LocalDate after, LocalDate before) {
        return range(expression, param, after, before);
    }

    private ListQuery range(String expression, String param, Object after, Object before) {
        return where(expression + " >= :" + param + "From", param + "From", after)
                .where(expression + " <= :" + param + "To", param + "To", before);
    }

    /** One page, plus one look-ahead row, in the given order (id breaks ties so pages never overlap). */
    public <T> List<T> page(Class<T> type, String orderBy, OrderDirection direction, PageRequest page) {
        String dir = direction == OrderDirection.ASC ? " asc" : " desc";
        String nulls = direction == OrderDirection.ASC ? " nulls first" : " nulls last";
        TypedQuery<T> query = Panache.getEntityManager().createQuery(
                "select " + alias + from + where() + " order by " + alias + "." + orderBy + dir + nulls
                        + ", " + alias + ".id" + dir,
                type);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
    }

    /** The number of matching rows, or -1 without a query when the client did not ask for it. */
    public long countIf(boolean wanted) {
        return wanted ? count() : -1;
    }

    public long count() {
        TypedQuery<Long> query = Panache.getEntityManager()
                .createQuery("select count(" + alias + ")" + from + where(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /**
     * {@code %text%}, lower-cased, with LIKE's own wildcards escaped so they match literally; BAD_USER_INPUT naming
     * {@code field} when the text is longer than {@value #MAX_PHRASE} characters (no stored text is searched by more).
     */
    public static String likePattern(String text, String field) {
        if (text.strip().length() > MAX_PHRASE) {
            throw new BadUserInputException(field + " must be at most " + MAX_PHRASE + " characters", field);
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
