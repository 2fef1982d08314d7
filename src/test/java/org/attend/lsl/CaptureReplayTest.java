package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays every TCP request of the real liblsl captures against a Java outlet publishing the same stream (same
 * uid, name, desc), pushes the samples the liblsl outlet sent, and checks that the Java outlet answers with
 * the same bytes: headers, test patterns, sample framing (transmitted and deduced), 1.00 archives, error
 * replies. Only the port numbers inside XML differ; they are masked.
 */
@Timeout(120)
class CaptureReplayTest {

    @ParameterizedTest
    @ValueSource(strings = {"lsl_v110_session.pcap", "lsl_all_formats.pcap", "lsl_chunked_deduced.pcap",
        "lsl_v100_session.pcap", "lsl_raw_probe.pcap"})
    void javaOutletAnswersLikeLiblsl(String capture) throws Exception {
        Pcap pcap = Pcap.capture(capture);
        Map<String, LslStreamInfo> infos = CaptureDecodeTest.infos(pcap);
        LslConfig config = LslTestSupport.loopback();
        int replayed = 0;
        for (Pcap.Flow flow : pcap.flows) {
            String req = flow.requestText();
            if (req.isEmpty()) {
                continue;
            }
            LslStreamInfo info = infoOf(flow, infos);
            try (JavaOutlet outlet = new JavaOutlet(info, config)) {
                replay(flow, info, outlet);
            }
            replayed++;
        }
        assertTrue(replayed >= 2, "replayed " + replayed + " connections");
    }

    @org.junit.jupiter.api.Test
    void javaOutletAnswersDiscoveryAndTimeProbesLikeLiblsl() throws Exception {
        Pcap pcap = Pcap.capture("lsl_v110_session.pcap");
        Map<String, LslStreamInfo> infos = CaptureDecodeTest.infos(pcap);
        LslStreamInfo eeg = infos.get("a5d8f0d4-0863-4919-b14f-918d12c98342");
        Pcap.Datagram query = pcap.datagrams.get(0);
        Pcap.Datagram reply = pcap.datagrams.get(1);
        try (JavaOutlet outlet = new JavaOutlet(eeg.withDesc(List.of()), LslTestSupport.loopback());
             java.net.DatagramSocket udp = new java.net.DatagramSocket(new java.net.InetSocketAddress("127.0.0.1", 0))) {
            udp.setSoTimeout(3000);
            // the captured query, asking for the reply on our port instead of the capture's
            byte[] q = query.text().replace("\r\n16574 ", "\r\n" + udp.getLocalPort() + " ")
                    .getBytes(StandardCharsets.ISO_8859_1);
            java.net.InetSocketAddress service = new java.net.InetSocketAddress("127.0.0.1",
                    outlet.info().v4servicePort());
            udp.send(new java.net.DatagramPacket(q, q.length, service));
            java.net.DatagramPacket p = new java.net.DatagramPacket(new byte[65536], 65536);
            udp.receive(p);
            assertEquals(masked(reply.payload()), masked(java.util.Arrays.copyOf(p.getData(), p.getLength())));
            byte[] probe = "LSL:timedata\r\n1804289383 915.788256959\r\n".getBytes(StandardCharsets.US_ASCII);
            udp.send(new java.net.DatagramPacket(probe, probe.length, service));
            p = new java.net.DatagramPacket(new byte[512], 512);
            udp.receive(p);
            String answer = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
            String captured = pcap.datagrams.stream().map(Pcap.Datagram::text)
                    .filter(t -> t.startsWith(" 1804289383 915.788256959 ")).findFirst().orElseThrow();
            // same shape as liblsl's: leading space, wave id and t0 echoed, two clock readings, no CR LF
            assertTrue(captured.matches(" 1804289383 915\\.788256959 [0-9.]+ [0-9.]+"), captured);
            assertTrue(answer.matches(" 1804289383 915\\.788256959 [0-9.]+ [0-9.]+"), answer);
            String[] f = answer.trim().split(" ");
            assertTrue(Double.parseDouble(f[3]) >= Double.parseDouble(f[2]));
        }
    }

