package io.newsgraph.graphql;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One request's argument values: literals of the document and the request's variables (with their declared
 * defaults), read as plain Java values. The conversions accept only what SmallRye converts without a word and
 * throw {@link Unplanned} for anything else, so that SmallRye answers it with its own error.
 */
final class Arguments {

    /** An argument or input field the client left out (as opposed to an explicit null). */
    static final Object ABSENT = new Object();

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    private final Map<String, Object> variables;
    private final Map<String, VariableDefinition> definitions;

    Arguments(Map<String, Object> variables, Map<String, VariableDefinition> definitions) {
        this.variables = variables;
        this.definitions = definitions;
    }

    /** The value of {@code value} (null for an absent argument): ABSENT, null, or a plain Java value. */
    Object resolve(Value<?> value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof VariableReference reference) {
            if (variables.containsKey(reference.getName())) {
                return variables.get(reference.getName());
            }
            VariableDefinition definition = definitions.get(reference.getName());
            return definition == null || definition.getDefaultValue() == null ? ABSENT
                    : resolve(definition.getDefaultValue());
        }
        if (value instanceof IntValue number) {
            return number.getValue();
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof BooleanValue flag) {
            return flag.isValue();
        }
        if (value instanceof EnumValue constant) {
            return constant.getName();
        }
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof FloatValue number) {
            return number.getValue();
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            object.getObjectFields().forEach(field -> {
                Object resolved = resolve(field.getValue());
                if (resolved != ABSENT) {
                    fields.put(field.getName(), resolved);
                }
            });
            return fields;
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(resolve(item)));
            return items;
        }
        throw new Unplanned("unknown value " + value.getClass().getSimpleName());
    }

    static int integer(Object value) {
        BigInteger whole = wholeNumber(value);
        if (whole == null || whole.bitLength() > 31) {
            throw new Unplanned("not an Int: " + value);
        }
        return whole.intValue();
    }

    static long id(Object value) {
        if (value instanceof String text && WHOLE_NUMBER.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new Unplanned("not an id: " + value);
            }
        }
        BigInteger whole = value instanceof String ? null : wholeNumber(value);
        if (whole == null || whole.bitLength() > 63) {
            throw new Unplanned("not an id: " + value);
        }
        return whole.longValue();
    }

    /** A Float argument as a double: an Int is a Float too; NaN and infinities are left to SmallRye. */
    static double number(Object value) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        throw new Unplanned("not a Float: " + value);
    }

    static String text(Object value) {
        if (value instanceof String text && text.indexOf('\0') < 0) {
            return text;
        }
        throw new Unplanned("not a String: " + value);
    }

    static LocalDate date(Object value) {
        try {
            return LocalDate.parse(text(value));
        } catch (DateTimeParseException e) {
            throw new Unplanned("not a Date: " + value);
        }
    }

    static OffsetDateTime dateTime(Object value) {
        try {
            return OffsetDateTime.parse(text(value));
        } catch (DateTimeParseException e) {
            throw new Unplanned("not a DateTime: " + value);
        }
    }

    /** Integer types only: a fraction or a text is left to SmallRye's own conversion and its error. */
    private static BigInteger wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger whole) {
            return whole;
        }
        if (value instanceof BigDecimal number && number.scale() <= 0) {
            return number.toBigIntegerExact();
        }
        return null;
    }
}
