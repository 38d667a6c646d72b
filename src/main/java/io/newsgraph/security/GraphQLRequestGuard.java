package io.newsgraph.security;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.newsgraph.common.RequestErrorCodes;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stands in front of the GraphQL endpoint, before SmallRye sees a request:
 * <ul>
 * <li>operations run only from a POST whose body is {@code application/json} (answered as {@code application/json}
 * or, when asked for, {@code application/graphql-response+json}), so a cross-site form or {@code text/plain} POST,
 * which a browser sends without asking, cannot run a mutation (415), and no GET runs one either (405);</li>
 * <li>a body that is not UTF-8 or not a JSON object, or whose {@code query}, {@code operationName},
 * {@code variables} or {@code extensions} is of the wrong JSON type, gets 400, a body over the size limit 413;</li>
 * <li>a query longer than the parser's token limits is refused before it is parsed to the end, one that does not
 * parse, and one over the depth, expanded size or row budget of {@link QueryBudget} before graphql-java
 * validates it (a new document is parsed on a worker thread: parsing never holds an event loop);</li>
 * <li>introspection ({@code __schema}, {@code __type}) is refused when {@code newsgraph.introspection.enabled} is
 * false, and the schema file is hidden when {@code newsgraph.schema-file.enabled} is false.</li>
 * </ul>
 * Every refusal has a GraphQL-shaped body: {@code {"errors":[{"message":..., "extensions":{"code":...}}]}}.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    /** Before every route of the application, SmallRye's GraphQL route included. */
    static final int FIRST = -1000;
    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);
    private static final String JSON = "application/json";
    private static final String BODY_TIMER = "newsgraph.body-timer";
    private static final String RESPONSE_TYPE = "application/graphql-response+json";
    private static final int REMEMBERED_QUERIES = 256;
    private static final int REMEMBERED_MAX_LENGTH = 20_000;

    private final String endpoint;
    private final long maxBodyBytes;
    private final boolean schemaFile;
    private final boolean introspection;
    private final ParserOptions parserOptions;
    private final QueryBudget budget;
    private final long bodyTimeoutMs;
    /** Recent documents by their text. */
    private final Map<String, Document> documents = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                    return size() > REMEMBERED_QUERIES;
                }
            });

    public GraphQLRequestGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "newsgraph.schema-file.enabled") boolean schemaFile,
            @ConfigProperty(name = "newsgraph.introspection.enabled") boolean introspection,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") int maxWhitespace,
            @ConfigProperty(name = "newsgraph.http.body-timeout") Duration bodyTimeout, QueryBudget budget) {
        this.budget = budget;
        this.bodyTimeoutMs = Math.max(1, bodyTimeout.toMillis());
        this.endpoint = endpoint;
        this.maxBodyBytes = maxBody.asLongValue();
        this.schemaFile = schemaFile;
        this.introspection = introspection;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespace));
    }

    void install(@Observes Router router) {
        router.route(endpoint).order(FIRST).handler(this::checkTransport);
        // Reads the body once; SmallRye's own body handler then sees it has been read and passes it on.
        router.post(endpoint).order(FIRST + 1).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
        // parsing a new document is CPU work: on a worker, so a hostile document never holds an event loop
        router.post(endpoint).order(FIRST + 2).handler(this::checkBody);
        router.route(endpoint).order(FIRST).failureHandler(GraphQLRequestGuard::clientGone);
        router.get(endpoint + "/schema.graphql").order(FIRST).handler(this::checkSchemaFile);
    }

    /**
     * A client that went away, or was closed for its silence (the idle timeout), halfway through its body: nobody is
     * left to answer, and Quarkus's error handler would log a stack trace at ERROR for each such connection.
     */
    private static void clientGone(RoutingContext request) {
        if (request.failure() instanceof HttpClosedException) {
            LOG.debugf("Client closed before its request was read: %s", request.request().remoteAddress());
        } else {
            request.next();
        }
    }

    private void checkTransport(RoutingContext request) {
        HttpMethod method = request.request().method();
        if (method.equals(HttpMethod.GET) && !isWebSocketUpgrade(request)) {
            request.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(request, 405, "BAD_REQUEST", "GraphQL operations are sent with POST and a JSON body");
        } else if (method.equals(HttpMethod.POST) && !isJson(request.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(request, 415, "BAD_REQUEST",
                    "the request body must be JSON: Content-Type application/json (UTF-8)");
        } else {
            if (method.equals(HttpMethod.POST)) {
                // one media type from here on: Vert.x reads a charset parameter up to the end of the header
                request.request().headers().set(HttpHeaders.CONTENT_TYPE, JSON + "; charset=UTF-8");
                // the idle timeout never fires for a client that drips its body a byte at a time
                long timer = request.vertx().setTimer(bodyTimeoutMs, fired -> bodyTooSlow(request));
                request.put(BODY_TIMER, timer);
                request.addEndHandler(ended -> request.vertx().cancelTimer(timer));
            }
            request.next();
        }
    }

    /** Subscriptions open a WebSocket with a GET upgrade at the same path (public and read-only, like queries). */
    private static boolean isWebSocketUpgrade(RoutingContext request) {
        return "websocket".equalsIgnoreCase(request.request().getHeader(HttpHeaders.UPGRADE));
    }

    /**
     * A small body whose document was parsed before is checked on the event loop (costing a parsed document is
     * linear in its size, which the token limits bound); a large body or a new document goes to a worker first.
     */
    private void bodyTooSlow(RoutingContext request) {
        if (!request.response().headWritten() && !request.response().closed()) {
            LOG.debugf("Closing %s: its request body took longer than %d ms", request.request().remoteAddress(),
                    bodyTimeoutMs);
            request.request().connection().close();
        }
    }

    private void checkBody(RoutingContext request) {
        Long bodyTimer = request.remove(BODY_TIMER);
        if (bodyTimer != null) {
            request.vertx().cancelTimer(bodyTimer);
        }
        Buffer raw = request.body().buffer();
        if (raw != null && raw.length() > REMEMBERED_MAX_LENGTH) {
            offload(request, () -> {
                Decoded decoded = decoded(raw);
                return decoded.refusal() != null ? decoded.refusal() : documentRefusal(request, decoded.body());
            });
            return;
        }
        Decoded decoded = decoded(raw);
        if (decoded.refusal() != null) {
            answer(request, decoded.refusal());
        } else if (!(decoded.body().getValue("query") instanceof String query) || documents.containsKey(query)) {
            answer(request, documentRefusal(request, decoded.body()));
        } else {
            offload(request, () -> documentRefusal(request, decoded.body()));
        }
    }

    private static void offload(RoutingContext request, Callable<Refusal> check) {
        request.vertx().executeBlocking(check, false).onComplete(done -> {
            if (done.failed()) {
                request.fail(done.cause());
            } else {
                answer(request, done.result());
            }
        });
    }

    private static void answer(RoutingContext request, Refusal refusal) {
        if (refusal == null) {
            request.next();
        } else {
            refuse(request, refusal.status(), refusal.code(), refusal.message());
        }
    }

    /** Why the guard refuses a request: its status, code and words. */
    private record Refusal(int status, String code, String message) {
    }

    /** A body read as a JSON object of the right members, or the refusal saying why it is not one. */
    private record Decoded(JsonObject body, Refusal refusal) {
    }

    private static Decoded decoded(Buffer raw) {
        String text;
        try {
            text = utf8(raw);
        } catch (CharacterCodingException e) {
            return new Decoded(null, new Refusal(400, "BAD_REQUEST", "the request body is not valid UTF-8"));
        }
        JsonObject body;
        try {
            body = text.isBlank() ? new JsonObject() : new JsonObject(text);
        } catch (DecodeException e) {
            return new Decoded(null, new Refusal(400, "BAD_REQUEST", "the request body is not a JSON object"));
        }
        String malformed = malformed(body);
        return malformed == null ? new Decoded(body, null)
                : new Decoded(null, new Refusal(400, "BAD_REQUEST", malformed));
    }

    /** Why the body's document may not run (it does not parse, asks for what is off, costs too much), or null. */
    private Refusal documentRefusal(RoutingContext request, JsonObject body) {
        if (!(body.getValue("query") instanceof String query)) {
            return null;
        }
        // GraphQL-over-HTTP: a document the server will not run is a 400 only for graphql-response+json.
        int status = accepts(request, RESPONSE_TYPE) ? 400 : 200;
        Document document;
        try {
            document = parsed(query);
        } catch (ParseCancelledException e) {
            return new Refusal(status, RequestErrorCodes.PARSE_FAILED, e.getMessage());
        } catch (InvalidSyntaxException e) {
            return new Refusal(status, RequestErrorCodes.PARSE_FAILED, "the query does not parse: "
                    + e.getMessage().replaceFirst("^Invalid syntax", "invalid syntax"));
        }
        if (!introspection && Introspection.in(document)) {
            return new Refusal(status, RequestErrorCodes.VALIDATION_FAILED,
                    "introspection is switched off on this server");
        }
        JsonObject variables = body.getJsonObject("variables");
        String refusal = budget.refusal(document, body.getString("operationName"),
                variables == null ? null : variables.getMap());
        return refusal == null ? null : new Refusal(status, RequestErrorCodes.VALIDATION_FAILED, refusal);
    }

    /** What is wrong with the shape of a request body (GraphQL-over-HTTP's members and their types), or null. */
    private static String malformed(JsonObject body) {
        Object query = body.getValue("query");
        if (query != null && !(query instanceof String)) {
            return "\"query\" must be a string holding the GraphQL document";
        }
        Object operationName = body.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "\"operationName\" must be a string (the name of an operation in the document) or null";
        }
        Object variables = body.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "\"variables\" must be a JSON object of variable names and values (not "
                    + (variables instanceof String ? "a string holding one" : "a " + kind(variables)) + ") or null";
        }
        Object extensions = body.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "\"extensions\" must be a JSON object or null";
        }
        return null;
    }

    private static String kind(Object value) {
        return value instanceof JsonArray ? "list" : value instanceof Number ? "number"
                : value instanceof Boolean ? "boolean" : "value of another kind";
    }

    /** The document, parsed within the token limits (recent ones remembered: clients repeat the same few). */
    private Document parsed(String query) {
        Document document = documents.get(query);
        if (document == null) {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
            if (query.length() <= REMEMBERED_MAX_LENGTH) {
                documents.put(query, document);
            }
        }
        return document;
    }

    private void checkSchemaFile(RoutingContext request) {
        if (schemaFile) {
            request.next();
        } else {
            refuse(request, 404, "NOT_FOUND", "the schema file is switched off on this server");
        }
    }

    /**
     * A JSON body in UTF-8: every media type the header lists is {@code application/json}, with no charset or
     * UTF-8. A browser sends a cross-site request without a CORS preflight only with a form or text/plain type,
     * which never passes, so this keeps the CSRF protection while taking what real clients send.
     */
    private static boolean isJson(String contentType) {
        List<MediaTypes.MediaType> types = MediaTypes.parse(contentType);
        return !types.isEmpty() && types.stream().allMatch(type -> type.essence().equals(JSON)
                && (type.parameter("charset") == null || type.parameter("charset").equalsIgnoreCase("utf-8")));
    }

    private static boolean accepts(RoutingContext request, String mediaType) {
        return MediaTypes.parse(request.request().getHeader(HttpHeaders.ACCEPT)).stream()
                .anyMatch(type -> type.essence().equals(mediaType));
    }

    private static String utf8(Buffer body) throws CharacterCodingException {
        if (body == null) {
            return "";
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body.getBytes()))
                .toString();
    }

    /** Answers with a GraphQL-shaped error body, in the response type the client asked for. */
    static void refuse(RoutingContext request, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        String type = accepts(request, RESPONSE_TYPE) ? RESPONSE_TYPE : "application/json";
        request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
