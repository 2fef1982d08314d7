package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.attend.control.OscOutput;
import org.attend.control.SerialOutput;
import org.attend.control.WebSocketOutput;
import org.attend.decode.Decoders;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionRunner;
import org.attend.source.ForwardingSource;
import org.attend.source.PacedSource;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session whose live source falls silent: the fail-safe {@code stop} reaches the OSC, WebSocket and serial
 * outputs of the plan, each read by an independent client, and WebSocket clients see the stream go stale.
 */
@Timeout(180)
class OutputsFailSafeTest {

    private static final String TOKEN = "fail-safe-token-0123456789";

    /** The simulator in real time for {@code talkSeconds} of signal, then silence, then the end. */
    static final class FallsSilent extends ForwardingSource {
        private final double talkSeconds;
        private final long silenceNanos;
        private double firstTime = Double.NaN;
        private long silentSince;

        FallsSilent(Source paced, double talkSeconds, Duration silence) {
            super(paced);
            this.talkSeconds = talkSeconds;
            this.silenceNanos = silence.toNanos();
        }

        @Override
        public SourceRead read(Duration timeout) throws IOException, InterruptedException {
            if (silentSince != 0) {
                Thread.sleep(timeout.toMillis());
                return System.nanoTime() - silentSince > silenceNanos ? SourceRead.end() : SourceRead.timeout();
            }
            SourceRead read = inner.read(timeout);
            if (read.chunk() != null && read.chunk().sampleCount() > 0) {
                if (Double.isNaN(firstTime)) {
                    firstTime = read.chunk().firstTime();
                }
                if (read.chunk().lastTime() - firstTime >= talkSeconds) {
                    silentSince = System.nanoTime();
                }
            }
            return read;
        }
    }

    @Test
    void stopReachesOscWebSocketAndSerialWhenTheSignalIsLost(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed (apt-get install socat): no pseudo-terminal pair");
        Path model = dir.resolve("model");
        CliTestSupport.Result trained = CliTestSupport.run("run", "--full", "--speed", "max", "--duration", "10",
                "--save-model", model.toString());
        assertEquals(0, trained.exitCode(), trained.err());

        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).start();
        try (DatagramSocket osc = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(Files.exists(a) && Files.exists(b)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            BlockingQueue<String> serialLines = readLines(new FileInputStream(b.toRealPath().toFile()));
            List<String> oscCommands = new CopyOnWriteArrayList<>();
            Thread oscDrain = drain(osc, oscCommands);
            List<String> webSocketMessages = new CopyOnWriteArrayList<>();
            AtomicReference<WebSocketOutput> server = new AtomicReference<>();

            SimulatedHeadset headset = new SimulatedHeadset(SimulationSpec.leftRightRest(
                    new DevicesOption().load().get("bci2000-64"), 3));
            try (Source source = new FallsSilent(PacedSource.at(headset, 2.0), 4.0, Duration.ofMillis(1500))) {
                SessionPlan plan = SessionPlan.builder().setSource(source).setDecoder(Decoders.load(model))
                        .optOutput(SessionOutput.control(classes -> new OscOutput(new InetSocketAddress("127.0.0.1",
                                osc.getLocalPort()), classes)))
                        .optOutput(SessionOutput.control(classes -> {
                            WebSocketOutput ws = new WebSocketOutput(new InetSocketAddress("127.0.0.1", 0), TOKEN);
                            server.set(ws);
                            connect(ws, webSocketMessages);
                            return ws;
                        }))
                        .optOutput(SessionOutput.control(classes -> new SerialOutput(
                                new SerialOutput.Target(a.toString(), 115_200), List.of("left", "right", "rest",
                                        "stop"))))
                        .build();
                SessionRunner.run(plan);
            }
            // the stop was sent before the session ended; wait until the independent clients have it, then look
            awaitOrTimeOut(() -> !oscCommands.isEmpty()
                    && oscCommands.get(oscCommands.size() - 1).equals("/attend/command stop")
                    && webSocketMessages.stream().anyMatch(m -> m.contains("\"command\":\"stop\""))
                    && webSocketMessages.stream().anyMatch(m -> m.contains("\"state\":\"stale\"")));
            oscDrain.interrupt();
            oscDrain.join(5000);
            assertTrue(server.get() != null);
            assertEquals("/attend/command stop", oscCommands.get(oscCommands.size() - 1), "OSC: " + oscCommands);
            // after the stop only health messages follow (stale, then lost): the stop is the last command
            List<String> pushedCommands = webSocketMessages.stream().filter(m -> m.contains("\"type\":\"command\""))
                    .toList();
            assertTrue(!pushedCommands.isEmpty()
                    && pushedCommands.get(pushedCommands.size() - 1).contains("\"command\":\"stop\""),
                    "WebSocket: " + webSocketMessages);
            assertTrue(webSocketMessages.stream().anyMatch(m -> m.contains("\"type\":\"health\"")
                    && m.contains("\"state\":\"stale\"")), "the stale stream's health is pushed too: "
                    + webSocketMessages);
            String line;
            String lastSerial = null;
            while ((line = serialLines.poll(2, TimeUnit.SECONDS)) != null) {
                lastSerial = line;
            }
            assertEquals("CMD stop 1.00", lastSerial);
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Returns once {@code condition} holds, or after 10 s (the assertions that follow then say what is missing). */
    private static void awaitOrTimeOut(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void connect(WebSocketOutput ws, List<String> messages) throws IOException {
        try {
            HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + TOKEN)
                    .buildAsync(URI.create(ws.url()), new WebSocket.Listener() {
                        private final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                messages.add(partial.toString());
                                partial.setLength(0);
                            }
                            socket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (ws.clientCount() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IOException("test client could not connect: " + e, e);
        }
    }

    private static Thread drain(DatagramSocket socket, List<String> commands) throws IOException {
        socket.setSoTimeout(100);
        Thread t = new Thread(() -> {
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    socket.receive(packet);
                    String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
                    if (text.startsWith("/attend/command")) {
                        // address, type tags ",sf", then the command name as a NUL-terminated string
                        int name = text.indexOf(",sf") + 4;
                        commands.add("/attend/command " + text.substring(name, text.indexOf('\0', name)));
                    }
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    return;
                }
            }
        }, "osc-drain");
        t.start();
        return t;
    }

    private static BlockingQueue<String> readLines(FileInputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // the pty closed with the test
            }
        }, "pty-reader");
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
