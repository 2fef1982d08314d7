package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * What a peer can make an outlet do (issue 24): idle connections beyond the cap are closed on arrival, not served
 * by a thread each; a feed request whose sizes or version make no sense is answered {@code 400}.
 */
@Timeout(60)
class OutletLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    void connectionsBeyondTheCapAreClosedOnArrivalWithOneLogLine() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(JavaOutlet.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        List<Socket> idle = new ArrayList<>();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Capped", "EEG", 2, ChannelFormat.FLOAT32, 100,
                "capped"), LslTestSupport.loopback())) {
            int port = outlet.info().v4dataPort();
            for (int i = 0; i < JavaOutlet.DEFAULT_MAX_CONNECTIONS; i++) {
                idle.add(new Socket("127.0.0.1", port));
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (sessionThreads() < JavaOutlet.DEFAULT_MAX_CONNECTIONS && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (int i = 0; i < 3; i++) {
                try (Socket extra = new Socket("127.0.0.1", port)) {
                    extra.setSoTimeout(5_000);
                    assertEquals(-1, extra.getInputStream().read(), "closed on arrival");
                }
            }
            assertEquals(JavaOutlet.DEFAULT_MAX_CONNECTIONS, sessionThreads());
            assertEquals(3, outlet.refusedConnections());
            List<String> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(1, warnings.size(), "one line, then at most one a second: " + warnings);
            assertTrue(warnings.get(0).matches("outlet 'Capped': refused the connection of /127\\.0\\.0\\.1:\\d+: 32 "
                    + "connections are open, the most one outlet serves \\(1 refused so far\\)"), warnings.get(0));
            for (Socket s : idle) {
                s.close();
            }
            // a slot freed is served again
            deadline = System.nanoTime() + 5_000_000_000L;
            while (sessionThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            try (JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), LslTestSupport.loopback(),
                    InletOptions.defaults())) {
                inlet.open(WAIT);
                outlet.pushSample(new float[] {1f, 2f});
                assertArrayEquals(new float[] {1f, 2f}, (float[]) inlet.pull(WAIT).values());
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
            logger.detachAppender(appender);
        }
    }

    @Test
    void nonsensicalFeedRequestsAreAnswered400AndTheOutletKeepsServing() throws Exception {
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Strict", "EEG", 2, ChannelFormat.FLOAT32, 100,
                "strict"), LslTestSupport.loopback())) {
            String ok = "LSL:streamfeed/110 " + outlet.info().uid() + "\r\nNative-Byte-Order: 1234\r\n"
                    + "Endian-Performance: 0\r\nHas-IEEE754-Floats: 1\r\nSupports-Subnormals: 1\r\nValue-Size: 4\r\n"
                    + "Data-Protocol-Version: 110\r\nMax-Buffer-Length: 100\r\nMax-Chunk-Length: 0\r\n";
            for (String bad : List.of("Value-Size: -1", "Max-Buffer-Length: -5", "Data-Protocol-Version: abc",
                    "Max-Chunk-Length: 1.5", "Endian-Performance: NaN", "Has-IEEE754-Floats: yes")) {
                String key = bad.substring(0, bad.indexOf(':'));
                String request = ok.replaceAll("(?m)^" + key + ": .*$", bad) + "\r\n";
                assertTrue(request.contains(bad));
                assertEquals(FeedSession.BAD_REQUEST, exchange(outlet.info().v4dataPort(), request), bad);
            }
            assertEquals(FeedSession.BAD_REQUEST, exchange(outlet.info().v4dataPort(),
                    "LSL:streamfeed/abc\r\n\r\n"), "a version that is no number");
            String answer = exchange(outlet.info().v4dataPort(), ok + "\r\n");
            assertTrue(answer.startsWith("LSL/110 200 OK\r\n"), answer);
        }
    }

    /** Sends a request and returns what the outlet answers within a short while, as ASCII. */
    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(1_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            StringBuilder answer = new StringBuilder();
            try {
                for (int c = in.read(); c >= 0 && answer.length() < 64; c = in.read()) {
                    answer.append((char) c);
                }
            } catch (java.net.SocketTimeoutException e) {
                // a feed goes on: its header has arrived
            }
            return answer.toString();
        }
    }

    private static long sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("lsl-session-Capped") && t.isAlive()).count();
    }
}
