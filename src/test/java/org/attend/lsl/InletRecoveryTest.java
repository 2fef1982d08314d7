package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Connection loss: recovery to a restarted outlet with the gap reported, loss without source_id, overflow. */
@Timeout(60)
class InletRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final double RATE = 100;

    /** Pushes sample k = 0, 1, 2... at 100 Hz with timestamp t0 + k / rate into whatever outlet is current. */
    private static Thread pacer(AtomicReference<JavaOutlet> outlet, AtomicBoolean stop, double t0) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            for (int k = 0; !stop.get(); k++) {
                long due = start + (long) (k * 1e9 / RATE);
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                JavaOutlet o = outlet.get();
                if (o != null) {
                    o.pushSample(new float[] {k, -k}, t0 + k / RATE, true);
                }
            }
        }, "pacer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void inletRecoversFromARestartedOutletAndReportsTheGap() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        String sid = "recovery-" + UUID.randomUUID();
        LslStreamInfo spec = LslStreamInfo.create("RecoverMe", "EEG", 2, ChannelFormat.FLOAT32, RATE, sid);
        AtomicReference<JavaOutlet> current = new AtomicReference<>(new JavaOutlet(spec, config));
        AtomicBoolean stop = new AtomicBoolean();
        LslStreamInfo resolved = new JavaResolver(config).resolve(LslQuery.byProp("source_id", sid), 1, WAIT).get(0);
        try (JavaInlet inlet = new JavaInlet(resolved, config, InletOptions.defaults())) {
            inlet.open(WAIT);
            Thread pacer = pacer(current, stop, 5000.0);
            List<LslSample> got = new ArrayList<>();
            while (got.size() < 50) {
                got.add(inlet.pull(WAIT));
            }
            // the outlet dies; a new instance of the same source comes back 0.3 s later
            current.getAndSet(null).close();
            Thread.sleep(300);
            JavaOutlet restarted = new JavaOutlet(LslStreamInfo.create("RecoverMe", "EEG", 2, ChannelFormat.FLOAT32,
                    RATE, sid), config);
            current.set(restarted);
            long lost = 0;
            List<LslGap> gaps = new ArrayList<>();
            long deadline = System.nanoTime() + 20_000_000_000L;
            int afterGap = 0;
            while (afterGap < 20 && System.nanoTime() < deadline) {
                LslSample s = inlet.pull(Duration.ofMillis(200));
                lost += inlet.takeLostSamples();
                gaps.addAll(inlet.takeGaps());
                if (s != null) {
                    got.add(s);
                    if (!gaps.isEmpty()) {
                        afterGap++;
                    }
                }
            }
            stop.set(true);
            pacer.join();
            restarted.close();
            assertEquals(1, gaps.size(), "one gap reported");
            assertEquals(restarted.info().uid(), inlet.info().uid(), "the inlet follows the new outlet");
            assertNotEquals(resolved.uid(), inlet.info().uid());
            // no silent loss: every sample k not received is counted
            long missing = 0;
            for (int i = 1; i < got.size(); i++) {
                long k = (long) got.get(i).value(0);
                long prev = (long) got.get(i - 1).value(0);
                assertTrue(k > prev, "samples in order");
                assertEquals(-k, got.get(i).value(1), 0.0);
                missing += k - prev - 1;
            }
            assertTrue(missing > 0);
            assertEquals(missing, lost, "samples reported lost = samples missing");
            assertEquals(missing, gaps.get(0).lostSamples());
        }
    }

    @Test
    void streamWithoutSourceIdIsLostForGood() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("NoSource", "EEG", 1, ChannelFormat.DOUBLE64, 0, ""),
                config);
        try (JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                InletOptions.defaults())) {
            inlet.open(WAIT);
            outlet.pushSample(new double[] {1.5});
            assertEquals(1.5, inlet.pull(WAIT).value(0), 0.0);
            outlet.close();
            LslLostException e = assertThrows(LslLostException.class, () -> inlet.pull(WAIT));
            assertTrue(e.getMessage().contains("no source_id"), e.getMessage());
        }
    }

    @Test
    void fullInletBufferDropsTheOldestAndCountsThem() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Overflow", "EEG", 1, ChannelFormat.INT32, 100,
                "overflow"), config);
             JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                     new InletOptions(0.1, 0, false))) {
            inlet.open(WAIT);
            for (int k = 0; k < 50; k++) {
                outlet.pushSample(new int[] {k});
            }
            // the buffer holds the newest 10; the other 40 were dropped by the inlet or the outlet's queue
            long lost = 0;
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (lost + outlet.droppedSamples() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(10);
                lost += inlet.takeLostSamples();
            }
            assertEquals(40, lost + outlet.droppedSamples());
            for (int k = 40; k < 50; k++) {
                LslSample s = inlet.pull(WAIT);
                assertNotNull(s);
                assertEquals(k, s.value(0), 0.0);
            }
        }
    }

    @Test
    void watchdogKeepsAnIdleButLiveConnection() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Idle", "Markers", 1, ChannelFormat.STRING, 0,
                "idle-" + UUID.randomUUID()), config);
             JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                     new InletOptions(360, 0, true, 0.3))) {
            inlet.open(WAIT);
            outlet.pushSample(new String[] {"a"});
            assertEquals("a", inlet.pull(WAIT).text(0));
            // silent for several watchdog periods: the outlet still answers, so the connection stays
            assertEquals(null, inlet.pull(Duration.ofMillis(1500)));
            outlet.pushSample(new String[] {"b"});
            assertEquals("b", inlet.pull(WAIT).text(0));
            assertEquals(outlet.info().uid(), inlet.info().uid());
            assertEquals(List.of(), inlet.takeGaps());
        }
    }

    @Test
    void watchdogLeavesAHalfOpenConnectionForTheLiveOutlet() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        String sid = "halfopen-" + UUID.randomUUID();
        LslStreamInfo live = LslStreamInfo.create("HalfOpen", "EEG", 1, ChannelFormat.INT32, 50, sid);
        try (java.net.ServerSocket dead = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             JavaOutlet outlet = new JavaOutlet(live, config)) {
            // an outlet instance that accepted us, sent a valid start, then went silent without closing
            LslStreamInfo ghost = LslStreamInfo.create("HalfOpen", "EEG", 1, ChannelFormat.INT32, 50, sid)
                    .withEndpoints("default", dead.getLocalPort(), 0).withV4Address("127.0.0.1");
            Thread server = new Thread(() -> {
                try (java.net.Socket s = dead.accept()) {
                    java.io.InputStream in = s.getInputStream();
                    StringBuilder req = new StringBuilder();
                    while (!req.toString().endsWith("\r\n\r\n")) {
                        req.append((char) in.read());
                    }
                    SampleWriter w = SampleWriter.binary110(ChannelFormat.INT32, java.nio.ByteOrder.LITTLE_ENDIAN);
                    w.writeRaw(("LSL/110 200 OK\r\nUID: " + ghost.uid() + "\r\nByte-Order: 1234\r\n"
                            + "Suppress-Subnormals: 0\r\nData-Protocol-Version: 110\r\n\r\n").getBytes());
                    for (int o : TestPatterns.OFFSETS) {
                        LslSample p = TestPatterns.sample(ChannelFormat.INT32, 1, o);
                        w.write(p.timestamp(), p.values());
                    }
                    w.write(LslClock.now(), new int[] {7});
                    w.flushTo(s.getOutputStream());
                    Thread.sleep(30_000);
                } catch (java.io.IOException | InterruptedException e) {
                    // released
                }
            });
            server.setDaemon(true);
            server.start();
            try (JavaInlet inlet = new JavaInlet(ghost, config, new InletOptions(360, 0, true, 0.5))) {
                inlet.open(WAIT);
                assertEquals(7, inlet.pull(WAIT).value(0), 0.0);
                long deadline = System.nanoTime() + 20_000_000_000L;
                LslSample s = null;
                while (s == null && System.nanoTime() < deadline) {
                    outlet.pushSample(new int[] {42});
                    s = inlet.pull(Duration.ofMillis(100));
                }
                assertNotNull(s, "the inlet moved to the live outlet");
                assertEquals(42, s.value(0), 0.0);
                assertEquals(outlet.info().uid(), inlet.info().uid());
                assertEquals(1, inlet.takeGaps().size());
            }
            server.interrupt();
        }
    }
}
