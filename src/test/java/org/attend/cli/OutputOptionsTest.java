package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The output flags end to end: {@code attend run} with OSC and WebSocket outputs, received by independent clients. */
@Timeout(180)
class OutputOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "cli-test-token-0123456789";

    @Test
    void oscReceivesEveryPrintedCommandAndPerClassPredictions() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setReceiveBufferSize(1 << 20);
            receiver.setSoTimeout(200);
            List<String> received = new CopyOnWriteArrayList<>();
            Thread drain = new Thread(() -> {
                DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        receiver.receive(packet);
                        received.add(describe(ByteBuffer.wrap(packet.getData(), 0, packet.getLength())));
                    } catch (SocketTimeoutException e) {
                        // poll again
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "osc-drain");
            drain.start();
            CliTestSupport.Result r;
            try {
                r = CliTestSupport.run("run", "--speed", "max", "--duration", "30", "--seed", "5", "--json",
                        "--osc", "127.0.0.1:" + receiver.getLocalPort(), "--prediction-rate", "200");
                long printedCommands = r.out().lines().filter(l -> l.contains("\"type\":\"command\"")).count();
                // every datagram was sent before the session ended: wait until the receiver has read them all (the
                // commands, and the last prediction's message of each class)
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while ((received.stream().filter(m -> m.startsWith("/attend/command")).count() < printedCommands
                        || count(received, "/attend/p/left ") != count(received, "/attend/p/right "))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            } finally {
                drain.interrupt();
                drain.join(5000);
            }
            assertEquals(0, r.exitCode(), r.err());
            List<String> printed = new ArrayList<>();
            for (String line : r.out().lines().toList()) {
                JsonNode json = JSON.readTree(line);
                if (json.get("type").asText().equals("command")) {
                    printed.add(String.format(Locale.ROOT, "/attend/command %s %.3f",
                            json.get("command").asText(), json.get("confidence").asDouble()));
                }
            }
            assertFalse(printed.isEmpty());
            List<String> commands = received.stream().filter(m -> m.startsWith("/attend/command")).toList();
            assertEquals(printed, commands, "every command, in order, none dropped by the rate limit");
            long left = count(received, "/attend/p/left ");
            long right = count(received, "/attend/p/right ");
            assertTrue(left > 0 && left == right, "one message per class per prediction: " + left + " " + right);
        }
    }

    private static long count(List<String> messages, String prefix) {
        return messages.stream().filter(m -> m.startsWith(prefix)).count();
    }

    @Test
    void websocketClientWithTheTokenReceivesTheSessionsCommandsAndPredictions(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        CliTestSupport.Result trained = CliTestSupport.run("run", "--full", "--speed", "max", "--duration", "10",
                "--save-model", model.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        List<JsonNode> messages = new CopyOnWriteArrayList<>();
        CompletableFuture<CliTestSupport.Result> session = CompletableFuture.supplyAsync(() -> CliTestSupport.run(
                "run", "--model", model.toString(), "--speed", "1", "--duration", "8", "--seed", "9", "--json",
                "--websocket", String.valueOf(port), "--websocket-token", TOKEN));
        WebSocket client = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (client == null && System.nanoTime() < deadline && !session.isDone()) {
            try {
                client = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + TOKEN)
                        .connectTimeout(Duration.ofSeconds(2))
                        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), new WebSocket.Listener() {
                            private final StringBuilder partial = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    try {
                                        messages.add(JSON.readTree(partial.toString()));
                                    } catch (IOException e) {
                                        throw new IllegalStateException(e);
                                    }
                                    partial.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        }).get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Thread.sleep(50); // not listening yet
            }
        }
        assertTrue(client != null, "connected while the session ran");
        CliTestSupport.Result r = session.get(120, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode announced = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("websocket", announced.get("type").asText());
        assertEquals("ws://127.0.0.1:" + port + "/", announced.get("url").asText());
        assertFalse(announced.has("token"), "a token the user chose is not printed");
        List<String> printed = r.out().lines().map(OutputOptionsTest::readTree)
                .filter(j -> j.get("type").asText().equals("command")).map(OutputOptionsTest::command).toList();
        List<String> pushed = messages.stream().filter(j -> j.get("type").asText().equals("command"))
                .map(OutputOptionsTest::command).toList();
        assertFalse(pushed.isEmpty(), "commands were pushed while connected: " + messages.size() + " messages");
        assertTrue(printed.size() >= pushed.size() && printed.subList(printed.size() - pushed.size(), printed.size())
                .equals(pushed), "the commands pushed since connecting are the last ones printed: " + pushed
                + " vs " + printed);
        List<JsonNode> predictions = messages.stream().filter(j -> j.get("type").asText().equals("prediction"))
                .toList();
        assertTrue(predictions.size() >= 10, "predictions pushed: " + predictions.size());
        for (JsonNode p : predictions) {
            double sum = 0;
            for (JsonNode probability : p.get("probabilities")) {
                sum += probability.asDouble();
            }
            assertEquals(1.0, sum, 1e-3, p.toString());
        }
    }

    @Test
    void badOutputFlagsGiveOneLineAndUsageExitCode() {
        for (String[] args : List.of(new String[] {"run", "--osc", "localhost:99999"},
                new String[] {"run", "--osc", "nowhere.invalid:9000"},
                new String[] {"run", "--websocket", "host:port"},
                new String[] {"run", "--websocket", "0", "--websocket-token", "short"},
                new String[] {"run", "--serial", "/dev/ttyUSB0:fast"},
                new String[] {"run", "--keys", "left=NOPE"},
                new String[] {"run", "--key-mode", "sideways"},
                new String[] {"run", "--prediction-rate", "0"},
                new String[] {"run", "--speed", "max", "--duration", "5", "--keys", "lft=LEFT"})) {
            CliTestSupport.Result r = CliTestSupport.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }

    private static String command(JsonNode j) {
        return j.get("command").asText() + " " + j.get("confidence").asText() + " " + j.get("source_time").asText();
    }

    /** An OSC message as "address arg arg", decoded by the OSC 1.0 rules (strings and floats only). */
    private static String describe(ByteBuffer b) {
        StringBuilder s = new StringBuilder(oscString(b));
        String tags = oscString(b);
        for (char t : tags.substring(1).toCharArray()) {
            s.append(' ').append(t == 'f' ? String.format(Locale.ROOT, "%.3f", b.getFloat()) : oscString(b));
        }
        return s.toString();
    }

    private static String oscString(ByteBuffer b) {
        int start = b.position();
        int end = start;
        while (b.get(end) != 0) {
            end++;
        }
        b.position(start + (end - start + 4) / 4 * 4);
        return new String(b.array(), b.arrayOffset() + start, end - start, StandardCharsets.US_ASCII);
    }
}
