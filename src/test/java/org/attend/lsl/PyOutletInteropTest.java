package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Java inlet against the independent pure-Python outlet of the lab (peers/py_outlet.py). */
@Timeout(60)
class PyOutletInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static Process start(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/python3",
                LslTestSupport.sharedLsl().resolve("peers/py_outlet.py").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LSLAPICFG", LslTestSupport.sharedLsl().resolve("lsl_api.loopback.cfg").toString());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertNotNull(first, "py_outlet.py exited at once");
        assertTrue(first.startsWith("# py_outlet"), first);
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "py-outlet-drain");
        drain.setDaemon(true);
        drain.start();
        return p;
    }

    private static LslStreamInfo resolve(String sourceId) throws Exception {
        List<LslStreamInfo> found = new JavaResolver(LslTestSupport.loopback())
                .resolve(LslQuery.byProp("source_id", sourceId), 1, WAIT);
        assertEquals(1, found.size(), "py_outlet not resolved");
        assertEquals("127.0.0.1", found.get(0).v4address());
        return found.get(0);
    }

    @Test
    void float32ValuesAndTimeCorrectionFromPythonOutlet() throws Exception {
        String sid = "py-" + UUID.randomUUID();
        Process py = start("-n", "PyEEG", "-c", "4", "-r", "250", "-s", sid);
        try {
            LslStreamInfo info = resolve(sid);
            assertEquals(ChannelFormat.FLOAT32, info.format());
            assertEquals(250.0, info.nominalSrate());
            try (JavaInlet inlet = new JavaInlet(info, LslTestSupport.loopback(), InletOptions.defaults())) {
                inlet.open(WAIT);
                LslSample first = inlet.pull(WAIT);
                assertNotNull(first);
                int k0 = (int) first.value(0);
                double lastTs = first.timestamp();
                for (int i = 1; i < 200; i++) {
                    LslSample s = inlet.pull(WAIT);
                    assertNotNull(s, "sample " + i);
                    for (int c = 0; c < 4; c++) {
                        // py_outlet: value(k, c) = 1000 c + k % 1000
                        assertEquals(1000 * c + (k0 + i) % 1000, s.value(c), 0.0, "sample " + i + " channel " + c);
                    }
                    assertTrue(s.timestamp() > lastTs);
                    lastTs = s.timestamp();
                }
                // both clocks are CLOCK_MONOTONIC on this host: the correction is the loopback offset, near zero
                double tc = inlet.timeCorrection(WAIT);
                assertEquals(0.0, tc, 0.01);
                assertEquals("py_outlet", inlet.fullInfo(WAIT).desc().get(0).text());
            }
        } finally {
            py.destroy();
            py.waitFor();
        }
    }

    @Test
    void stringMarkersFromPythonOutlet() throws Exception {
        String sid = "py-" + UUID.randomUUID();
        Process py = start("-n", "PyMarkers", "-t", "Markers", "-c", "1", "-r", "50", "-f", "string", "-s", sid);
        try {
            LslStreamInfo info = resolve(sid);
            assertEquals(ChannelFormat.STRING, info.format());
            try (JavaInlet inlet = new JavaInlet(info, LslTestSupport.loopback(), InletOptions.defaults())) {
                inlet.open(WAIT);
                LslSample first = inlet.pull(WAIT);
                assertNotNull(first);
                String text = first.text(0);
                assertTrue(text.startsWith("marker-"), text);
                int k0 = Integer.parseInt(text.substring("marker-".length()));
                for (int i = 1; i < 20; i++) {
                    LslSample s = inlet.pull(WAIT);
                    assertNotNull(s);
                    assertEquals("marker-" + (k0 + i), s.text(0));
                }
            }
        } finally {
            py.destroy();
            py.waitFor();
        }
    }

    @Test
    void inletRecoversWhenThePythonOutletIsKilledAndRestarted() throws Exception {
        String sid = "py-" + UUID.randomUUID();
        Process py = start("-n", "PyKill", "-c", "2", "-r", "250", "-s", sid);
        Process second = null;
        try (JavaInlet inlet = new JavaInlet(resolve(sid), LslTestSupport.loopback(), InletOptions.defaults())) {
            inlet.open(WAIT);
            for (int i = 0; i < 50; i++) {
                assertNotNull(inlet.pull(WAIT));
            }
            py.destroyForcibly();
            py.waitFor();
            double killedAt = LslClock.now();
            Thread.sleep(500);
            second = start("-n", "PyKill", "-c", "2", "-r", "250", "-s", sid);
            List<LslGap> gaps = new java.util.ArrayList<>();
            long lost = 0;
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (gaps.isEmpty() && System.nanoTime() < deadline) {
                inlet.pull(Duration.ofMillis(100));
                lost += inlet.takeLostSamples();
                gaps.addAll(inlet.takeGaps());
            }
            assertEquals(1, gaps.size(), "the restart is reported as one gap");
            LslGap gap = gaps.get(0);
            assertTrue(gap.lastBefore() <= killedAt && gap.firstAfter() >= killedAt + 0.5, gap.toString());
            assertEquals(Math.round((gap.firstAfter() - gap.lastBefore()) * 250) - 1, gap.lostSamples());
            assertEquals(gap.lostSamples(), lost);
            LslSample s = inlet.pull(WAIT);
            assertNotNull(s, "data flows from the restarted outlet");
            assertEquals(1000.0, s.value(1) - s.value(0), 0.0);
        } finally {
            py.destroy();
            py.waitFor();
            if (second != null) {
                second.destroy();
                second.waitFor();
            }
        }
    }
}
