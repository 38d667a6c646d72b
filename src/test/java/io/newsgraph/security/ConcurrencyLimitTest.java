package io.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations beyond the limit wait in a bounded queue, for a bounded time, and are then refused with 503. */
@QuarkusTest
@TestProfile(OneAtATimeProfile.class)
class ConcurrencyLimitTest {

    private static final String HOLD = "{ hold }";
    private static final String ACTORS = "{ actors(first: 1) { nodes { id } } }";

    @Inject
    ConcurrencyLimit limit;

    @BeforeEach
    void reset() {
        HoldingApi.reset();
    }

    @Test
    void theNextOperationWaitsForTheSlotAndOneMoreIsRefused() throws Exception {
        CompletableFuture<Response> holding = send(HOLD);
        assertTrue(HoldingApi.started.await(20, TimeUnit.SECONDS), "the first operation never started");
        CompletableFuture<Completed> waiting = send(ACTORS).thenApply(Completed::now);
        awaitUntil(() -> limit.queued(), 1);

        Response refused = post(ACTORS);
        assertEquals(503, refused.statusCode(), refused.asString());
        assertEquals("1", refused.header("Retry-After"));
        assertEquals(ConcurrencyLimit.CODE, refused.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(!waiting.isDone(), "the queued operation ran while the slot was taken");

        Instant released = Instant.now();
        HoldingApi.release.countDown();
        assertEquals("released", holding.get(20, TimeUnit.SECONDS).jsonPath().getString("data.hold"));
        Completed queued = waiting.get(20, TimeUnit.SECONDS);
        assertEquals(200, queued.response.statusCode(), queued.response.asString());
        assertEquals(1, queued.response.jsonPath().getList("data.actors.nodes").size(), queued.response.asString());
        assertTrue(!queued.at.isBefore(released), "the queued operation finished before the slot was free");
        awaitUntil(() -> limit.running(), 0);
    }

    @Test
    void anOperationWaitingLongerThanTheTimeoutIsRefused() throws Exception {
        CompletableFuture<Response> holding = send(HOLD);
        assertTrue(HoldingApi.started.await(20, TimeUnit.SECONDS), "the first operation never started");

        Response expired = post(ACTORS);
        assertEquals(503, expired.statusCode(), expired.asString());
        assertTrue(expired.jsonPath().getString("errors[0].message").contains("waited"), expired.asString());
        assertEquals(0, limit.queued());

        HoldingApi.release.countDown();
        assertEquals(200, holding.get(20, TimeUnit.SECONDS).statusCode());
        awaitUntil(() -> limit.running(), 0);
        assertEquals(200, post(ACTORS).statusCode(), "the slot was not given back");
    }

    /**
     * Clients that hang up at any moment (while their request is checked, queued, handed the slot or running)
     * give their slot back: a slot kept by a gone client was never freed and starved every later operation.
     */
    @Test
    void clientsHangingUpAtAnyMomentGiveTheirSlotsBack() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int hangUpAfterMs = i % 7;
                sent.add(clients.submit(() -> sendAndHangUp(ACTORS, hangUpAfterMs)));
            }
            for (Future<?> each : sent) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        awaitUntil(() -> limit.running(), 0);
        awaitUntil(() -> limit.queued(), 0);
        // A request of a gone client may still be on its way in and take the slot for a moment (a loaded machine
        // reads it late); a slot kept for good would refuse every later operation.
        awaitUntil(() -> post(ACTORS).statusCode(), 200);
    }

    private static Void sendAndHangUp(String query, int afterMs) throws Exception {
        byte[] body = ("{\"query\":\"" + query + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(afterMs);
        }
        return null;
    }

    private static Response post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql");
    }

    private static CompletableFuture<Response> send(String query) {
        return CompletableFuture.supplyAsync(() -> post(query));
    }

    private static void awaitUntil(IntSupplier value, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (value.getAsInt() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertEquals(expected, value.getAsInt());
    }

    private record Completed(Response response, Instant at) {
        static Completed now(Response response) {
            return new Completed(response, Instant.now());
        }
    }
}