    /**
     * The other direction: a fake outlet plays back what the real liblsl outlet sent, and the Java inlet must
     * complete the handshake on those bytes and deliver every sample with its timestamp (deduced ones included).
     */
    @ParameterizedTest
    @ValueSource(strings = {"lsl_v110_session.pcap", "lsl_all_formats.pcap", "lsl_chunked_deduced.pcap",
        "lsl_v100_session.pcap"})
    void javaInletAcceptsWhatLiblslOutletsSent(String capture) throws Exception {
        Pcap pcap = Pcap.capture(capture);
        Map<String, LslStreamInfo> infos = CaptureDecodeTest.infos(pcap);
        LslConfig c = LslTestSupport.loopback();
        int checked = 0;
        for (Pcap.Flow flow : pcap.flows("LSL:streamfeed")) {
            LslStreamInfo info = infoOf(flow, infos);
            boolean v100 = !flow.requestText().startsWith("LSL:streamfeed/");
            LslConfig config = new LslConfig(c.multicastPort(), c.basePort(), c.portRange(), c.allowRandomPorts(),
                    c.ipv6(), c.resolveScope(), c.knownPeers(), c.sessionId(), v100 ? 100 : 110, c.source());
            CapturedFeed expected = CapturedFeed.decode(flow, info);
            try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                Thread fake = new Thread(() -> {
                    try (Socket s = server.accept()) {
                        InputStream in = s.getInputStream();
                        // a 1.10 request ends with an empty line, a 1.00 request after its second line
                        String r = "";
                        while (!(r.endsWith("\r\n\r\n") || v100 && r.split("\r\n", -1).length == 3)) {
                            int ch = in.read();
                            if (ch < 0) {
                                return;
                            }
                            r += (char) ch;
                        }
                        s.getOutputStream().write(flow.response());
                        Thread.sleep(2000);
                    } catch (IOException | InterruptedException e) {
                        // inlet closed
                    }
                });
                fake.setDaemon(true);
                fake.start();
                LslStreamInfo at = info.withEndpoints(info.sessionId(), server.getLocalPort(), 0)
                        .withV4Address("127.0.0.1");
                try (JavaInlet inlet = new JavaInlet(at, config, new InletOptions(360, 0, false))) {
                    inlet.open(java.time.Duration.ofSeconds(5));
                    for (int i = 0; i < expected.samples().size(); i++) {
                        LslSample got = inlet.pull(java.time.Duration.ofSeconds(5));
                        assertTrue(got != null && got.sameAs(expected.samples().get(i)),
                                info.name() + " sample " + i + " of " + capture);
                    }
                }
            }
            checked++;
        }
        assertTrue(checked >= 2, "feeds checked: " + checked);
    }

    private static LslStreamInfo infoOf(Pcap.Flow flow, Map<String, LslStreamInfo> infos) throws IOException {
        if (flow.requestText().startsWith("LSL:streamfeed\r\n")) {
            byte[] r = flow.response();
            int len = (r[4] & 0xFF) | (r[5] & 0xFF) << 8;
            return InfoXml.parse(new String(r, 6, len, StandardCharsets.UTF_8));
        }
        return CaptureDecodeTest.infoFor(flow, infos);
    }

    private static void replay(Pcap.Flow flow, LslStreamInfo info, JavaOutlet outlet) throws Exception {
        String req = flow.requestText();
        byte[] expected = flow.response();
        try (Socket s = new Socket("127.0.0.1", outlet.info().v4dataPort())) {
            s.setSoTimeout(3000);
            s.getOutputStream().write(flow.request());
            InputStream in = s.getInputStream();
            boolean feed = req.startsWith("LSL:streamfeed") && new String(expected, StandardCharsets.ISO_8859_1)
                    .matches("(?s)(LSL/110 200 OK|\u007f).*");
            if (!feed) {
                assertEquals(masked(expected), masked(readToEnd(in)), "reply to " + firstLine(req));
                return;
            }
            CapturedFeed captured = CapturedFeed.decode(flow, info);
            byte[] head = in.readNBytes(captured.patternsEnd());
            assertEquals(masked(java.util.Arrays.copyOf(expected, captured.patternsEnd())), masked(head),
                    "header and test patterns for " + firstLine(req));
            for (int i = 0; i < captured.samples().size(); i++) {
                LslSample x = captured.samples().get(i);
                outlet.pushSample(x.values(), captured.deduced().get(i) ? LslSample.DEDUCED : x.timestamp(), true);
            }
            byte[] data = in.readNBytes(expected.length - captured.patternsEnd());
            assertEquals(hex(expected, captured.patternsEnd(), expected.length), hex(data, 0, data.length),
                    captured.samples().size() + " samples for " + firstLine(req));
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the outlet neither answered completely nor closed", e);
        }
    }

    private static String masked(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1)
                .replaceAll("<v4data_port>\\d{5}</v4data_port>", "<v4data_port>PORT</v4data_port>")
                .replaceAll("<v4service_port>\\d{5}</v4service_port>", "<v4service_port>PORT</v4service_port>");
    }

    private static String firstLine(String req) {
        return req.split("\r\n")[0];
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(String.format("%02x", b[i]));
            if ((i - from) % 32 == 31) {
                s.append('\n');
            }
        }
        return s.toString();
    }

}
