package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Peers that do not speak LSL properly: clear typed errors, no hang, and an outlet that keeps serving. */
@Timeout(60)
class BadPeerTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final LslStreamInfo STREAM = LslStreamInfo.create("Fake", "EEG", 2, ChannelFormat.FLOAT32, 100, "");

    /** A one-connection server that reads the request header and answers {@code reply(request)}. */
    private static LslProtocolException openAgainst(Function<String, byte[]> reply) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder req = new StringBuilder();
                    while (!req.toString().endsWith("\r\n\r\n")) {
                        req.append((char) in.read());
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(reply.apply(req.toString()));
                    out.flush();
                    Thread.sleep(500);
                } catch (IOException | InterruptedException e) {
                    // the client hung up
                }
            });
            t.setDaemon(true);
            t.start();
            LslStreamInfo info = STREAM.withEndpoints("default", server.getLocalPort(), 0).withV4Address("127.0.0.1");
            try (JavaInlet inlet = new JavaInlet(info, LslTestSupport.loopback(), new InletOptions(1, 0, false))) {
                return assertThrows(LslProtocolException.class, () -> inlet.open(WAIT));
            }
        }
    }

    private static byte[] okHeader(String uid) {
        return ("LSL/110 200 OK\r\nUID: " + uid + "\r\nByte-Order: 1234\r\nSuppress-Subnormals: 0\r\n"
                + "Data-Protocol-Version: 110\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] patterns(float corruptFirst) {
        SampleWriter w = SampleWriter.binary110(ChannelFormat.FLOAT32, ByteOrder.LITTLE_ENDIAN);
        for (int offset : TestPatterns.OFFSETS) {
            float[] v = (float[]) TestPatterns.sample(ChannelFormat.FLOAT32, 2, offset).values();
            if (offset == 2) {
                v[0] = corruptFirst;
            }
            w.write(TestPatterns.TIMESTAMP, v);
        }
        return w.toBytes();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void refusalsWrongUidBadPatternsAndNonLslAreNamed() throws Exception {
        assertTrue(openAgainst(r -> "LSL/110 404 Not found".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .contains("outlet refused the feed: 'LSL/110 404 Not found'"));
        assertTrue(openAgainst(r -> "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .contains("not an LSL response"));
        assertTrue(openAgainst(r -> "LSL/210 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .contains("newer than ours"));
        assertTrue(openAgainst(r -> concat(okHeader("00000000-0000-0000-0000-000000000000"), patterns(2)))
                .getMessage().contains("response is for uid"));
        assertTrue(openAgainst(r -> concat(okHeader(STREAM.uid()), patterns(2.5f))).getMessage()
                .contains("test-pattern samples do not match (offset 2)"));
        byte[] badTag = concat(okHeader(STREAM.uid()), new byte[] {7, 0, 0});
        assertTrue(openAgainst(r -> badTag).getMessage().contains("bad sample tag 7"));
    }

    @Test
    void anAbsurdStringLengthIsACorruptStreamNotAnAllocation() {
        byte[] bytes = new byte[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 8, -1, -1, -1, -1, -1, -1, -1, 127};
        LslStreamInfo markers = LslStreamInfo.create("M", "Markers", 1, ChannelFormat.STRING, 0, "");
        SampleReader r = new SampleReader(new java.io.ByteArrayInputStream(bytes), markers, ByteOrder.LITTLE_ENDIAN,
                false, false, "test peer");
        LslProtocolException e = assertThrows(LslProtocolException.class, r::read);
        assertTrue(e.getMessage().contains("test peer: string of"), e.getMessage());
        SampleReader truncated = new SampleReader(new java.io.ByteArrayInputStream(new byte[] {2, 1, 2}), markers,
                ByteOrder.LITTLE_ENDIAN, false, false, "test peer");
        IOException eof = assertThrows(IOException.class, truncated::read);
        assertTrue(eof.getMessage().contains("connection closed"), eof.getMessage());
    }

    /** Bytes the peer sent before closing; a reset (the server closed with our junk unread) ends it too. */
    private static int replyLength(InputStream in) throws IOException {
        int n = 0;
        try {
            while (in.read() >= 0) {
                n++;
            }
        } catch (java.net.SocketException reset) {
            // connection reset: nothing more was sent
        }
        return n;
    }

    @Test
    void outletSurvivesGarbageAndKeepsServing() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Sturdy", "EEG", 2, ChannelFormat.FLOAT32, 100,
                "sturdy"), config)) {
            int port = outlet.info().v4dataPort();
            for (String junk : new String[] {"GET / HTTP/1.0\r\n\r\n", "LSL:streamfeed\r\nnot numbers\r\n",
                "x".repeat(20_000) + "\r\n", "LSL:streamfeed/110\r\nA: b\r\n"}) {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setSoTimeout(15_000);
                    s.getOutputStream().write(junk.getBytes(StandardCharsets.US_ASCII));
                    s.shutdownOutput();
                    assertEquals(0, replyLength(s.getInputStream()), "no answer to " + junk.substring(0, Math.min(20, junk.length())));
                }
            }
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                byte[] junk = "LSL:timedata\r\n\r\nLSL:shortinfo\r\n[[[\r\nx y\r\n".getBytes(StandardCharsets.US_ASCII);
                udp.send(new DatagramPacket(junk, junk.length, new InetSocketAddress("127.0.0.1",
                        outlet.info().v4servicePort())));
            }
            try (JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                    InletOptions.defaults())) {
                inlet.open(WAIT);
                outlet.pushSample(new float[] {1f, 2f});
                assertArrayEquals(new float[] {1f, 2f}, (float[]) inlet.pull(WAIT).values());
                assertEquals(0.0, inlet.timeCorrection(WAIT), 0.01);
            }
        }
    }
}
