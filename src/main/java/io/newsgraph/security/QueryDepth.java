package io.newsgraph.security;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * How deep the operations of a document nest their fields, following fragments, and whether they introspect
 * the schema. Introspection fields ({@code __schema}, {@code __type}, {@code __typename}) do not count towards
 * the depth: GraphiQL's own introspection query nests deeper than any query over the data needs to, and
 * SmallRye's depth limit bounds it.
 */
final class QueryDepth {

    /** The measures of one document. */
    record Measure(int depth, boolean introspects) {
    }

    private static final int IN_PROGRESS = -1;

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Integer> fragmentDepths = new HashMap<>();
    private boolean introspects;

    private QueryDepth(Document document) {
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /** The deepest nesting of any operation in the document ({@code { a { b } }} is 2), and its introspection. */
    static Measure of(Document document) {
        QueryDepth depth = new QueryDepth(document);
        int deepest = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .mapToInt(operation -> depth.of(operation.getSelectionSet()))
                .max().orElse(0);
        return new Measure(deepest, depth.introspects);
    }

    private int of(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int deepest = 0;
        for (Selection<?> selection : set.getSelections()) {
            deepest = Math.max(deepest, of(selection));
        }
        return deepest;
    }

    private int of(Selection<?> selection) {
        if (selection instanceof Field field) {
            if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                introspects = true;
            }
            return field.getName().startsWith("__") ? 0 : 1 + of(field.getSelectionSet());
        }
        if (selection instanceof InlineFragment inline) {
            return of(inline.getSelectionSet());
        }
        if (selection instanceof FragmentSpread spread) {
            return ofFragment(spread.getName());
        }
        return 0;
    }

    // Memoised, so a fragment spread many times is measured once; a cycle counts 0 here (validation refuses it).
    private int ofFragment(String name) {
        Integer known = fragmentDepths.get(name);
        if (known != null) {
            return Math.max(known, 0);
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null) {
            return 0;
        }
        fragmentDepths.put(name, IN_PROGRESS);
        int depth = of(fragment.getSelectionSet());
        fragmentDepths.put(name, depth);
        return depth;
    }
}
