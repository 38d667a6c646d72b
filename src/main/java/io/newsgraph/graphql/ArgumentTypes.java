package io.newsgraph.graphql;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.ValidationMessages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a field's arguments against their declared GraphQL types before SmallRye converts them. SmallRye's
 * scalars accept almost anything when variables are read and fail only when converting, with an error that dumps
 * the whole argument, names no field, and comes with a second error about a null result; some values it even
 * converts wrongly (an Int or ID too large for its Java type wraps around). This check refuses such a value with
 * one BAD_USER_INPUT naming the input field, and also refuses text with a NUL character, which PostgreSQL cannot
 * store.
 * <p>
 * Works around SmallRye's scalar conversion (smallrye/smallrye-graphql#1923; the wrap-around is not filed).
 */
public final class ArgumentTypes {

    private static final int SHOWN_CHARS = 40;

    private ArgumentTypes() {
    }

    /**
     * Throws {@link BadUserInputException} for the first argument value that does not fit its type. The values
     * are read from the request itself (literals and variables), because SmallRye has already narrowed an Int
     * literal that overflows by the time a resolver could see it.
     */
    public static void check(List<GraphQLArgument> declared, List<Argument> given, Map<String, Object> variables) {
        for (Argument argument : given) {
            GraphQLArgument definition = declared.stream().filter(d -> d.getName().equals(argument.getName()))
                    .findFirst().orElse(null);
            if (definition != null) {
                checkValue(definition.getType(), requested(argument.getValue(), variables), argument.getName());
            }
        }
    }

    /** A value as the client wrote it: a literal turned into Java, or the variable's value. */
    private static Object requested(Value<?> value, Map<String, Object> variables) {
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        } else if (value instanceof IntValue number) {
            return number.getValue();
        } else if (value instanceof FloatValue number) {
            return number.getValue();
        } else if (value instanceof StringValue text) {
            return text.getValue();
        } else if (value instanceof ArrayValue array) {
            return array.getValues().stream().map(item -> requested(item, variables)).toList();
        } else if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new HashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), requested(field.getValue(),
                    variables)));
            return fields;
        }
        return null; // booleans, enums and nulls: graphql-java checks those strictly
    }

    private static void checkValue(GraphQLInputType type, Object value, String path) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (value == null) {
            return;
        }
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    checkValue(itemType, items.get(i), path + "[" + i + "]");
                }
            } else {
                checkValue(itemType, value, path); // GraphQL reads a single value as a one-item list
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                throw wrong(path, "an input object", value);
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                checkValue(field.getType(), fields.get(field.getName()), path + "." + field.getName());
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            checkScalar(scalar.getName(), value, path);
        }
    }

    private static void checkScalar(String scalar, Object value, String path) {
        switch (scalar) {
            case "String" -> {
                if (value instanceof String text && text.indexOf('\0') >= 0) {
                    throw new BadUserInputException(path + " must not contain the NUL character (\\u0000)", path);
                }
            }
            case "ID" -> {
                if (integer(value) == null || integer(value).bitLength() > 63) {
                    throw wrong(path, "an id (a whole number below 2^63)", value);
                }
            }
            case "Int" -> {
                if (integer(value) == null || integer(value).bitLength() > 31) {
                    String expected = ValidationMessages.expected(path, "Int", null);
                    throw wrong(path, integer(value) != null && expected.equals("a whole number")
                            ? "a whole number below 2^31" : expected, value);
                }
            }
            case "Date" -> parses(value, path, "a date such as 2024-05-04", LocalDate::parse);
            case "DateTime" -> parses(value, path, "a date and time with an offset such as 2024-05-05T10:15:00+02:00",
                    OffsetDateTime::parse);
            default -> {
                // Boolean, Float and the rest are checked strictly by graphql-java itself.
            }
        }
    }

    /** The value as a whole number, or null when it is not one (a fraction, text, an object...). */
    private static BigInteger integer(Object value) {
        try {
            if (value instanceof String text) {
                return new BigInteger(text.strip());
            }
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).toBigIntegerExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported by the caller as a value of the wrong type
        }
        return null;
    }

    private static void parses(Object value, String path, String expected,
            java.util.function.Function<String, ?> parser) {
        if (value instanceof String text) {
            try {
                parser.apply(text);
            } catch (DateTimeParseException e) {
                throw wrong(path, expected, value);
            }
        }
    }

    private static BadUserInputException wrong(String path, String expected, Object value) {
        String shown = String.valueOf(value);
        if (shown.length() > SHOWN_CHARS) {
            shown = shown.substring(0, SHOWN_CHARS) + "...";
        }
        return new BadUserInputException(path + " must be " + expected + ", was \"" + shown + "\"", path);
    }
}
