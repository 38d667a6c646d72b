package io.newsgraph.graphql;

import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.createArticle;
import static io.newsgraph.MutationFixtures.createStatement;
import static io.newsgraph.MutationFixtures.map;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planned path answers every read exactly as SmallRye does: the same bytes for each read operation of
 * {@code src/test/resources/graphql/}, for the benchmark's queries and for generated queries with varied
 * selections and arguments (valid and invalid), each sent once planned and once with the planner bypassed
 * ({@link PlannedReads#HEADER}: off). Runs on H2 and, with -Ppostgresql, on PostgreSQL.
 */
@QuarkusTest
class PlannedReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OPERATIONS = Path.of("src/test/resources/graphql");
    private static final Path BENCH = Path.of("bench/queries/newsgraph");
    private static boolean edgeData;

    /**
     * The read operations the planner answers (file: operation); the others go to SmallRye (coverage, mutations'
     * read-backs through fields it does not cover, introspection). A planned operation missing from here, or one
     * listed here no longer planned, fails the test: update the list with the change that caused it.
     */
    private static final List<String> PLANNED = List.of("actor/actor.graphql: Actor",
            "actor/actorGraph.graphql: Actor", "actor/actors.graphql: Actors",
            "actor/actorsByName.graphql: ActorsByName",
            "article/article.graphql: Article", "article/articleGraph.graphql: Article",
            "article/articles.graphql: Articles", "article/articlesByText.graphql: ArticlesByText",
            "article/articlesWithActors.graphql: ArticlesWithActors", "bench/article.graphql: -",
            "bench/flat20.graphql: -", "bench/nested.graphql: -", "bench/search.graphql: -",
            "bench/statement.graphql: -",
            "common/batchedFirst.graphql: BatchedFirst", "common/nestedFirst.graphql: NestedFirst",
            "hardening/articleStatements.graphql: ArticleStatements",
            "ingest/counts.graphql: Counts", "ingest/graph.graphql: Graph",
            "perf/aliasedRelations.graphql: AliasedRelations", "perf/articleBodies.graphql: ArticleBodies",
            "perf/nestedArticles.graphql: NestedArticles", "race/actorsByName.graphql: RaceActors",
            "race/articleCitations.graphql: RaceArticle", "race/statementsByText.graphql: RaceStatements",
            "reaction/reaction.graphql: Reaction",
            "reaction/reactionGraph.graphql: Reaction", "reaction/reactions.graphql: Reactions",
            "reaction/reactionsTo.graphql: ReactionsTo", "review/queue.graphql: Queue",
            "review/statementsByText.graphql: StatementsByText", "search/search.graphql: Search",
            "security/actorCount.graphql: ActorCount", "security/typename.graphql: -",
            "seed/actorsByName.graphql: ActorsByName", "seed/articleActors.graphql: ArticleActors",
            "seed/articles.graphql: SeedArticles", "seed/rejectionsOf.graphql: RejectionsOf",
            "seed/statementsByText.graphql: StatementsByText", "statement/statement.graphql: Statement",
            "statement/statementGraph.graphql: Statement", "statement/statements.graphql: Statements",
            "statement/statementsByText.graphql: StatementsByText");

    @BeforeEach
    void edgeData() {
        if (edgeData) {
            return;
        }
        // Text JSON must escape, offsets with minutes and seconds, a fraction of a second, nulls
        String body = "Quote \"marks\", a back\\slash, a tab\tand \u0001 control, é, 𝄞 and a line\nbreak.";
        String article = createArticle(map("title", "Edge \"case\" \u0002 𝄞", "body", body, "outlet", "Edge Outlet",
                "publishedAt", "2024-02-29T23:59:59.5-03:30", "language", "en")).getString("id");
        createArticle(map("title", "Edge seconds offset", "body", "Another edge body " + article,
                "publishedAt", "1999-12-31T23:59:59.123456+05:45"));
        createStatement(map("speakerId", "1", "text", "a back\\slash, a tab\tand \u0001 control", "kind",
                "DIRECT_QUOTE", "citations", List.of(cite(article, "a back\\slash, a tab\tand \u0001 control"))));
        edgeData = true;
    }

    @Test
    void everyReadOperationAnswersTheSameAsSmallRye() throws IOException {
        TypeDefinitionRegistry schema = schema();
        List<String> planned = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Stream.concat(Files.walk(OPERATIONS), Files.walk(BENCH))) {
            walk.filter(p -> p.toString().endsWith(".graphql")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String query = Files.readString(file);
            Document document = Parser.parse(query);
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                    continue;
                }
                Map<String, Object> variables = new LinkedHashMap<>();
                for (VariableDefinition variable : operation.getVariableDefinitions()) {
                    if (variable.getDefaultValue() == null) {
                        variables.put(variable.getName(), variableValue(file.toString(), variable, schema));
                    }
                }
                String name = (file.startsWith(BENCH) ? "bench/" + file.getFileName()
                        : OPERATIONS.relativize(file).toString()) + ": "
                        + (operation.getName() == null ? "-" : operation.getName());
                if (compare(name, query, operation.getName(), variables)) {
                    planned.add(name);
                }
            }
        }
        assertEquals(new TreeSet<>(PLANNED), new TreeSet<>(planned), "the planned operations");
    }

    @Test
    void generatedQueriesAnswerTheSameAsSmallRye() {
        TypeDefinitionRegistry schema = schema();
        QueryGenerator generator = new QueryGenerator(schema, new Random(18));
        int planned = 0;
        int total = 300;
        for (int i = 0; i < total; i++) {
            QueryGenerator.Generated query = generator.next();
            if (compare("generated #" + i + ": " + query.text() + " " + query.variables(), query.text(), null,
                    query.variables())) {
                planned++;
            }
        }
        // most generated queries ask only for what the planner covers; the rest check the fallback
        assertTrue(planned > total / 2, "planned " + planned + " of " + total);
    }

    /**
     * Sends the operation planned and bypassed; when the planner answered, asserts the same status, type and bytes
     * as SmallRye's (when it did not, SmallRye answered both, and its errors of concurrent loaders come in any
     * order); whether it was planned.
     */
    private static boolean compare(String name, String query, String operationName, Map<String, Object> variables) {
        String body = body(query, operationName, variables);
        Response maybePlanned = send(body, null);
        Response smallRye = send(body, "off");
        assertEquals(smallRye.statusCode(), maybePlanned.statusCode(), name);
        boolean planned = "sql".equals(maybePlanned.header(PlannedReads.HEADER));
        if (planned) {
            assertEquals(smallRye.asString(), maybePlanned.asString(), name);
            assertEquals(smallRye.contentType(), maybePlanned.contentType(), name);
        }
        return planned;
    }

    private static Response send(String body, String plan) {
        var request = given().auth().preemptive().basic(GraphQL.EDITOR, GraphQL.EDITOR_PASSWORD)
                .contentType("application/json").accept("application/json").body(body);
        if (plan != null) {
            request.header(PlannedReads.HEADER, plan);
        }
        return request.when().post("/graphql").then().extract().response();
    }

    private static String body(String query, String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        body.put("variables", variables);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value for a test operation's variable, by its name and type (seed ids, words of the seed story); an id
     * named only "id" is one of the operation's own type, read from its file's name.
     */
    private static Object variableValue(String file, VariableDefinition variable, TypeDefinitionRegistry schema) {
        String name = variable.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("id")) {
            name = Path.of(file).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        }
        String type = QueryGenerator.typeName(variable.getType());
        return switch (type) {
            case "ID" -> name.contains("article") ? "1" : name.contains("statement") ? "3"
                    : name.contains("reaction") ? "2" : name.contains("country") ? "14" : "5";
            case "Int" -> 5;
            case "String" -> name.contains("name") ? "Goncharenko" : name.contains("outlet") ? "RT"
                    : name.contains("after") ? null : "signal";
            case "Boolean" -> true;
            default -> schema.getType(type).filter(t -> t instanceof EnumTypeDefinition)
                    .map(t -> (Object) ((EnumTypeDefinition) t).getEnumValueDefinitions().get(0).getName())
                    .orElse(null);
        };
    }

    private static TypeDefinitionRegistry schema() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        return new SchemaParser().parse(sdl);
    }

    /** Random queries over the schema: nested selections, aliases, fragments, arguments as literals or variables. */
    static final class QueryGenerator {

        record Generated(String text, Map<String, Object> variables) {
        }

        private static final List<String> ROOTS = List.of("articles", "actors", "statements", "reactions", "article",
                "actor", "statement", "reaction", "search");
        private static final List<String> TEXTS = List.of("RT", "Dagens.com", "signal", "MACRON", "", " ", "%_",
                "troops", "Edge", "Goncharenko", "a back\\slash");

        private final TypeDefinitionRegistry schema;
        private final Random random;
        private Map<String, Object> variables;
        private StringBuilder declarations;
        private int aliases;

        QueryGenerator(TypeDefinitionRegistry schema, Random random) {
            this.schema = schema;
            this.random = random;
        }

        Generated next() {
            variables = new LinkedHashMap<>();
            declarations = new StringBuilder();
            ObjectTypeDefinition query = object("Query");
            String rootName = ROOTS.get(random.nextInt(ROOTS.size()));
            FieldDefinition root = query.getFieldDefinitions().stream().filter(f -> f.getName().equals(rootName))
                    .findFirst().orElseThrow();
            String selection = field(root, 0);
            String fragment = "";
            if (random.nextInt(5) == 0 && root.getName().endsWith("s") && !root.getName().equals("search")
                    && selection.contains("nodes {")) {
                fragment = " fragment F on " + nodeType(root) + " { id __typename }";
                selection = selection.replaceFirst("nodes \\{", "nodes { ...F ");
            }
            String text = (declarations.isEmpty() ? "query" : "query (" + declarations + ")") + " { " + selection
                    + " }" + fragment;
            return new Generated(text, variables);
        }

        private String nodeType(FieldDefinition root) {
            String connection = typeName(root.getType());
            return connection.substring(0, connection.length() - "Connection".length());
        }

        /** One field with arguments and, for an object, a selection; {@code depth} counts object levels. */
        private String field(FieldDefinition field, int depth) {
            StringBuilder out = new StringBuilder();
            if (random.nextInt(6) == 0) {
                out.append("a").append(++aliases).append(": "); // unique: two fields under one alias conflict
            }
            out.append(field.getName());
            List<String> arguments = new ArrayList<>();
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                boolean required = argument.getType() instanceof NonNullType;
                if (required || random.nextInt(3) > 0) {
                    arguments.add(argument.getName() + ": " + argument(argument));
                }
            }
            if (!arguments.isEmpty()) {
                out.append('(').append(String.join(", ", arguments)).append(')');
            }
            ObjectTypeDefinition type = schema.getType(typeName(field.getType()))
                    .filter(t -> t instanceof ObjectTypeDefinition).map(t -> (ObjectTypeDefinition) t).orElse(null);
            if (type != null) {
                out.append(" { ").append(selection(type, type.getName().endsWith("Connection")
                        || type.getName().endsWith("Edge") || type.getName().equals("SearchResults")
                        ? depth : depth + 1)).append(" }");
            }
            return out.toString();
        }

        private String selection(ObjectTypeDefinition type, int depth) {
            List<FieldDefinition> fields = new ArrayList<>(type.getFieldDefinitions());
            java.util.Collections.shuffle(fields, random);
            List<String> chosen = new ArrayList<>();
            for (FieldDefinition field : fields) {
                boolean object = schema.getType(typeName(field.getType()))
                        .filter(t -> t instanceof ObjectTypeDefinition).isPresent();
                if (object && depth >= 3 || chosen.size() >= 2 + random.nextInt(5)) {
                    continue;
                }
                chosen.add(field(field, depth));
            }
            if (chosen.isEmpty() || random.nextInt(8) == 0) {
                chosen.add("__typename");
            }
            return String.join(" ", chosen);
        }

        /** An argument's value, as a literal or (half the time) through a variable. */
        private String argument(InputValueDefinition argument) {
            Object value = value(argument.getName(), argument.getType());
            if (random.nextBoolean()) {
                String variable = "v" + variables.size();
                variables.put(variable, value);
                declarations.append(declarations.isEmpty() ? "" : ", ").append('$').append(variable).append(": ")
                        .append(typeText(argument.getType()));
                return "$" + variable;
            }
            return literal(value, argument.getType());
        }

        private Object value(String name, Type<?> type) {
            if (type instanceof NonNullType nonNull) {
                return value(name, nonNull.getType());
            }
            if (type instanceof ListType list) {
                return List.of(value(name, list.getType()));
            }
            String typeName = ((TypeName) type).getName();
            boolean invalid = random.nextInt(15) == 0; // now and then a value SmallRye must refuse
            return switch (typeName) {
                case "Int" -> invalid ? List.of(101, -1).get(random.nextInt(2))
                        : List.of(0, 1, 2, 3, 5, 20).get(random.nextInt(6));
                case "ID" -> invalid ? "abc" : String.valueOf(1 + random.nextInt(random.nextBoolean() ? 3 : 30));
                case "String" -> name.equals("after") ? (invalid ? "nope"
                        : List.of("b2Zmc2V0OjA", "b2Zmc2V0OjE", "b2Zmc2V0OjQ").get(random.nextInt(3)))
                        : TEXTS.get(random.nextInt(TEXTS.size()));
                case "Boolean" -> random.nextBoolean();
                case "Float" -> invalid ? "high" : List.of(0, 0.35, 0.5, 0.9, 1.0).get(random.nextInt(5));
                case "Date" -> invalid ? "2024-02-30" : List.of("2024-05-04", "2030-01-01").get(random.nextInt(2));
                case "DateTime" -> invalid ? "2024-05-05"
                        : List.of("2024-05-05T00:00:00+02:00", "2024-05-05T12:00:00Z").get(random.nextInt(2));
                default -> {
                    var definition = schema.getType(typeName).orElseThrow();
                    if (definition instanceof EnumTypeDefinition constants) {
                        var values = constants.getEnumValueDefinitions();
                        yield values.get(random.nextInt(values.size())).getName();
                    }
                    Map<String, Object> fields = new LinkedHashMap<>();
                    for (InputValueDefinition field : ((InputObjectTypeDefinition) definition)
                            .getInputValueDefinitions()) {
                        if (random.nextInt(3) == 0) {
                            fields.put(field.getName(), value(field.getName(), field.getType()));
                        }
                    }
                    yield fields;
                }
            };
        }

        private String literal(Object value, Type<?> type) {
            Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
            if (value instanceof List<?> items) {
                Type<?> item = inner instanceof ListType list ? list.getType() : inner;
                return "[" + String.join(", ", items.stream().map(v -> literal(v, item)).toList()) + "]";
            }
            if (value instanceof Map<?, ?> fields) {
                var definition = (InputObjectTypeDefinition) schema.getType(typeName(inner)).orElseThrow();
                List<String> parts = new ArrayList<>();
                fields.forEach((field, fieldValue) -> parts.add(field + ": " + literal(fieldValue,
                        definition.getInputValueDefinitions().stream().filter(d -> d.getName().equals(field))
                                .findFirst().orElseThrow().getType())));
                return "{" + String.join(", ", parts) + "}";
            }
            if (value instanceof String text) {
                boolean constant = schema.getType(typeName(inner)).filter(t -> t instanceof EnumTypeDefinition)
                        .isPresent();
                return constant ? text : quoted(text);
            }
            return String.valueOf(value);
        }

        private static String quoted(String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ObjectTypeDefinition object(String name) {
            return (ObjectTypeDefinition) schema.getType(name).orElseThrow();
        }

        static String typeName(Type<?> type) {
            if (type instanceof NonNullType nonNull) {
                return typeName(nonNull.getType());
            }
            if (type instanceof ListType list) {
                return typeName(list.getType());
            }
            return ((TypeName) type).getName();
        }

        private static String typeText(Type<?> type) {
            if (type instanceof NonNullType nonNull) {
                return typeText(nonNull.getType()) + "!";
            }
            if (type instanceof ListType list) {
                return "[" + typeText(list.getType()) + "]";
            }
            return ((TypeName) type).getName();
        }
    }
}
