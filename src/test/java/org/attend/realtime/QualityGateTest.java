package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.attend.control.CommandSink;
import org.attend.control.PolicyState;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.source.DeviceProfiles;
import org.attend.source.ForwardingSource;
import org.attend.source.Montages;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.Command;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A decoder channel that goes flat holds every command back, with the reason reported. */
@Timeout(180)
class QualityGateTest {

    /** The simulated headset whose C3 electrode falls off (reads 0 µV) from a time set while it runs. */
    static final class C3FallsOff extends ForwardingSource {
        private final int c3;
        volatile double fromTime = Double.POSITIVE_INFINITY;
        volatile double lastTime;

        C3FallsOff(Source inner) {
            super(inner);
            this.c3 = inner.info().channels().indexOf("C3");
        }

        @Override
        public SourceRead read(Duration timeout) throws IOException, InterruptedException {
            SourceRead read = inner.read(timeout);
            if (read.chunk() != null) {
                float[] c = read.chunk().data()[c3];
                double[] t = read.chunk().timestamps();
                for (int i = 0; i < c.length; i++) {
                    if (t[i] >= fromTime) {
                        c[i] = 0;
                    }
                }
                lastTime = read.chunk().lastTime();
            }
            return read;
        }
    }

    @Test
    void aFlatDecoderChannelHoldsCommandsAndSaysWhy() throws Exception {
        DeviceProfiles profiles = DeviceProfiles.load(Path.of(System.getProperty("attend.home"), "devices"));
        List<Command> commands = new CopyOnWriteArrayList<>();
        List<PolicyState> states = new CopyOnWriteArrayList<>();
        try (SimulatedHeadset headset = new SimulatedHeadset(SimulationSpec.leftRightRest(profiles.get("bci2000-64"),
                42))) {
            C3FallsOff source = new C3FallsOff(headset);
            StreamInfo info = source.info();
            CommandSink sink = commands::add;
            SessionResult result = SessionRunner.run(SessionPlan.builder().setSource(source)
                    .setCalibration(Decoders.create("csp-lda", new InputContract(
                            Montages.sensorimotorOrAll(info.channels()), info.sampleRateHz(), 2.0, 8, 30,
                            headset.spec().classes())), 20)
                    .optSpeed(Double.POSITIVE_INFINITY)
                    .optDurationSeconds(120)
                    .optOutput(SessionOutput.sink(context -> sink))
                    .optOutput(SessionOutput.listener(context -> new SessionListener() {
                        @Override
                        public void onPolicyState(PolicyState state) {
                            states.add(state);
                        }
                    }))
                    .optReporter(new SessionReporter() {
                        @Override
                        public void calibrated(String decoderName, CalibrateThenDecode.Calibration calibration) {
                            source.fromTime = source.lastTime + 60; // one minute online, then C3 is off
                        }
                    })
                    .build());
            double off = source.fromTime;
            assertTrue(Double.isFinite(off));
            long before = commands.stream().filter(c -> c.sourceTime() < off).count();
            long whollyFlat = commands.stream().filter(c -> c.sourceTime() >= off + 2.0).count();
            assertTrue(before >= 5, "commands while C3 is good: " + before);
            assertEquals(0, whollyFlat, "no command from a window in which C3 is flat");
            SessionSummary summary = result.online();
            // windows ending 2 s or more after C3 fell off: about 58 s at 8 decisions per second
            assertTrue(summary.heldWindows() >= 58 * 8 - 8 && summary.heldWindows() <= 60 * 8 + 8,
                    "held windows " + summary.heldWindows());
            long held = states.stream().filter(s -> "C3 flat".equals(s.heldReason())).count();
            assertEquals(summary.heldWindows(), held, "each held window says why");
            assertEquals(summary.windows() - held, states.stream().filter(s -> s.heldReason() == null).count());
        }
    }
}
