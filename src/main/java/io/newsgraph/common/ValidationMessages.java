package io.newsgraph.common;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.ValidationError;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * graphql-java's validation messages in words a person acts on: the field at fault and what it takes, without the
 * engine's class names ({@code StringValue{value='ten'}}, {@code WrongType@[articles]}) or SmallRye's message codes.
 * An unknown field gets the nearest names the type has.
 */
public final class ValidationMessages {

    /** graphql-java's message bundle starts each text with it: "Validation error (WrongType@[articles]) : ". */
    private static final Pattern PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "argument '([^']+)' with value '(\\w+)Value\\{(?:value|name)=(.*?)}' is not a valid '(\\w+)'.*",
            Pattern.DOTALL);
    private static final Pattern UNDEFINED_FIELD = Pattern.compile("Field '(\\w+)' in type '(\\w+)' is undefined");
    private static final int MAX_SUGGESTIONS = 3;

    private ValidationMessages() {
    }

    /** The error's description in words, or the description itself when it has none of the known shapes. */
    static String of(ValidationError error, GraphQLSchema schema) {
        String description = PREFIX.matcher(error.getDescription()).replaceFirst("");
        Matcher wrongType = WRONG_TYPE.matcher(description);
        if (wrongType.matches()) {
            String value = wrongType.group(3).replaceAll("^'(.*)'$", "$1");
            return wrongType.group(1) + " must be " + expected(wrongType.group(1), wrongType.group(4), schema)
                    + ", was " + ("String".equals(wrongType.group(2)) ? "\"" + value + "\"" : value);
        }
        Matcher undefined = UNDEFINED_FIELD.matcher(description);
        if (undefined.matches()) {
            return undefined.group(2) + " has no field '" + undefined.group(1) + "'" + suggestions(undefined.group(1),
                    schema.getType(undefined.group(2))) + " (GraphiQL's documentation pane lists its fields)";
        }
        return description;
    }

    /** What a value of the named type looks like; a page size for {@code first}. */
    public static String expected(String argument, String type, GraphQLSchema schema) {
        if ("Int".equals(type) && (argument.equals("first") || argument.endsWith(".first"))) {
            return "a page size: a whole number from 0 to " + Batches.MAX_NESTED;
        }
        GraphQLType named = schema == null ? null : schema.getType(type);
        if (named instanceof GraphQLEnumType enumType) {
            return "one of " + enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                    .collect(Collectors.joining(", "));
        }
        return switch (type) {
            case "Int" -> "a whole number";
            case "Float" -> "a number";
            case "Boolean" -> "true or false";
            case "ID" -> "an id such as \"12\"";
            case "String" -> "text in double quotes";
            case "Date" -> "a date such as \"2024-05-04\"";
            case "DateTime" -> "a date and time with an offset such as \"2024-05-05T10:15:00+02:00\"";
            default -> "a " + type;
        };
    }

    private static String suggestions(String typo, GraphQLType type) {
        if (!(type instanceof GraphQLFieldsContainer container)) {
            return "";
        }
        List<String> near = container.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName)
                .filter(name -> distance(typo.toLowerCase(), name.toLowerCase()) <= Math.max(2, typo.length() / 3))
                .sorted(Comparator.<String>comparingInt(name -> distance(typo.toLowerCase(), name.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .map(name -> "'" + name + "'")
                .toList();
        return near.isEmpty() ? "" : ": did you mean " + String.join(" or ", near) + "?";
    }

    /** Edit distance (insertions, deletions, substitutions). */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
