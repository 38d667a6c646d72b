package io.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.LogCapture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that stop sending, over a raw socket: half a request's headers, or the headers and half the body. The
 * server closes each connection once it has been silent for the idle timeout, and logs no stack trace for it.
 */
@QuarkusTest
@TestProfile(ShortIdleTimeoutProfile.class)
class SlowClientTest {

    private static final int CLIENTS = 20;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void silentClientsAreClosedWithoutAStackTrace() throws Exception {
        String headers = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        String body = "{\"query\":\"{ articles(first: 1) { nodes { id } } }\"}";
        List<Socket> sockets = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < CLIENTS; i++) {
                boolean halfBody = i % 2 == 1;
                sockets.add(open(halfBody ? headers + "Content-Length: " + body.length() + "\r\n\r\n"
                        + body.substring(0, body.length() / 2) : headers));
            }
            long start = System.nanoTime();
            for (Socket socket : sockets) {
                assertClosedByServer(socket);
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds >= ShortIdleTimeoutProfile.IDLE_SECONDS - 1, "closed after " + seconds + " s");
            Thread.sleep(500); // anything logged for the closed connections is logged by now
            assertEquals(List.of(), log.warningsAndStackTraces());
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /** A client sending its body a byte every half second is never idle, and is closed at the body timeout. */
    @Test
    void aClientDrippingItsBodyIsClosedAtTheBodyTimeout() throws Exception {
        String body = "{\"query\":\"{ articles(first: 1) { nodes { id title } } }\"}";
        try (LogCapture log = LogCapture.start(); Socket socket = open("POST /graphql HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            boolean closed = false;
            for (int i = 0; i < body.length() && !closed; i++) {
                try {
                    out.write(body.charAt(i));
                    out.flush();
                    Thread.sleep(500);
                } catch (java.net.SocketException reset) {
                    closed = true;
                }
            }
            if (!closed) {
                assertClosedByServer(socket); // the last bytes went out before the close was seen
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds >= ShortIdleTimeoutProfile.BODY_SECONDS - 1, "closed after " + seconds + " s");
            assertTrue(seconds < body.length() / 2 - 2, "the whole body was taken: " + seconds + " s");
            assertEquals(List.of(), log.warningsAndStackTraces());
        }
    }

    private Socket open(String text) throws Exception {
        Socket socket = new Socket(graphql.getHost(), graphql.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    /** The server ends the connection (end of stream, possibly after an error response) within 30 s. */
    private static void assertClosedByServer(Socket socket) throws Exception {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // an answer before the close (408, 400) is fine; the connection must end
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server kept a silent connection open for 30 s");
        } catch (java.net.SocketException reset) {
            // closed by the server with a reset: closed all the same
        }
    }
}
