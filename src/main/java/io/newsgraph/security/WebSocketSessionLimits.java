package io.newsgraph.security;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The graphql-transport-ws (and legacy graphql-ws) rules SmallRye GraphQL 2.17 does not enforce: a socket that has
 * not sent {@code connection_init} within {@code newsgraph.websocket.connection-init-timeout} is closed with 4408
 * "Connection initialisation timeout", as the protocol says; and a socket runs at most
 * {@code newsgraph.websocket.max-operations-per-connection} operations at once: one more {@code subscribe} is
 * answered with an {@code error} message for its id (code {@value ConcurrencyLimit#CODE}) and never reaches SmallRye.
 * <p>
 * SmallRye's handler owns the socket and has no hook or setting for either (its
 * {@code AbstractGraphQLWebsocketHandler} only refuses operations sent before {@code connection_init}, and keeps
 * any number of operations), so the frames are watched in the socket's Netty pipeline, in front of Vert.x's
 * handler: installed on the upgrade request, it sees the WebSocket frames once the handshake has replaced the HTTP
 * codec. An operation counts from its {@code subscribe} (legacy: {@code start}) until the client stops it or the
 * server sends its {@code complete} or {@code error}.
 * <p>
 * Vert.x has no public API to a connection's Netty pipeline (kept internal since eclipse-vertx/vert.x#4791), so
 * this reads Vert.x's internal {@code ConnectionBase.channelHandlerContext()}; SmallRye's gap is not filed upstream.
 */
@ApplicationScoped
public class WebSocketSessionLimits {

    static final int INIT_TIMEOUT_CLOSE = 4408;
    private static final String PIPELINE_NAME = "newsgraph-websocket-limits";
    /** Vert.x's own handler, last in every HTTP/1 pipeline. */
    private static final String VERTX_HANDLER = "handler";

    private final String endpoint;
    private final long initTimeoutMillis;
    private final int maxOperations;
    /** Vert.x's default largest WebSocket message; a longer one is refused by Vert.x itself. */
    private static final int MAX_MESSAGE_CHARS = 262_144;

    public WebSocketSessionLimits(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.websocket.connection-init-timeout") Duration initTimeout,
            @ConfigProperty(name = "newsgraph.websocket.max-operations-per-connection") int maxOperations) {
        this.endpoint = endpoint;
        this.initTimeoutMillis = initTimeout.toMillis();
        this.maxOperations = maxOperations;
    }

    void install(@Observes Router router) {
        router.get(endpoint).order(GraphQLRequestGuard.FIRST + 2).handler(this::watch);
    }

    private void watch(RoutingContext request) {
        if ("websocket".equalsIgnoreCase(request.request().getHeader(HttpHeaders.UPGRADE))
                && request.request().connection() instanceof ConnectionBase connection) {
            var pipeline = connection.channelHandlerContext().pipeline();
            if (pipeline.get(PIPELINE_NAME) == null && pipeline.get(VERTX_HANDLER) != null) {
                pipeline.addBefore(VERTX_HANDLER, PIPELINE_NAME, new Session());
            }
        }
        request.next();
    }

    /** One socket's state; every method runs on the socket's event loop. */
    private final class Session extends ChannelDuplexHandler {

        private final Set<String> operations = new HashSet<>();
        private ScheduledFuture<?> initTimeout;
        private boolean initialised;
        private StringBuilder fragments;

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            initTimeout = context.executor().schedule(() -> closeUninitialised(context), initTimeoutMillis,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext context) {
            initTimeout.cancel(false);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) throws Exception {
            initTimeout.cancel(false);
            super.channelInactive(context);
        }

        private void closeUninitialised(ChannelHandlerContext context) {
            if (!initialised && context.channel().isActive()) {
                context.writeAndFlush(new CloseWebSocketFrame(INIT_TIMEOUT_CLOSE, "Connection initialisation timeout"))
                        .addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            String text = message instanceof WebSocketFrame frame ? textOf(frame) : null;
            if (text != null && !admit(context, text)) {
                ReferenceCountUtil.release(message);
                return;
            }
            super.channelRead(context, message);
        }

        /** The whole text message this frame ends, or null (not text, or a fragment before the last). */
        private String textOf(WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame text && text.isFinalFragment()) {
                return text.text();
            }
            if (frame instanceof TextWebSocketFrame text) {
                fragments = new StringBuilder(text.text());
            } else if (frame instanceof ContinuationWebSocketFrame more && fragments != null) {
                fragments.append(more.text());
                if (fragments.length() > MAX_MESSAGE_CHARS) {
                    fragments = null;
                } else if (more.isFinalFragment()) {
                    String whole = fragments.toString();
                    fragments = null;
                    return whole;
                }
            }
            return null;
        }

        /** Whether a client message goes on to SmallRye. */
        private boolean admit(ChannelHandlerContext context, String text) {
            JsonObject message = object(text);
            if (message == null) {
                return true;
            }
            String type = String.valueOf(message.getValue("type"));
            String id = String.valueOf(message.getValue("id"));
            switch (type) {
                case "connection_init" -> initialised = true;
                case "subscribe", "start" -> {
                    if (initialised && !operations.contains(id) && operations.size() >= maxOperations) {
                        refuse(context, id);
                        return false;
                    }
                    if (initialised) {
                        operations.add(id);
                    }
                }
                case "complete", "stop" -> operations.remove(id);
                default -> {
                }
            }
            return true;
        }

        private void refuse(ChannelHandlerContext context, String id) {
            JsonObject error = new JsonObject()
                    .put("message", "this connection runs " + maxOperations + " operations, the most one "
                            + "WebSocket may: complete one, or open another connection")
                    .put("extensions", new JsonObject().put("code", ConcurrencyLimit.CODE));
            context.writeAndFlush(new TextWebSocketFrame(new JsonObject().put("id", id).put("type", "error")
                    .put("payload", new JsonArray().add(error)).encode()));
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof TextWebSocketFrame frame && !operations.isEmpty()) {
                ended(frame.content());
            }
            super.write(context, message, promise);
        }

        /** Forgets an operation when the server sends its complete or error; data messages are not parsed. */
        private void ended(ByteBuf content) {
            String head = content.toString(content.readerIndex(), Math.min(content.readableBytes(), 16),
                    StandardCharsets.UTF_8);
            if (head.startsWith("{\"type\":\"next\"") || head.startsWith("{\"type\":\"data\"")) {
                return;
            }
            JsonObject message = object(content.toString(StandardCharsets.UTF_8));
            if (message != null && ("complete".equals(message.getValue("type"))
                    || "error".equals(message.getValue("type")))) {
                operations.remove(String.valueOf(message.getValue("id")));
            }
        }
    }

    private static JsonObject object(String text) {
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException notAnObject) {
            return null; // SmallRye answers it
        }
    }
}
