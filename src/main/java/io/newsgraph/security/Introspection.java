package io.newsgraph.security;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;

/** Whether a document asks for the schema ({@code __schema} or {@code __type}) anywhere, fragments included. */
public final class Introspection {

    private Introspection() {
    }

    public static boolean in(Document document) {
        return asksForSchema(document);
    }

    private static boolean asksForSchema(Node<?> node) {
        if (node instanceof Field field && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
            return true;
        }
        return node.getChildren().stream().anyMatch(Introspection::asksForSchema);
    }
}
