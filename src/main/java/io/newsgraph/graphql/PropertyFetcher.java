package io.newsgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one property of the source object through its public getter ({@code getX}, {@code isX}) or, failing
 * that, its public field; a source class with neither falls back to SmallRye's fetcher. Getters come first
 * because Hibernate's enhanced entities load lazy fields through them. A light fetcher: graphql-java builds no
 * {@link DataFetchingEnvironment} for it unless the fallback needs one.
 * <p>
 * Works around SmallRye's per-field fetcher cost on nested objects: smallrye/smallrye-graphql#770.
 */
final class PropertyFetcher implements LightDataFetcher<Object> {

    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    private final String property;
    private final DataFetcher<?> fallback;
    private final ClassValue<Optional<MethodHandle>> readers = new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
            return reader(type);
        }
    };

    PropertyFetcher(String property, DataFetcher<?> fallback) {
        this.property = property;
        this.fallback = fallback;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return get(null, environment.getSource(), () -> environment);
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        if (source == null) {
            return null;
        }
        Optional<MethodHandle> reader = readers.get(source.getClass());
        if (reader.isEmpty()) {
            return fallback.get(environment.get());
        }
        try {
            return reader.get().invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private Optional<MethodHandle> reader(Class<?> type) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (String name : new String[] {"get" + suffix, "is" + suffix}) {
                Method getter = publicMethod(type, name);
                if (getter != null) {
                    return Optional.of(lookup.unreflect(getter).asType(READER));
                }
            }
            var field = type.getField(property);
            if (!Modifier.isStatic(field.getModifiers())) {
                return Optional.of(lookup.unreflectGetter(field).asType(READER));
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // not a plain public property: SmallRye's fetcher knows where it comes from
        }
        return Optional.empty();
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
