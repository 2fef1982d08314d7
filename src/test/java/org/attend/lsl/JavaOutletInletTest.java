package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A Java outlet and a Java inlet on 127.0.0.1, for every channel format and both data protocols. */
@Timeout(60)
class JavaOutletInletTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @ParameterizedTest
    @EnumSource(ChannelFormat.class)
    void everyFormatArrivesBitExactWithItsTimestamps_protocol110(ChannelFormat format) throws Exception {
        roundTrip(format, LslTestSupport.loopback());
    }

    @ParameterizedTest
    @EnumSource(ChannelFormat.class)
    void everyFormatArrivesBitExact_protocol100(ChannelFormat format) throws Exception {
        LslConfig c = LslTestSupport.loopback();
        LslConfig v100 = new LslConfig(c.multicastPort(), c.basePort(), c.portRange(), c.allowRandomPorts(),
                c.ipv6(), c.resolveScope(), c.knownPeers(), c.sessionId(), 100, Optional.empty());
        roundTrip(format, v100);
    }

    private void roundTrip(ChannelFormat format, LslConfig config) throws Exception {
        int channels = 3;
        LslStreamInfo spec = LslStreamInfo.create("Java_" + format.xmlName(), "Test", channels, format, 100,
                "java-test-" + format.xmlName() + "-" + config.useProtocolVersion());
        try (JavaOutlet outlet = new JavaOutlet(spec, config);
             JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                     InletOptions.defaults())) {
            inlet.open(WAIT);
            assertEquals(1, outlet.consumerCount());
            double t0 = 1000.5;
            for (int i = 0; i < 20; i++) {
                outlet.pushSample(LslTestSupport.values(format, channels, i), t0 + i * 0.01, true);
            }
            // a chunk stamped by its last sample: first transmitted (back-dated), others deduced
            outlet.pushChunk(LslTestSupport.samples(format, channels, 20, 10), t0 + 29 * 0.01);
            List<LslSample> got = new ArrayList<>();
            while (got.size() < 30) {
                LslSample s = inlet.pull(WAIT);
                assertNotNull(s, "sample " + got.size() + " did not arrive");
                got.add(s);
            }
            for (int i = 0; i < 30; i++) {
                assertEquals(t0 + i * 0.01, got.get(i).timestamp(), 1e-9, "timestamp of sample " + i);
                assertArrayEquals(new Object[] {LslTestSupport.values(format, channels, i)},
                        new Object[] {got.get(i).values()}, "values of sample " + i);
            }
            assertEquals(0, inlet.takeLostSamples());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChannelFormat.class, names = {"FLOAT32", "STRING"})
    void fullInfoCarriesTheChannelDescription(ChannelFormat format) throws Exception {
        LslConfig config = LslTestSupport.loopback();
        LslStreamInfo spec = LslStreamInfo.create("Desc_" + format.xmlName(), "EEG", 2, format, 0, "desc-test")
                .withChannels(List.of("C3", "C4"), "microvolts", "EEG");
        try (JavaOutlet outlet = new JavaOutlet(spec, config);
             JavaInlet inlet = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                     InletOptions.defaults())) {
            LslStreamInfo full = inlet.fullInfo(WAIT);
            assertEquals(List.of("C3", "C4"), full.channelLabels());
            assertEquals(List.of("microvolts", "microvolts"), full.channelUnits());
            assertEquals(outlet.info().uid(), full.uid());
            assertTrue(full.v4dataPort() >= config.basePort() && full.v4dataPort() < config.basePort() + config.portRange());
        }
    }

    @org.junit.jupiter.api.Test
    void everyConnectedInletGetsEverySampleInOrder() throws Exception {
        LslConfig config = LslTestSupport.loopback();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Fan", "EEG", 8, ChannelFormat.FLOAT32, 1000,
                "fan-out"), config)) {
            List<JavaInlet> inlets = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    JavaInlet in = new JavaInlet(outlet.info().withV4Address("127.0.0.1"), config,
                            InletOptions.defaults());
                    inlets.add(in);
                    in.open(WAIT);
                }
                assertEquals(3, outlet.consumerCount());
                for (int k = 0; k < 2000; k++) {
                    float[] v = new float[8];
                    v[7] = k;
                    outlet.pushSample(v, 10 + k * 0.001, k % 10 == 9);
                }
                for (JavaInlet in : inlets) {
                    for (int k = 0; k < 2000; k++) {
                        LslSample s = in.pull(WAIT);
                        assertNotNull(s, "sample " + k);
                        assertEquals(k, s.value(7), 0.0);
                    }
                    assertEquals(0, in.takeLostSamples());
                }
            } finally {
                for (JavaInlet in : inlets) {
                    in.close();
                }
            }
        }
    }
}
