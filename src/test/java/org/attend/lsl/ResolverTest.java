package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Resolving Java outlets by predicate on 127.0.0.1, machine-scope targets, the continuous resolver. */
@Timeout(60)
class ResolverTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void machineScopeQueriesGoOnlyTo127001() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        try (ResolveAttempt a = new ResolveAttempt(config, "session_id='default'")) {
            assertEquals(List.of(new InetSocketAddress("127.0.0.1", 16571)), a.multicastWave());
            assertEquals(32, a.unicastWave().size());
            for (int i = 0; i < 32; i++) {
                assertEquals(new InetSocketAddress("127.0.0.1", 16572 + i), a.unicastWave().get(i));
            }
            String q = new String(a.queryBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(q.matches("LSL:shortinfo\r\nsession_id='default'\r\n\\d+ \\d+\r\n"), q);
        }
        assertEquals(List.of("127.0.0.1"), ResolveScope.MACHINE.ipv4Targets());
        assertEquals(List.of(), ResolveScope.MACHINE.ipv6Targets());
        assertEquals(List.of("127.0.0.1", "255.255.255.255", "224.0.0.1", "224.0.0.183", "239.255.172.215"),
                ResolveScope.SITE.ipv4Targets());
        assertEquals(List.of("FF02:113D:6FDD:2C17:A643:FFE2:1BD1:3CD2", "FF05:113D:6FDD:2C17:A643:FFE2:1BD1:3CD2"),
                ResolveScope.SITE.ipv6Targets());
        assertEquals(24, ResolveScope.SITE.ttl());
        assertEquals("127.0.0.1", config.bindAddress());
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Bound", "EEG", 1, ChannelFormat.FLOAT32, 1, "b"),
                config)) {
            List<InetSocketAddress> bound = outlet.boundAddresses();
            assertEquals(3, bound.size(), "data, service and discovery sockets");
            for (InetSocketAddress a : bound) {
                assertEquals("127.0.0.1", a.getAddress().getHostAddress(), a.toString());
            }
            assertEquals(16571, bound.get(2).getPort());
            assertEquals(outlet.info().v4dataPort(), bound.get(0).getPort());
            assertEquals(outlet.info().v4servicePort(), bound.get(1).getPort());
        }
    }

    @Test
    void predicatesSelectStreamsByNameTypeSourceIdAndTheirConjunction() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (JavaOutlet eeg = new JavaOutlet(LslStreamInfo.create("EEG-" + tag, "EEG", 4, ChannelFormat.FLOAT32, 250,
                "src-eeg-" + tag), config);
             JavaOutlet mrk = new JavaOutlet(LslStreamInfo.create("Mrk-" + tag, "Markers", 1, ChannelFormat.STRING, 0,
                     "src-mrk-" + tag), config)) {
            JavaResolver r = new JavaResolver(config);
            assertEquals(eeg.info().uid(), only(r.resolve(LslQuery.byProp("name", "EEG-" + tag), 1, WAIT)));
            assertEquals(mrk.info().uid(), only(r.resolve(LslQuery.byProp("source_id", "src-mrk-" + tag), 1, WAIT)));
            assertEquals(eeg.info().uid(), only(r.resolve(LslQuery.and(LslQuery.byProp("type", "EEG"),
                    LslQuery.byProp("source_id", "src-eeg-" + tag)), 1, WAIT)));
            assertEquals(mrk.info().uid(), only(r.resolve("type='Markers' and starts-with(name, 'Mrk-" + tag + "')",
                    1, WAIT)));
            assertEquals(List.of(), r.resolve(LslQuery.and(LslQuery.byProp("type", "Markers"),
                    LslQuery.byProp("source_id", "src-eeg-" + tag)), 1, Duration.ofMillis(1500)));
            List<String> all = r.resolveAll(Duration.ofMillis(1500)).stream().map(LslStreamInfo::uid).toList();
            assertTrue(all.containsAll(List.of(eeg.info().uid(), mrk.info().uid())), all.toString());
            LslStreamInfo found = r.resolve(LslQuery.byProp("name", "EEG-" + tag), 1, WAIT).get(0);
            assertEquals("127.0.0.1", found.v4address());
            assertEquals(eeg.info().v4dataPort(), found.v4dataPort());
        }
    }

    @Test
    void continuousResolverTracksStreamsAppearingAndGoing() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        String sid = "cont-" + UUID.randomUUID();
        try (ContinuousResolver cr = new JavaResolver(config).continuous(LslQuery.byProp("source_id", sid),
                Duration.ofSeconds(4))) {
            JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Cont", "EEG", 1, ChannelFormat.INT16, 10, sid),
                    config);
            assertTrue(waitFor(() -> cr.results().size() == 1, 10_000), "stream appears");
            assertEquals(outlet.info().uid(), cr.results().get(0).uid());
            outlet.close();
            assertTrue(waitFor(() -> cr.results().isEmpty(), 15_000), "stream is forgotten");
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier cond, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static String only(List<LslStreamInfo> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0).uid();
    }
}
