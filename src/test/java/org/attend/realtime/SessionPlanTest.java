package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.dsp.Preprocessing;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;

/** The plan's preflight: every bad setting is refused when built, with one line naming it. */
class SessionPlanTest {

    /** A source that is never read: preflight only looks at its stream info and whether it is live. */
    record InfoOnly(StreamInfo info, boolean isLive) implements Source {
        @Override
        public SourceRead read(Duration timeout) {
            return SourceRead.end();
        }

        @Override
        public void close() {
        }
    }

    private static final StreamInfo EEG = new StreamInfo("amp", "EEG", ChannelLayout.of("C3", "Cz", "C4"), 160, "uV",
            "amp-1");

    private static Decoder decoder(double windowSeconds) {
        return Decoders.create("csp-lda", new InputContract(List.of("C3", "C4"), 160, windowSeconds,
                List.of("left", "right"), Preprocessing.bandpass(8, 30).withNotch(50)));
    }

    private static SessionPlan.Builder calibration() {
        return SessionPlan.builder().setSource(new InfoOnly(EEG, false)).setCalibration(decoder(2.0), 10);
    }

    private static String refused(UnaryOperator<SessionPlan.Builder> change) {
        PreflightException e = assertThrows(PreflightException.class, () -> change.apply(calibration()).build());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aGoodPlanDerivesChannelsHopAndFilters() {
        SessionPlan plan = calibration().optHopSeconds(0.25).build();
        assertEquals(SessionPlan.Work.CALIBRATE_THEN_DECODE, plan.work());
        assertEquals(List.of(0, 2), java.util.Arrays.stream(plan.decoderChannels()).boxed().toList());
        assertEquals(40, plan.hopSamples());
        assertEquals(50, plan.preprocessing().notchHz(), "the decoder's contract decides the chain");
        assertEquals(8, plan.preprocessing().bandLowHz());
    }

    @Test
    void theMainsFrequencyIsSetOnceAndDefaultsToTheNotchOfTheDecodersChain() {
        assertEquals(50, calibration().build().mainsHz());
        Decoder sixty = Decoders.create("csp-lda", new InputContract(List.of("C3", "C4"), 160, 2.0,
                List.of("left", "right"), Preprocessing.bandpass(8, 30).withNotch(60)));
        SessionPlan.Builder plan = SessionPlan.builder().setSource(new InfoOnly(EEG, false)).setCalibration(sixty, 10);
        assertEquals(60, plan.build().mainsHz());
        assertEquals(50, plan.optMainsHz(50).build().mainsHz(), "as set wins");
        // the notch itself is the decoder's: a contract cannot carry one above Nyquist
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InputContract(
                List.of("C3", "C4"), 160, 2.0, List.of("left", "right"), Preprocessing.bandpass(8, 30).withNotch(80)));
        assertTrue(e.getMessage().contains("below Nyquist (80.0 Hz)"), e.getMessage());
    }

    @Test
    void everyOutOfRangeSettingIsNamedInOneLine() {
        assertTrue(refused(b -> b.optDurationSeconds(-1)).contains("duration must be positive"));
        assertTrue(refused(b -> b.optDurationSeconds(0)).contains("duration must be positive"));
        assertTrue(refused(b -> b.optHopSeconds(0.001)).contains("shorter than one sample"));
        assertTrue(refused(b -> b.optHopSeconds(3)).contains("window of 2.0 s is shorter than the hop of 3.0 s"));
        assertTrue(refused(b -> b.optMainsHz(55)).contains("50 or 60"));
        assertTrue(refused(b -> b.optChunkSeconds(0.001)).contains("shorter than one sample"));
        assertTrue(refused(b -> b.optStaleMillis(0)).contains("stale timeout"));
        assertTrue(refused(b -> b.optSpeed(0)).contains("speed"));
        assertTrue(refused(b -> b.optEpochOffsetSeconds(2.5)).contains("inside the 4.0 s trial"));
        assertTrue(refused(b -> b.optEpochOffsetSeconds(-0.1)).contains("inside"));
        assertTrue(refused(b -> b.optTrialSeconds(0)).contains("trial length"));
        assertTrue(refused(b -> b.setCalibration(decoder(2.0), 1)).contains("at least 2 cued trials per class"));
        assertTrue(refused(b -> b.optRecording(Path.of("/no/such/folder/x.xdf"))).contains("does not exist"));
        assertTrue(refused(b -> b.setRecordingOnly()).contains("needs a file to record to"));
    }

    @Test
    void theStreamMustMatchTheDecoder() {
        Source wrongRate = new InfoOnly(new StreamInfo("amp", "EEG", ChannelLayout.of("C3", "C4"), 250, "uV", ""),
                true);
        PreflightException rate = assertThrows(PreflightException.class,
                () -> SessionPlan.builder().setSource(wrongRate).setDecoder(decoder(2.0)).build());
        assertEquals("stream 'amp' runs at 250.0 Hz but the decoder expects 160.0 Hz", rate.getMessage());
        Source missing = new InfoOnly(new StreamInfo("amp", "EEG", ChannelLayout.of("Fz", "C4"), 160, "uV", ""),
                true);
        PreflightException channels = assertThrows(PreflightException.class,
                () -> SessionPlan.builder().setSource(missing).setDecoder(decoder(2.0)).build());
        assertTrue(channels.getMessage().startsWith("stream 'amp': ") && channels.getMessage().contains("[C3]"),
                channels.getMessage());
        Source irregular = new InfoOnly(new StreamInfo("marks", "Markers", ChannelLayout.of("m"), 0, "", ""), true);
        assertTrue(assertThrows(PreflightException.class, () -> SessionPlan.builder().setSource(irregular)
                .setDecoder(decoder(2.0)).build()).getMessage().contains("no regular sample rate"));
    }

    @Test
    void oneRuleDecidesPacingALiveSourceIsNeverPaced() {
        Source live = new InfoOnly(EEG, true);
        Source file = new InfoOnly(EEG, false);
        assertSame(live, SessionPlan.builder().setSource(live).setDecoder(decoder(2.0)).optSpeed(2).build()
                .pacedSource());
        assertInstanceOf(PacedSource.class, SessionPlan.builder().setSource(file).setDecoder(decoder(2.0)).build()
                .pacedSource());
        assertSame(file, SessionPlan.builder().setSource(file).setDecoder(decoder(2.0))
                .optSpeed(Double.POSITIVE_INFINITY).build().pacedSource());
        assertSame(live, SessionPlan.builder().setSource(live).setRecordingOnly().optRecording(Path.of("x.xdf"))
                .build().pacedSource(), "record included");
    }

    @Test
    void staleTimeoutIsTwoChunkIntervalsWithinItsBounds() {
        assertEquals(StaleTimeout.MIN_MILLIS, calibration().optChunkSeconds(1.0 / 16).build().staleMillis(), 1e-9);
        assertEquals(180, calibration().optChunkSeconds(0.09).build().staleMillis(), 1e-9);
        assertEquals(StaleTimeout.MIN_MILLIS, calibration().optChunkSeconds(1.0 / 160).build().staleMillis(), 1e-9);
        assertEquals(1000, calibration().optChunkSeconds(0.5).build().staleMillis(), 1e-9,
                "two chunks of 0.5 s, a slow outlet's bound");
        assertEquals(120, calibration().optChunkSeconds(0.5).optStaleMillis(120).build().staleMillis(), 1e-9);
        assertTrue(Double.isNaN(calibration().build().staleMillis()), "unknown chunking: the engine observes it");
    }
}
