package io.newsgraph.graphql;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.actor.NameKey;
import io.newsgraph.common.Batches;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.graphql.Catalogue.Kind;
import io.newsgraph.graphql.Catalogue.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans a read operation into SQL whose rows are the JSON of the objects asked for (see {@link ReadPlan}). It
 * plans only what {@link Catalogue} knows; an operation with anything else (a mutation or subscription, a
 * directive, introspection, a field or argument it does not know) gets no plan and runs through SmallRye.
 * The document is validated against the schema first, and an operation over SmallRye's field or depth limit is
 * not planned, so that SmallRye reports those errors.
 */
final class ReadPlanner {

    private final GraphQLSchema schema;
    private final SqlDialect dialect;
    private final PaginationConfig pagination;
    private final int maxFields;
    private final int maxDepth;
    private final boolean dateTimes;
    private final ParserOptions parserOptions;

    /**
     * @param dateTimes whether DateTime fields are planned: they are written as Hibernate reads them only while the
     *        JVM runs in UTC (Hibernate gives PostgreSQL's instants the JVM's offset)
     */
    ReadPlanner(GraphQLSchema schema, SqlDialect dialect, PaginationConfig pagination, int maxFields, int maxDepth,
            boolean dateTimes, ParserOptions parserOptions) {
        this.schema = schema;
        this.dialect = dialect;
        this.pagination = pagination;
        this.maxFields = maxFields;
        this.maxDepth = maxDepth;
        this.dateTimes = dateTimes;
        this.parserOptions = parserOptions;
    }

