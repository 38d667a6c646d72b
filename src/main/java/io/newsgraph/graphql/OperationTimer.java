package io.newsgraph.graphql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsgraph.common.ReportsErrors;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Times every call of a query, mutation or {@code @Source} batch resolver into the timer SmallRye GraphQL's metrics
 * used to fill, {@code mp_graphql_seconds{name, type, source}} (SmallRye's own are off:
 * {@code quarkus.smallrye-graphql.metrics.enabled=false}). Quarkus 3.34's data fetcher keeps a queue of started
 * measurements per field and ends one only when a resolver returns a value: after one failed call every later
 * call of that field recorded the time since the call before it (a 9 ms request as 39.6 s), and batch fields with
 * lean fetchers recorded nothing (quarkusio/quarkus#34397 for the batch case). Here a call is timed around the
 * resolver itself, security and transaction included, whether it returns or throws.
 * <p>
 * Works around SmallRye's timer losing batch and failed calls: quarkusio/quarkus#34397.
 */
@ReportsErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class OperationTimer {

    /** Per resolver method; empty for methods that are not timed (subscriptions only open a stream). */
    private final Map<Method, Optional<Timer>> timers = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object time(InvocationContext invocation) throws Exception {
        Optional<Timer> timer = timers.computeIfAbsent(invocation.getMethod(), this::timerOf);
        if (timer.isEmpty()) {
            return invocation.proceed();
        }
        long started = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            timer.get().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Optional<Timer> timerOf(Method method) {
        boolean source = Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(Source.class));
        boolean mutation = method.isAnnotationPresent(Mutation.class);
        if (!source && !mutation && !method.isAnnotationPresent(Query.class)) {
            return Optional.empty();
        }
        return Optional.of(Timer.builder("mp_graphql")
                .description("GraphQL resolver calls: one per operation field, one per batch of a @Source field")
                .tags("name", fieldName(method), "type", mutation ? "MUTATION" : "QUERY", "source",
                        String.valueOf(source))
                .register(registry));
    }

    private static String fieldName(Method method) {
        String named = method.isAnnotationPresent(Name.class) ? method.getAnnotation(Name.class).value()
                : method.isAnnotationPresent(Query.class) ? method.getAnnotation(Query.class).value()
                : method.isAnnotationPresent(Mutation.class) ? method.getAnnotation(Mutation.class).value() : "";
        return named.isEmpty() ? method.getName() : named;
    }
}
