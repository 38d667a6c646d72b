package io.newsgraph.graphql;

import graphql.language.Value;
import io.newsgraph.actor.NameKey;
import io.newsgraph.common.ApiException;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.Writes;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The statements of a planned root list (the page, and the total when asked for). Which filters apply and the
 * order can come from variables, so the SQL text depends on the request's shape: one text per shape, built on
 * first use and kept, the values always bound as parameters.
 */
final class ListStatements {

    private final Catalogue.ListRoot root;
    private final String table;
    private final String row;
    private final List<String> columns;
    private final List<Function<Sql.Request, Object>> markers;
    private final Map<String, Set<String>> enumValues;
    private final Map<String, Sql> pages = new ConcurrentHashMap<>();
    private final Map<String, Sql> counts = new ConcurrentHashMap<>();

    /**
     * @param columns the select list over the alias {@code row}, one JSON text per node asked for
     * @param markers the parameters the columns' markers refer to
     */
    ListStatements(Catalogue.ListRoot root, String table, String row, List<String> columns,
            List<Function<Sql.Request, Object>> markers, Map<String, Set<String>> enumValues) {
        this.root = root;
        this.table = table;
        this.row = row;
        this.columns = columns;
        this.markers = markers;
        this.enumValues = enumValues;
    }

    /** One request's filters (by name, in a fixed order), order and page. */
    record Shape(String key, Map<String, Object> filters, List<String> order, boolean ascending, PageRequest page) {

        ReadPlanner.PartRequest request(Arguments arguments) {
            var request = new ReadPlanner.PartRequest(arguments);
            filters.forEach((name, value) -> request.put("filter." + name, value));
            request.put("offset", page.offset());
            request.put("limit", page.limit() + 1);
            return request;
        }
    }

    Shape shape(Arguments arguments, Value<?> filter, Value<?> orderBy, Value<?> first, Value<?> after,
            PaginationConfig pagination) {
        Map<String, Object> filters = filters(arguments.resolve(filter));
        Object order = arguments.resolve(orderBy);
        String field = root.defaultOrder();
        String direction = root.defaultDirection();
        if (order instanceof Map<?, ?> given) {
            if (!Set.of("field", "direction").containsAll(given.keySet())) {
                throw new Unplanned("order field");
            }
            field = given.containsKey("field") ? Arguments.text(given.get("field")) : field;
            direction = given.containsKey("direction") ? Arguments.text(given.get("direction")) : direction;
        } else if (order != null && order != Arguments.ABSENT) {
            throw new Unplanned("orderBy");
        }
        List<String> orderColumns = root.orderColumns().get(field);
        if (orderColumns == null || !(direction.equals("ASC") || direction.equals("DESC"))) {
            throw new Unplanned("order " + field + " " + direction);
        }
        PageRequest page;
        try {
            page = PageRequest.of(optional(arguments.resolve(first), Arguments::integer),
                    optional(arguments.resolve(after), Arguments::text), pagination);
        } catch (ApiException e) {
            throw new Unplanned("page");
        }
        return new Shape(String.join(",", filters.keySet()) + "|" + field + "|" + direction
                + (page.offset() == 0 ? "|first" : "|after"), filters, orderColumns, direction.equals("ASC"), page);
    }

    /**
     * The page's rows in order. A first page reads the rows straight from the order's index; a later page first
     * finds its ids by the index alone and then reads just those rows (an offset over the rows themselves would
     * read every skipped row), which on a first page costs 21 more index lookups for 20 rows.
     */
    Sql page(Shape shape) {
        return pages.computeIfAbsent(shape.key(), key -> {
            List<Function<Sql.Request, Object>> all = new ArrayList<>(markers);
            String select = "select " + (columns.isEmpty() ? "1" : String.join(", ", columns)) + " from ";
            if (shape.page().offset() == 0) {
                return Sql.of(select + table + " " + row + where(row, shape, all) + " order by " + orderBy(row, shape)
                        + " fetch next " + marker(all, "limit") + " rows only", all, matchesPhrase(shape));
            }
            String inner = row + "_k";
            String order = orderBy(inner, shape);
            String marked = select + "(select "
                    + inner + ".id, row_number() over (order by " + order + ") rn from " + table + " " + inner
                    + where(inner, shape, all) + " order by " + order + " offset " + marker(all, "offset")
                    + " rows fetch next " + marker(all, "limit") + " rows only) " + row + "_x join " + table + " " + row
                    + " on " + row + ".id = " + row + "_x.id order by " + row + "_x.rn";
            return Sql.of(marked, all, matchesPhrase(shape));
        });
    }