    /** The plan of the operation, or {@link Unplanned} saying why there is none. */
    ReadPlan plan(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (RuntimeException e) {
            throw new Unplanned("not parsed");
        }
        if (!ParseAndValidate.validate(schema, document).isEmpty()) {
            throw new Unplanned("not valid");
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst().orElseThrow(() -> new Unplanned("no such operation"));
        if (operation.getOperation() != OperationDefinition.Operation.QUERY || !operation.getDirectives().isEmpty()) {
            throw new Unplanned("not a query");
        }
        return new Build(document, operation).plan();
    }

    /** One plan being built: its fragments, aliases and parameter markers. */
    private final class Build {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, VariableDefinition> variables = new HashMap<>();
        private final List<Function<Sql.Request, Object>> markers = new ArrayList<>();
        private final OperationDefinition operation;
        private int aliases;
        private int fields;

        Build(Document document, OperationDefinition operation) {
            this.operation = operation;
            this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                    .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
            operation.getVariableDefinitions().forEach(v -> variables.put(v.getName(), v));
        }

        ReadPlan plan() {
            if (depth(operation.getSelectionSet(), new HashMap<>()) > maxDepth) {
                throw new Unplanned("over the depth limit");
            }
            Map<String, List<Field>> roots = collect(List.of(operation.getSelectionSet()), "Query");
            List<ReadPlan.Root> parts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            roots.forEach((key, nodes) -> {
                Field field = nodes.get(0);
                parts.add(new ReadPlan.Root(key, root(field, subSelections(nodes))));
                if (!field.getName().startsWith("__")) {
                    names.add(field.getName());
                }
            });
            if (fields > maxFields) {
                throw new Unplanned("over the field limit");
            }
            return new ReadPlan(List.copyOf(parts), List.copyOf(names), Map.copyOf(variables));
        }

        private ReadPlan.Part root(Field field, List<SelectionSet> selections) {
            String name = field.getName();
            if (name.equals("__typename")) {
                return literal("\"Query\"");
            }
            if (Catalogue.SINGLES.containsKey(name)) {
                return single(field, Catalogue.SINGLES.get(name), selections);
            }
            if (Catalogue.LISTS.containsKey(name)) {
                return list(field, Catalogue.LISTS.get(name), selections);
            }
            if (name.equals("search")) {
                return search(field, selections);
            }
            throw new Unplanned("root field " + name);
        }

        private ReadPlan.Part single(Field field, String type, List<SelectionSet> selections) {
            only(field, "id");
            Value<?> id = argument(field, "id");
            String alias = alias();
            String marked = "select " + object(type, alias, selections) + " from " + table(type) + " " + alias
                    + " where " + alias + ".id = " + marker(request -> Arguments.id(request.arguments().resolve(id)));
            Sql sql = Sql.of(marked, markers);
            return (connection, arguments) -> {
                List<String[]> rows = sql.rows(connection, new PartRequest(arguments));
                if (rows.isEmpty()) {
                    throw new Unplanned("not found"); // SmallRye answers NOT_FOUND
                }
                return rows.get(0)[0];
            };
        }

        private ReadPlan.Part search(Field field, List<SelectionSet> selections) {
            only(field, "text", "first");
            Value<?> textArgument = argument(field, "text");
            Value<?> firstArgument = argument(field, "first");
            Function<Sql.Request, Object> pattern = request -> request.computed("pattern");
            Function<Sql.Request, Object> namePattern = request -> request.computed("namePattern");
            JsonText object = new JsonText().text("{");
            boolean[] firstKey = {true};
            collect(selections, "SearchResults").forEach((key, nodes) -> {
                object.text((firstKey[0] ? "" : ",") + "\"" + key + "\":");
                firstKey[0] = false;
                String name = nodes.get(0).getName();
                if (name.equals("__typename")) {
                    object.text("\"SearchResults\"");
                    return;
                }
                Catalogue.SearchList list = Catalogue.SEARCH.get(name);
                if (list == null) {
                    throw new Unplanned("search field " + name);
                }
                String alias = alias();
                String match = bindAll(list.match(), pattern);
                if (list.nameMatch() != null) {
                    match = "(" + bindAll(list.nameMatch(), namePattern) + " or " + match + ")";
                }
                Relation relation = new Relation(table(list.type()), match, list.orderBy());
                object.value(dialect.limitedArray(relation.rows("", alias),
                        object(list.type(), alias, subSelections(nodes)),
                        marker(request -> request.computed("first"))));
            });
            Sql sql = Sql.of("select " + object.text("}").sql(), markers, true);
            return (connection, arguments) -> {
                PartRequest request = new PartRequest(arguments);
                Object text = arguments.resolve(textArgument);
                String phrase = Arguments.text(text);
                if (phrase.isBlank() || phrase.length() > Catalogue.MAX_SEARCH_PHRASE) {
                    throw new Unplanned("search text");
                }
                request.put("pattern", ListQuery.likePattern(phrase, "text"));
                request.put("namePattern", NameKey.likePattern(phrase, "text"));
                request.put("first", nestedFirst(arguments.resolve(firstArgument), 10));
                return sql.rows(connection, request).get(0)[0];
            };
        }

        private ReadPlan.Part list(Field field, Catalogue.ListRoot root, List<SelectionSet> selections) {
            only(field, "filter", "orderBy", "first", "after");
            Map<String, Set<String>> enumValues = filterEnums(field.getName(), root);
            String type = root.type();
            List<String> columns = new ArrayList<>();
            List<ConnectionWriter.Member> members = new ArrayList<>();
            String row = alias();
            boolean[] counted = {false};
            collect(selections, root.connectionType()).forEach((key, nodes) -> {
                String name = nodes.get(0).getName();
                switch (name) {
                    case "__typename" -> members.add(ConnectionWriter.literal(key, root.connectionType()));
                    case "totalCount" -> {
                        counted[0] = true;
                        members.add(ConnectionWriter.totalCount(key));
                    }
                    case "pageInfo" -> members.add(ConnectionWriter.pageInfo(key,
                            pageInfo(collect(subSelections(nodes), "PageInfo"))));
                    case "nodes" -> members.add(ConnectionWriter.nodes(key,
                            column(columns, object(type, row, subSelections(nodes)))));
                    case "edges" -> members.add(ConnectionWriter.edges(key,
                            edge(collect(subSelections(nodes), root.edgeType()), root.edgeType(), type, row, columns)));
                    default -> throw new Unplanned("connection field " + name);
                }
            });
                        Value<?> filter = argument(field, "filter");
            Value<?> orderBy = argument(field, "orderBy");
            Value<?> first = argument(field, "first");
            Value<?> after = argument(field, "after");
            ListStatements statements = new ListStatements(root, table(type), row, List.copyOf(columns),
                    List.copyOf(markers), enumValues);
            ConnectionWriter writer = new ConnectionWriter(List.copyOf(members));
            return (connection, arguments) -> {
                ListStatements.Shape shape = statements.shape(arguments, filter, orderBy, first, after, pagination);
                List<String[]> rows = statements.page(shape).rows(connection, shape.request(arguments));
                long total = counted[0] ? Long.parseLong(statements.count(shape)
                        .rows(connection, shape.request(arguments)).get(0)[0]) : -1;
                return writer.write(rows, shape.page(), total);
            };
        }

        /** Adds a select-list column; its index in the row. */
        private int column(List<String> columns, String sql) {
            columns.add(sql);
            return columns.size() - 1;
        }

        private List<ConnectionWriter.Member> pageInfo(Map<String, List<Field>> selection) {
            List<ConnectionWriter.Member> members = new ArrayList<>();
            selection.forEach((key, nodes) -> members.add(switch (nodes.get(0).getName()) {
                case "__typename" -> ConnectionWriter.literal(key, "PageInfo");
                case "hasNextPage" -> ConnectionWriter.hasNextPage(key);
                case "hasPreviousPage" -> ConnectionWriter.hasPreviousPage(key);
                case "startCursor" -> ConnectionWriter.startCursor(key);
                case "endCursor" -> ConnectionWriter.endCursor(key);
                default -> throw new Unplanned("pageInfo field " + nodes.get(0).getName());
            }));
            return members;
        }

        private List<ConnectionWriter.Member> edge(Map<String, List<Field>> selection, String edgeType, String type,
                String row, List<String> columns) {
            List<ConnectionWriter.Member> members = new ArrayList<>();
            selection.forEach((key, nodes) -> members.add(switch (nodes.get(0).getName()) {
                case "__typename" -> ConnectionWriter.literal(key, edgeType);
                case "cursor" -> ConnectionWriter.cursor(key);
                case "node" -> ConnectionWriter.node(key, column(columns, object(type, row, subSelections(nodes))));
                default -> throw new Unplanned("edge field " + nodes.get(0).getName());
            }));
            return members;
        }

        /** The GraphQL enum values each ENUM filter field accepts, from the schema. */
        private Map<String, Set<String>> filterEnums(String rootField, Catalogue.ListRoot root) {
            var filterType = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(
                    schema.getQueryType().getFieldDefinition(rootField).getArgument("filter").getType());
            Map<String, Set<String>> values = new HashMap<>();
            root.filters().forEach((name, filter) -> {
                if (filter.kind() == Catalogue.ValueKind.ENUM) {
                    var enumType = (GraphQLEnumType) GraphQLTypeUtil.unwrapAll(filterType.getField(name).getType());
                    values.put(name, enumType.getValues().stream().map(v -> v.getName())
                            .collect(Collectors.toUnmodifiableSet()));
                }
            });
            return values;
        }

        /** JSON text of one object of {@code type} at {@code alias}, as SQL. */
        private String object(String type, String alias, List<SelectionSet> selections) {
            ObjectType objectType = Catalogue.TYPES.get(type);
            if (objectType == null) {
                throw new Unplanned("type " + type);
            }
            JsonText json = new JsonText().text("{");
            boolean[] first = {true};
            collect(selections, type).forEach((key, nodes) -> {
                json.text((first[0] ? "" : ",") + "\"" + key + "\":");
                first[0] = false;
                member(objectType, alias, nodes, json);
            });
            return json.text("}").sql();
        }

        private void member(ObjectType type, String alias, List<Field> nodes, JsonText json) {
            Field field = nodes.get(0);
            if (field.getName().equals("__typename")) {
                json.text("\"" + type.name() + "\"");
                return;
            }
            Catalogue.Member member = type.members().get(field.getName());
            if (member == null) {
                throw new Unplanned("field " + type.name() + "." + field.getName());
            }
            only(field, member instanceof Catalogue.ToMany ? new String[] {"first"} : new String[0]);
            if (member instanceof Catalogue.Scalar scalar && scalar.kind() == Kind.ID) {
                json.text("\"").value(alias + "." + scalar.column()).text("\""); // never null
            } else if (member instanceof Catalogue.Scalar scalar) {
                json.value(scalar(alias, scalar));
            } else if (member instanceof Catalogue.ToOne one) {
                String target = alias();
                json.value("coalesce((select " + object(one.type(), target, subSelections(nodes)) + " from "
                        + table(one.type()) + " " + target + " where " + target + ".id = " + alias + "."
                        + one.column() + "), 'null')");
            } else if (member instanceof Catalogue.ToMany many) {
                Value<?> first = argument(field, "first");
                String child = alias();
                json.value(dialect.limitedArray(many.relation().rows(alias, child),
                        object(many.type(), child, subSelections(nodes)),
                        marker(request -> nestedFirst(request.arguments().resolve(first), many.defaultFirst()))));
            } else {
                Catalogue.Strings strings = (Catalogue.Strings) member;
                String item = alias();
                json.value("coalesce((select '[' || string_agg(" + dialect.jsonString(item + "."
                        + strings.valueColumn()) + ", ',' order by " + item + ".id) || ']' from " + strings.table()
                        + " " + item + " where " + item + "." + strings.parentColumn() + " = " + alias + ".id), '[]')");
            }
        }

        private String scalar(String alias, Catalogue.Scalar scalar) {
            String column = alias + "." + scalar.column();
            String value = switch (scalar.kind()) {
                case ID -> "'\"' || cast(" + column + " as varchar) || '\"'"; // a nullable ID column
                case STRING -> dialect.jsonString(column);
                case INT -> "cast(" + column + " as varchar)";
                case ENUM -> "'\"' || " + column + " || '\"'";
                case DATE -> "'\"' || " + dialect.dateText(column) + " || '\"'";
                case CONFIDENCE -> confidenceText(column);
                case INSTANT, OFFSET_DATE_TIME -> {
                    if (!dateTimes) {
                        throw new Unplanned("DateTime outside UTC");
                    }
                    yield "'\"' || " + (scalar.kind() == Kind.INSTANT ? dialect.instantText(column)
                            : dialect.offsetDateTimeText(column, alias + "." + scalar.offsetColumn())) + " || '\"'";
                }
            };
            return "coalesce(" + value + ", 'null')";
        }

        /**
         * A confidence as Java prints the double (0.3, 0.05, 1.0, 0.0), which is how SmallRye answers it; stored
         * to two decimals (see {@code ReviewedEntity}), so the hundredths decide.
         */
        private static String confidenceText(String column) {
            String hundredths = "cast(round(" + column + " * 100) as integer)";
            return "case when " + hundredths + " = 100 then '1.0' when mod(" + hundredths + ", 10) = 0 then '0.' ||"
                    + " cast(" + hundredths + " / 10 as varchar) else '0.' || lpad(cast(" + hundredths
                    + " as varchar), 2, '0') end";
        }

        /** The fields of the selection sets by response key, in response order, fragments followed. */
        private Map<String, List<Field>> collect(List<SelectionSet> sets, String type) {
            Map<String, List<Field>> byKey = new LinkedHashMap<>();
            for (SelectionSet set : sets) {
                collect(set, type, byKey);
            }
            return byKey;
        }

        private void collect(SelectionSet set, String type, Map<String, List<Field>> byKey) {
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (!field.getDirectives().isEmpty()) {
                        throw new Unplanned("directive");
                    }
                    fields++;
                    byKey.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
                } else if (selection instanceof InlineFragment inline) {
                    if (!inline.getDirectives().isEmpty() || inline.getTypeCondition() != null
                            && !inline.getTypeCondition().getName().equals(type)) {
                        throw new Unplanned("inline fragment");
                    }
                    collect(inline.getSelectionSet(), type, byKey);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (!spread.getDirectives().isEmpty() || fragment == null || !fragment.getDirectives().isEmpty()
                            || !fragment.getTypeCondition().getName().equals(type)) {
                        throw new Unplanned("fragment");
                    }
                    collect(fragment.getSelectionSet(), type, byKey);
                }
            }
        }

