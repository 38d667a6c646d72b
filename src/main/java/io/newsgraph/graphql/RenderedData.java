package io.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A query's {@code data}, already written as JSON, standing in for the result map in SmallRye's response (see
 * {@link DirectJsonResponse}). SmallRye passes a {@link JsonValue} in the result through untouched, and Parsson
 * writes a {@link JsonNumber} as its {@link #toString()}, so the text lands in the response verbatim. It is still
 * the original {@link Map} for anything that reads the result (the WebSocket transport tells a query from a
 * subscription by it); the numeric accessors are never called on it and refuse.
 * <p>
 * Works around SmallRye's JSON-P copy of the result tree: smallrye/smallrye-graphql#930.
 */
final class RenderedData extends AbstractMap<String, Object> implements JsonNumber {

    /** Jackson's generator, several times faster than Parsson's, set to Parsson's lower-case hex escapes. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private final Map<String, Object> data;
    private final String json;

    private RenderedData(Map<String, Object> data, String json) {
        this.data = data;
        this.json = json;
    }

    /**
     * The data written exactly as SmallRye's {@code ExecutionResponse} writes it through Parsson (same escapes,
     * lower-case hex included, same number forms), or null if it holds a value SmallRye would convert otherwise
     * (through JSON-B, or a non-finite float, which it refuses): that result is then left to SmallRye.
     */
    static RenderedData of(Map<String, Object> data, long maxChars) {
        BoundedWriter out = new BoundedWriter(maxChars);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            if (!write(generator, data)) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a BoundedWriter fails only with TooLarge, unchecked
        }
        return new RenderedData(data, out.toString());
    }

    /** The data's JSON would be longer than the bound: writing stopped there. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long maxChars) {
            super("longer than " + maxChars + " characters", null, false, false);
        }
    }

    /** A StringWriter that refuses to grow past a bound, so an oversized answer is never held whole. */
    private static final class BoundedWriter extends StringWriter {

        private final long maxChars;

        BoundedWriter(long maxChars) {
            super(8192);
            this.maxChars = maxChars;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            check(length);
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            check(length);
            super.write(text, offset, length);
        }

        @Override
        public void write(int c) {
            check(1);
            super.write(c);
        }

        private void check(int more) {
            if (getBuffer().length() + (long) more > maxChars) {
                throw new TooLarge(maxChars);
            }
        }
    }

    /**
     * One value, converted as {@code ExecutionResponse.toJsonValue} converts it; false on any other type. Strings
     * and graphql-java's maps and lists are told by their classes before any interface: on Java 17 a successful
     * {@code instanceof} against an interface rewrites a cache in the class that every thread shares (JDK-8180450),
     * and two threads walking results of the same classes kept invalidating it for each other.
     */
    @SuppressWarnings("unchecked")
    private static boolean write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof AbstractMap<?, ?> || value instanceof Map<?, ?>) {
            out.writeStartObject();
            for (var entry : ((Map<String, Object>) value).entrySet()) {
                out.writeFieldName(entry.getKey());
                if (!write(out, entry.getValue())) {
                    return false;
                }
            }
            out.writeEndObject();
        } else if (value instanceof AbstractCollection<?> || value instanceof Collection<?>) {
            out.writeStartArray();
            for (Object item : (Collection<?>) value) {
                if (!write(out, item)) {
                    return false;
                }
            }
            out.writeEndArray();
        } else {
            return writeScalar(out, value);
        }
        return true;
    }

    private static boolean writeScalar(JsonGenerator out, Object value) throws IOException {
        if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                return false;
            }
            // Parsson's own forms: BigDecimal.valueOf for a double, the decimal string for a float
            out.writeNumber(value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(number));
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof JsonValue json) {
            out.writeRawValue(json.toString()); // Parsson's text of the value, as SmallRye would write it
        } else {
            return false;
        }
        return true;
    }

    /** The JSON text: what Parsson writes for this "number". */
    @Override
    public String toString() {
        return json;
    }

    @Override
    public ValueType getValueType() {
        return ValueType.NUMBER;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return data.entrySet();
    }

    @Override
    public Object get(Object key) {
        return data.get(key);
    }

    @Override
    public boolean isIntegral() {
        throw notANumber();
    }

    @Override
    public int intValue() {
        throw notANumber();
    }

    @Override
    public int intValueExact() {
        throw notANumber();
    }

    @Override
    public long longValue() {
        throw notANumber();
    }

    @Override
    public long longValueExact() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValue() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
        throw notANumber();
    }

    @Override
    public double doubleValue() {
        throw notANumber();
    }

    @Override
    public BigDecimal bigDecimalValue() {
        throw notANumber();
    }

    private static UnsupportedOperationException notANumber() {
        return new UnsupportedOperationException("rendered GraphQL data is JSON text, not a number");
    }

    // AbstractMap's equality and hash: a map equal to the data it renders.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