    Sql count(Shape shape) {
        return counts.computeIfAbsent(shape.key(), key -> {
            List<Function<Sql.Request, Object>> all = new ArrayList<>(markers);
            String alias = row + "_k";
            return Sql.of("select count(*) from " + table + " " + alias + where(alias, shape, all), all,
                    matchesPhrase(shape));
        });
    }

    private boolean matchesPhrase(Shape shape) {
        return shape.filters().keySet().stream()
                .anyMatch(name -> root.filters().get(name).kind() == Catalogue.ValueKind.PHRASE
                        || root.filters().get(name).kind() == Catalogue.ValueKind.NAME);
    }

    /** The filters the client gave a value, converted as the services convert them. */
    private Map<String, Object> filters(Object given) {
        Map<String, Object> filters = new TreeMap<>();
        if (given == null || given == Arguments.ABSENT) {
            return filters;
        }
        if (!(given instanceof Map<?, ?> fields)) {
            throw new Unplanned("filter");
        }
        fields.forEach((name, value) -> {
            Catalogue.Filter filter = root.filters().get(String.valueOf(name));
            if (filter == null) {
                throw new Unplanned("filter field " + name);
            }
            Object bound = value == null ? null : bound(String.valueOf(name), filter, value);
            if (bound != null) {
                filters.put(String.valueOf(name), bound);
            }
        });
        return filters;
    }

    private Object bound(String name, Catalogue.Filter filter, Object value) {
        return switch (filter.kind()) {
            case ID -> Arguments.id(value);
            case TEXT -> Writes.blankToNull(Arguments.text(value));
            case PHRASE, NAME -> {
                String text = Arguments.text(value);
                try {
                    String field = "filter." + name;
                    yield text.isBlank() ? null : filter.kind() == Catalogue.ValueKind.NAME
                            ? NameKey.likePattern(text, field) : ListQuery.likePattern(text, field);
                } catch (ApiException e) {
                    throw new Unplanned("phrase too long");
                }
            }
            case ENUM -> {
                String constant = Arguments.text(value);
                if (!enumValues.get(name).contains(constant)) {
                    throw new Unplanned("enum value");
                }
                yield constant;
            }
            case DATE -> Arguments.date(value);
            case NUMBER -> Arguments.number(value);
            case DATE_TIME -> Arguments.dateTime(value).withOffsetSameInstant(ZoneOffset.UTC);
        };
    }

    private String where(String alias, Shape shape, List<Function<Sql.Request, Object>> all) {
        if (shape.filters().isEmpty()) {
            return "";
        }
        List<String> clauses = new ArrayList<>();
        for (String name : shape.filters().keySet()) {
            StringBuilder clause = new StringBuilder();
            for (char c : root.filters().get(name).clause().replace("{c}", alias).toCharArray()) {
                clause.append(c == '?' ? marker(all, "filter." + name) : String.valueOf(c));
            }
            clauses.add(clause.toString());
        }
        return " where " + String.join(" and ", clauses);
    }

    /** The list's order as {@code ListQuery.page} gives it: nulls first ascending, last descending; id last. */
    private static String orderBy(String alias, Shape shape) {
        String direction = shape.ascending() ? " asc" : " desc";
        String nulls = shape.ascending() ? " nulls first" : " nulls last";
        StringBuilder order = new StringBuilder();
        for (String column : shape.order()) {
            order.append(alias).append('.').append(column).append(direction).append(nulls).append(", ");
        }
        return order.append(alias).append(".id").append(direction).toString();
    }

    private static String marker(List<Function<Sql.Request, Object>> all, String computed) {
        all.add(request -> request.computed(computed));
        return "?{" + (all.size() - 1) + "}";
    }

    private static <T> T optional(Object value, Function<Object, T> conversion) {
        return value == null || value == Arguments.ABSENT ? null : conversion.apply(value);
    }
}