        /** Fields nested in the set, counted as graphql-java's depth limit counts them; fragments' depths kept. */
        private int depth(SelectionSet set, Map<String, Integer> fragmentDepths) {
            int deepest = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    SelectionSet children = field.getSelectionSet();
                    deepest = Math.max(deepest, 1 + (children == null ? 0 : depth(children, fragmentDepths)));
                } else if (selection instanceof InlineFragment inline) {
                    deepest = Math.max(deepest, depth(inline.getSelectionSet(), fragmentDepths));
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                    Integer known = fragmentDepths.get(spread.getName());
                    if (known == null) {
                        known = depth(fragments.get(spread.getName()).getSelectionSet(), fragmentDepths);
                        fragmentDepths.put(spread.getName(), known);
                    }
                    deepest = Math.max(deepest, known);
                }
            }
            return deepest;
        }

        private List<SelectionSet> subSelections(List<Field> nodes) {
            return nodes.stream().map(Field::getSelectionSet).filter(s -> s != null).toList();
        }

        private String marker(Function<Sql.Request, Object> parameter) {
            markers.add(parameter);
            return "?{" + (markers.size() - 1) + "}";
        }

        /** Every {@code ?} of a catalogue clause bound to the same value. */
        private String bindAll(String clause, Function<Sql.Request, Object> parameter) {
            StringBuilder out = new StringBuilder();
            for (char c : clause.toCharArray()) {
                out.append(c == '?' ? marker(parameter) : String.valueOf(c));
            }
            return out.toString();
        }

        private String alias() {
            return "t" + ++aliases;
        }
    }

    /** A nested list's {@code first}: its default when left out, 0 to 100 (Batches.MAX_NESTED) otherwise. */
    static int nestedFirst(Object value, int defaultFirst) {
        if (value == Arguments.ABSENT) {
            return defaultFirst;
        }
        int first = Arguments.integer(value);
        if (first < 0 || first > Batches.MAX_NESTED) {
            throw new Unplanned("first out of range");
        }
        return first;
    }

    private static ReadPlan.Part literal(String json) {
        return (connection, arguments) -> json;
    }

    private static String table(String type) {
        return Catalogue.TYPES.get(type).table();
    }

    private static Value<?> argument(Field field, String name) {
        return field.getArguments().stream().filter(a -> a.getName().equals(name)).map(a -> a.getValue())
                .findFirst().orElse(null);
    }

    /** Refuses any argument but the named ones. */
    private static void only(Field field, String... known) {
        Set<String> allowed = Set.of(known);
        if (field.getArguments().stream().anyMatch(a -> !allowed.contains(a.getName()))) {
            throw new Unplanned("argument of " + field.getName());
        }
    }

    /** The values one part computes per request, beside the request's arguments. */
    static final class PartRequest implements Sql.Request {
        private final Arguments arguments;
        private final Map<String, Object> computed = new HashMap<>(4);

        PartRequest(Arguments arguments) {
            this.arguments = arguments;
        }

        void put(String name, Object value) {
            computed.put(name, value);
        }

        @Override
        public Arguments arguments() {
            return arguments;
        }

        @Override
        public Object computed(String name) {
            return computed.get(name);
        }
    }
}
