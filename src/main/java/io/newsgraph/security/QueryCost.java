package io.newsgraph.security;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.common.PaginationConfig;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates what an operation costs in rows, as GitHub's node limit does: a field with a {@code first} argument
 * returns up to {@code first} rows for each row of its parent, so its children are multiplied by it (the value
 * given, its variable's, or the schema's default). The estimate is the sum of those rows over every paged field,
 * plus a weight for each large text asked for (an article body may be 100 kB, a hundred ordinary rows): without
 * it, a budget of rows would allow a response of gigabytes.
 * Alongside, the document's size once every fragment spread is expanded (fields counted as often as they would be
 * executed) and its depth. Both are computed in one pass over the document with each fragment's totals remembered,
 * so a document whose fragments double at every level costs linear work to refuse, before graphql-java validates
 * or normalises it (both of which expand fragments and are exponential in that case).
 */
final class QueryCost {

    /**
     * The estimate of one operation: rows it may return, fields once fragments are expanded, and its depth (fields
     * on the longest path, counted as SmallRye's depth limit counts them).
     */
    record Estimate(double rows, double fields, int depth) {
        Estimate plus(Estimate other) {
            return new Estimate(rows + other.rows, fields + other.fields, Math.max(depth, other.depth));
        }
    }

    private static final Estimate NOTHING = new Estimate(0, 0, 0);
    private static final Estimate UNBOUNDED = new Estimate(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Integer.MAX_VALUE);

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Estimate> fragmentCosts = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private final Map<String, Object> variableValues;
    private final Map<String, Value<?>> variableDefaults = new HashMap<>();
    private final PaginationConfig pagination;
    private final LargeTexts largeTexts;

    /** Fields (as {@code Type.field}) whose value may be large, and the rows each one counts as. */
    record LargeTexts(Set<String> fields, double rows) {
        double weight(GraphQLFieldsContainer parent, String field) {
            return parent != null && fields.contains(parent.getName() + "." + field) ? rows : 0;
        }
    }

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables,
            PaginationConfig pagination, LargeTexts largeTexts) {
        this.schema = schema;
        this.variableValues = variables == null ? Map.of() : variables;
        this.pagination = pagination;
        this.largeTexts = largeTexts;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /**
     * The estimate of the named operation (or, when the name matches none, of the costliest one). A fragment that
     * spreads itself counts as an unbounded document: validation would refuse it anyway.
     */
    static Estimate of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables,
            PaginationConfig pagination, LargeTexts largeTexts) {
        QueryCost cost = new QueryCost(schema, document, variables, pagination, largeTexts);
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        List<OperationDefinition> chosen = operations.stream()
                .filter(operation -> operationName != null && operationName.equals(operation.getName())).toList();
        Estimate worst = NOTHING;
        for (OperationDefinition operation : chosen.isEmpty() ? operations : chosen) {
            cost.variableDefaults.clear();
            cost.fragmentCosts.clear(); // a fragment's pages may come from this operation's variables
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                cost.variableDefaults.put(variable.getName(), variable.getDefaultValue());
            }
            Estimate estimate = cost.selections(operation.getSelectionSet(), rootType(schema, operation));
            worst = new Estimate(Math.max(worst.rows, estimate.rows), Math.max(worst.fields, estimate.fields),
                    Math.max(worst.depth, estimate.depth));
        }
        return worst;
    }

    private static GraphQLFieldsContainer rootType(GraphQLSchema schema, OperationDefinition operation) {
        if (schema == null) {
            return null;
        }
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    private Estimate selections(SelectionSet set, GraphQLFieldsContainer parent) {
        Estimate total = NOTHING;
        if (set == null) {
            return total;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total = total.plus(field(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                total = total.plus(selections(inline.getSelectionSet(), typed(inline.getTypeCondition(), parent)));
            } else if (selection instanceof FragmentSpread spread) {
                total = total.plus(fragment(spread.getName()));
            }
        }
        return total;
    }

    private Estimate fragment(String name) {
        Estimate known = fragmentCosts.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return NOTHING; // validation reports the unknown fragment
        }
        if (!expanding.add(name)) {
            return UNBOUNDED;
        }
        Estimate estimate = selections(definition.getSelectionSet(), typed(definition.getTypeCondition(), null));
        expanding.remove(name);
        fragmentCosts.put(name, estimate);
        return estimate;
    }

    private Estimate field(Field field, GraphQLFieldsContainer parent) {
        GraphQLFieldDefinition definition = parent == null ? null : parent.getFieldDefinition(field.getName());
        GraphQLFieldsContainer type = definition == null ? null
                : GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLFieldsContainer container
                        ? container : null;
        double first = first(field, definition);
        Estimate children = selections(field.getSelectionSet(), type);
        int depth = children.depth == Integer.MAX_VALUE ? children.depth : children.depth + 1;
        return first < 0 ? new Estimate(children.rows + largeTexts.weight(parent, field.getName()), 1 + children.fields,
                depth)
                : new Estimate(first + children.rows * first, 1 + children.fields, depth);
    }

    /** The field's page size, or -1 for a field that is not paged. */
    private double first(Field field, GraphQLFieldDefinition definition) {
        Argument given = field.getArguments().stream().filter(argument -> argument.getName().equals("first"))
                .findFirst().orElse(null);
        GraphQLArgument declared = definition == null ? null : definition.getArgument("first");
        if (given == null && declared == null) {
            return -1;
        }
        Object value = given == null ? null : value(given.getValue());
        if (value == null && declared != null && declared.hasSetDefaultValue()) {
            Object fallback = declared.getArgumentDefaultValue().getValue();
            value = fallback instanceof Value<?> literal ? value(literal) : fallback;
        }
        // a value that is not a number is refused by validation, one over the largest page by the field itself,
        // with errors that say so: counting the default, or the largest page, meanwhile is harmless
        return value instanceof Number number ? Math.max(0, Math.min(number.doubleValue(), pagination.maxPageSize()))
                : pagination.defaultPageSize();
    }

    private Object value(Value<?> value) {
        if (value instanceof IntValue literal) {
            return literal.getValue();
        }
        if (value instanceof VariableReference reference) {
            Object given = variableValues.get(reference.getName());
            if (given != null) {
                return given;
            }
            Value<?> fallback = variableDefaults.get(reference.getName());
            return fallback instanceof IntValue literal ? literal.getValue() : null;
        }
        return null;
    }

    private GraphQLFieldsContainer typed(TypeName condition, GraphQLFieldsContainer otherwise) {
        if (condition == null || schema == null) {
            return otherwise;
        }
        GraphQLType type = schema.getType(condition.getName());
        return type instanceof GraphQLFieldsContainer container ? container : null;
    }
}
