package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.junit.jupiter.api.Test;

/** The WebSocket output, received by the JDK's own WebSocket client (java.net.http), not Java-WebSocket's. */
class WebSocketOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-0123456789abcdef";

    /** Collects the text messages a client receives. */
    static final class Inbox implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        JsonNode next() throws Exception {
            String m = messages.poll(5, TimeUnit.SECONDS);
            assertTrue(m != null, "a message within 5 s");
            return JSON.readTree(m);
        }
    }

    @Test
    void authorisedClientReceivesCommandsPredictionsAndHealthAsJson() throws Exception {
        try (WebSocketOutput server = new WebSocketOutput(new InetSocketAddress("127.0.0.1", 0), TOKEN)) {
            assertNotEquals(0, server.port());
            Inbox inbox = new Inbox();
            WebSocket client = connect(server, "Bearer " + TOKEN, inbox);
            waitForClients(server, 1);
            server.accept(new Command("left", 0.875f, 12.5, System.nanoTime()));
            server.onPrediction(new Prediction(new String[] {"left", "right"}, new float[] {0.75f, 0.25f}, null,
                    13.0, 2_000_000));
            server.onHealth(new StreamHealth("EEG", StreamState.STALE, 13.0, 0, 0, 4.5, Double.NaN, Double.NaN));
            server.accept(new Command(ControlPolicy.STOP, 1f, 13.25, System.nanoTime()));

            JsonNode command = inbox.next();
            assertEquals("command", command.get("type").asText());
            assertEquals("left", command.get("command").asText());
            assertEquals(0.875, command.get("confidence").asDouble(), 1e-9);
            assertEquals(12.5, command.get("source_time").asDouble(), 1e-9);
            JsonNode prediction = inbox.next();
            assertEquals("prediction", prediction.get("type").asText());
            assertEquals(0.75, prediction.get("probabilities").get("left").asDouble(), 1e-9);
            assertEquals(0.25, prediction.get("probabilities").get("right").asDouble(), 1e-9);
            assertEquals(13.0, prediction.get("source_time").asDouble(), 1e-9);
            assertEquals(2.0, prediction.get("compute_ms").asDouble(), 1e-9);
            JsonNode h = inbox.next();
            assertEquals("health", h.get("type").asText());
            assertEquals("stale", h.get("state").asText());
            assertEquals("EEG", h.get("stream").asText());
            JsonNode stop = inbox.next();
            assertEquals("stop", stop.get("command").asText());
            client.abort();
        }
    }

    @Test
    void wrongOrMissingTokenIsRefusedAtTheHandshakeAndReceivesNothing() throws Exception {
        try (WebSocketOutput server = new WebSocketOutput(new InetSocketAddress("127.0.0.1", 0), TOKEN)) {
            for (String authorization : new String[] {"Bearer wrong-token-0123456789abcd", "Bearer " + TOKEN + "x",
                    "Bearer " + TOKEN.substring(0, TOKEN.length() - 1), TOKEN, "Basic " + TOKEN, null}) {
                Inbox inbox = new Inbox();
                ExecutionException e = assertThrows(ExecutionException.class,
                        () -> connect(server, authorization, inbox), "refused: " + authorization);
                WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class,
                        e.getCause(), String.valueOf(e.getCause()));
                int status = refused.getResponse().statusCode();
                assertTrue(status >= 400 && status < 500, "an HTTP client error instead of 101, got " + status);
            }
            assertEquals(0, server.clientCount());
            server.accept(new Command("left", 0.9f, 1, System.nanoTime()));
        }
    }

    @Test
    void tokensAreCheckedAndRandomOnesAreLongAndDistinct() {
        String a = WebSocketOutput.randomToken();
        String b = WebSocketOutput.randomToken();
        assertEquals(43, a.length());
        assertNotEquals(a, b);
        WebSocketOutput.checkToken(a);
        assertThrows(IllegalArgumentException.class, () -> WebSocketOutput.checkToken("short"));
        assertThrows(IllegalArgumentException.class, () -> WebSocketOutput.checkToken("has a space in the middle!"));
    }

    @Test
    void aPortInUseFailsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException e = assertThrows(IOException.class, () -> new WebSocketOutput(
                    new InetSocketAddress("127.0.0.1", taken.getLocalPort()), TOKEN).close());
            assertTrue(e.getMessage().startsWith("websocket: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    private static WebSocket connect(WebSocketOutput server, String authorization, Inbox inbox) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(URI.create(server.url()), inbox).get(10, TimeUnit.SECONDS);
    }

    private static void waitForClients(WebSocketOutput server, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.clientCount() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(n, server.clientCount());
    }
}
