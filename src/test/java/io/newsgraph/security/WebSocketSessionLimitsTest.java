package io.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.MutationFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** graphql-transport-ws over a real WebSocket: connection_init within the timeout, operations per socket bounded. */
@QuarkusTest
class WebSocketSessionLimitsTest {

    private static final String SUBSCRIPTION = "subscription { graphChanged { kind nodeId } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @ConfigProperty(name = "newsgraph.websocket.max-operations-per-connection")
    int maxOperations;

    @Test
    void aSocketWithoutConnectionInitIsClosedWith4408() throws Exception {
        try (Socket socket = Socket.open(graphql)) {
            long start = System.nanoTime();
            String closed = socket.closed.get(20, TimeUnit.SECONDS);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertEquals("4408 Connection initialisation timeout", closed);
            assertTrue(seconds >= 2, "closed after " + seconds + " s, before the 3 s timeout");
        }
    }

    @Test
    void oneOperationOverTheBoundIsRefusedWithACodeAndTheOthersRun() throws Exception {
        try (Socket socket = Socket.open(graphql)) {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", socket.next().getString("type"));
            for (int id = 1; id <= maxOperations + 1; id++) {
                socket.subscribe(String.valueOf(id));
            }
            JsonObject refused = socket.next();
            assertEquals("error", refused.getString("type"), refused::encode);
            assertEquals(String.valueOf(maxOperations + 1), refused.getString("id"));
            assertEquals(ConcurrencyLimit.CODE,
                    refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            // completing one frees its place: the next subscription runs and receives the change below
            socket.send(new JsonObject().put("type", "complete").put("id", "1"));
            socket.subscribe("next");
            MutationFixtures.actor("WebSocket " + MutationFixtures.token());
            boolean nextReceived = false;
            for (int message = 0; message < maxOperations && !nextReceived; message++) {
                JsonObject received = socket.next();
                assertEquals("next", received.getString("type"), received::encode);
                nextReceived = "next".equals(received.getString("id"));
            }
            assertTrue(nextReceived, "the subscription after a completed one received nothing");
            assertTrue(!socket.closed.isDone(), "the socket was closed: " + socket.closed.getNow(""));
        }
    }

    /** A graphql-transport-ws client socket that queues what it receives. */
    private static final class Socket implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket webSocket;

        static Socket open(URI graphql) throws Exception {
            Socket socket = new Socket();
            socket.webSocket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(graphql.toString().replaceFirst("^http", "ws")), socket)
                    .get(20, TimeUnit.SECONDS);
            return socket;
        }

        void send(JsonObject message) throws Exception {
            webSocket.sendText(message.encode(), true).get(20, TimeUnit.SECONDS);
        }

        void subscribe(String id) throws Exception {
            send(new JsonObject().put("type", "subscribe").put("id", id)
                    .put("payload", new JsonObject().put("query", SUBSCRIPTION)));
        }

        /** The next message other than the server's keep-alive pings. */
        JsonObject next() throws InterruptedException {
            while (true) {
                JsonObject message = received.poll(30, TimeUnit.SECONDS);
                if (message == null) {
                    throw new AssertionError("no message within 30 s; closed: " + closed.getNow("no"));
                }
                if (!"ping".equals(message.getString("type"))) {
                    return message;
                }
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.completeExceptionally(error);
        }

        @Override
        public void close() {
            webSocket.abort();
        }
    }
}
