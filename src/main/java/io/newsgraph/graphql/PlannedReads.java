package io.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.parser.ParserOptions;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.QueryTimeoutException;
import io.newsgraph.security.SchemaCapture;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers read queries from one SQL statement each (on while {@value #ENABLED} is true): the operation is planned
 * once per document by {@link ReadPlanner} and the database writes the JSON of the answer, which goes straight to
 * the response. What the planner does not cover, and any request it is not sure to answer exactly as SmallRye
 * would (an error to report, a value it does not bind), goes on to SmallRye unchanged.
 * <p>
 * <b>The seam.</b> This is a route on the GraphQL POST path at order {@value #ORDER}: every handler ordered before
 * it runs for planned and SmallRye-executed operations alike. The request guard (transport, body, depth,
 * introspection: orders -1000 to -998) and the concurrency limit (-997) sit there, and so should any check added
 * later (a cost model, a timeout). Inside, the caller is checked as {@code MutationGuard} checks queries
 * (signed in when {@code newsgraph.security.public-queries} is false), SmallRye's field limit is applied when
 * planning, every page and list size is checked when binding, and each root field's {@code mp_graphql} timer
 * counts the operation as SmallRye's metrics do.
 */
@ApplicationScoped
public class PlannedReads {

    public static final String ENABLED = "newsgraph.graphql.planned-reads";
    /** After the request guard and the concurrency limit, before SmallRye's own route. */
    public static final int ORDER = -900;
    /** A request carrying this header with the value {@code off} goes to SmallRye (tests compare the two). */
    public static final String HEADER = "Newsgraph-Plan";

    private static final Logger LOG = Logger.getLogger(PlannedReads.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_TYPE = "application/graphql-response+json; charset=UTF-8";
    private static final int PLANS = 256;
    private static final Object NO_PLAN = new Object();
    /** The answer of a read the database cancelled at the request timeout. */
    private static final Object TIMED_OUT = new Object();

    private final boolean enabled;
    private final String endpoint;
    private final boolean publicQueries;
    private final SqlDialect dialect;
    private final AgroalDataSource database;
    private final PaginationConfig pagination;
    private final int maxFields;
    private final int maxDepth;
    private final ParserOptions parserOptions;
    private final MeterRegistry metrics;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    /** Plans of recent documents (or NO_PLAN), by operation name and text: clients repeat the same few. */
    private final Map<String, Object> plans = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > PLANS;
        }
    });
    private volatile ReadPlanner planner;

    public PlannedReads(@ConfigProperty(name = ENABLED) boolean enabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.security.public-queries") boolean publicQueries,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity")
            Optional<Integer> maxFields,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") int maxWhitespace,
            @ConfigProperty(name = "newsgraph.graphql.request-timeout") Duration timeout,
            AgroalDataSource database, PaginationConfig pagination, MeterRegistry metrics) {
        Sql.timeout((int) Math.max(1, timeout.toSeconds()));
        this.dialect = SqlDialect.of(databaseKind);
        this.enabled = enabled && dialect != null;
        this.endpoint = endpoint;
        this.publicQueries = publicQueries;
        this.database = database;
        this.pagination = pagination;
        this.maxFields = maxFields.orElse(Integer.MAX_VALUE);
        this.maxDepth = maxDepth.orElse(Integer.MAX_VALUE);
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespace));
        this.metrics = metrics;
        FunctionCounter.builder("newsgraph.graphql.planned.statements", this, ignored -> Sql.executed())
                .description("SQL statements run by planned reads").register(metrics);
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.post(endpoint).order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext request) {
        String type = responseType(request);
        boolean bypassed = "off".equals(request.request().getHeader(HEADER));
        if (type == null || bypassed || !allowed(request)) {
            request.next();
            return;
        }
        long started = System.nanoTime();
        // planning parses and validates a new document: a worker's job, as running it is
        request.vertx().executeBlocking(() -> answer(request), false).onComplete(done -> {
            if (request.response().ended() || request.response().closed()) {
                return; // answered at the request deadline, or the client has gone
            }
            if (done.succeeded() && done.result() == TIMED_OUT) {
                request.fail(503, new QueryTimeoutException()); // answered by the request deadline's handler
            } else if (done.succeeded() && done.result() instanceof Answer answer) {
                long elapsed = System.nanoTime() - started;
                answer.plan().roots().forEach(root -> timer(root).record(elapsed, TimeUnit.NANOSECONDS));
                request.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, type)
                        .putHeader(HEADER, "sql").end(answer.json().length() <= DirectJsonResponse.maxChars()
                                ? answer.json() : tooLarge());
            } else {
                request.next();
            }
        });
    }

    private record Answer(ReadPlan plan, String json) {
    }

    /** The refusal SmallRye's path gives an answer over newsgraph.graphql.max-response-size. */
    private static String tooLarge() {
        try {
            return "{\"errors\":[{\"message\":" + JSON.writeValueAsString(DirectJsonResponse.tooLarge())
                    + ",\"extensions\":{\"code\":\"" + DirectJsonResponse.TOO_LARGE + "\"}}],\"data\":null}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The planned answer, {@link #TIMED_OUT}, or null when SmallRye must answer (no plan, Unplanned while binding,
     * or a failure).
     */
    private Object answer(RoutingContext request) {
        Map<String, Object> body = body(request);
        ReadPlan plan = body == null ? null : plan((String) body.get("query"), (String) body.get("operationName"));
        if (plan == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = body.get("variables") == null ? Map.of()
                : (Map<String, Object>) body.get("variables");
        Arguments arguments = new Arguments(variables, plan.variables());
        try (Connection connection = database.getConnection()) {
            return new Answer(plan, plan.data(connection, arguments));
        } catch (Unplanned e) {
            return null;
        } catch (Exception e) {
            if (e instanceof SQLException sql && Sql.timedOut(sql)) {
                return TIMED_OUT; // the database cancelled it: SmallRye must not run it again
            }
            LOG.warnf(e, "A planned read failed; SmallRye answers it instead");
            return null;
        }
    }

    private ReadPlan plan(String query, String operationName) {
        String key = operationName + "\n" + query;
        Object plan = plans.get(key);
        if (plan == null) {
            ReadPlanner current = planner();
            if (current == null) {
                return null;
            }
            try {
                plan = current.plan(query, operationName);
            } catch (Unplanned e) {
                LOG.debugf("Not planned (%s): %s", e.getMessage(), operationName);
                plan = NO_PLAN;
            }
            plans.put(key, plan);
        }
        return plan instanceof ReadPlan readPlan ? readPlan : null;
    }

    private ReadPlanner planner() {
        if (planner == null && SchemaCapture.schema() != null) {
            planner = new ReadPlanner(SchemaCapture.schema(), dialect, pagination, maxFields, maxDepth, utc(),
                    parserOptions);
        }
        return planner;
    }

    /** Hibernate reads PostgreSQL's instants at the JVM's offset: DateTimes are planned only for a JVM in UTC. */
    private static boolean utc() {
        return ZoneId.systemDefault().normalized().equals(ZoneOffset.UTC);
    }

    /** Queries are public, or the caller has signed in (anonymous callers go on to be refused as before). */
    private boolean allowed(RoutingContext request) {
        return publicQueries || request.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous();
    }

    /** The request body as JSON when it is a plain query request: a query, optionally a name and variables. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(RoutingContext request) {
        try {
            Map<String, Object> body = JSON.readValue(request.body().buffer().getBytes(), Map.class);
            boolean plain = body.get("query") instanceof String
                    && (body.get("operationName") == null || body.get("operationName") instanceof String)
                    && (body.get("variables") == null || body.get("variables") instanceof Map)
                    && body.get("extensions") == null;
            return plain ? body : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The response's content type as SmallRye's handler chooses it from the Accept header, or null when it would
     * refuse the header (SmallRye answers then).
     */
    private static String responseType(RoutingContext request) {
        var accepted = request.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return DEFAULT_TYPE;
        }
        for (MIMEHeader header : accepted) {
            String raw = header.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith("application/graphql-response+json")
                    || raw.startsWith("application/graphql+json")) {
                return raw;
            }
            if (raw.startsWith("*/*")) {
                return DEFAULT_TYPE;
            }
        }
        return null;
    }

    private Timer timer(String root) {
        return timers.computeIfAbsent(root, name -> Timer.builder("mp_graphql")
                .tags("name", name, "source", "false", "type", "QUERY").register(metrics));
    }
}
