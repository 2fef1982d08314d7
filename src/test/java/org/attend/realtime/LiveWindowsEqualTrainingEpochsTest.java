package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.dsp.Preprocessing;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.experiment.Epocher;
import org.attend.experiment.Paradigm;
import org.attend.experiment.RecordingRunLoader;
import org.attend.format.Recordings;
import org.attend.source.FileSource;
import org.attend.source.SourceRead;
import org.attend.testing.RecordedS001;
import org.junit.jupiter.api.Test;

/**
 * The contract's one description of the preprocessing gives the same samples live and in training: a
 * calibration epoch cut by the real-time classes from a replay (chunks of 1/16 s through the contract's streaming
 * chain, cue-locked by {@link CalibrationRecorder}) equals the epoch {@code attend train} cuts from the same run
 * ({@link Epocher} through the same contract), trial by trial.
 */
class LiveWindowsEqualTrainingEpochsTest {

    private static final Path RUN = Path.of(System.getProperty("attend.home", "."), "recordings", "eegmmidb",
            "S001R04.edf");

    @Test
    void aWindowCutLiveFromAReplayEqualsTheTrainingEpochOfTheSameTrial() throws Exception {
        // every stage of the chain: common-average reference over all 64 channels, 50 Hz notch, band-pass
        Preprocessing chain = new Preprocessing(Preprocessing.COMMON_AVERAGE, 50, false, Preprocessing.BUTTERWORTH, 4,
                8, 30, true);
        List<String> channels = List.of("C3", "Cz", "C4", "Fc3", "Cp4");
        InputContract contract = new InputContract(channels, 160, 3, List.of("left", "right"), chain);
        double tmin = 0.5;

        LabeledEpochs live;
        try (FileSource source = new FileSource(Recordings.read(RUN), 0.0625, FileSource.defaultClasses(RUN))) {
            StreamingPreprocessor preprocessor = contract.preprocessing().streaming(contract.sampleRateHz(),
                    source.info().channelCount());
            CalibrationRecorder recorder = new CalibrationRecorder(contract, contract.classes(),
                    source.info().channels().indicesOf(channels), tmin);
            for (SourceRead read = source.read(Duration.ZERO); !read.ended(); read = source.read(Duration.ZERO)) {
                preprocessor.process(read.chunk().data());
                recorder.add(read.chunk(), read.markers());
            }
            live = recorder.epochs();
        }

        Paradigm lr = Paradigm.named(Paradigm.LEFT_RIGHT);
        Paradigm oneRun = new Paradigm(lr.name(), List.of("R04"), lr.events(), tmin, tmin + 3, 8, 30, List.of(), 0);
        LabeledEpochs training = Epocher.forContract(new RecordingRunLoader(), contract)
                .epochs(new RecordedS001(), "1", Epocher.paradigmFor(oneRun, contract)).epochs();

        assertEquals(15, training.size(), "S001R04 has 15 cued trials");
        assertEquals(training.size(), live.size());
        assertArrayEquals(training.labels(), live.labels());
        assertEquals(training.channels(), live.channels());
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < training.size(); i++) {
            for (int c = 0; c < channels.size(); c++) {
                float[] a = training.data()[i][c];
                float[] b = live.data()[i][c];
                assertEquals(contract.windowSamples(), b.length);
                for (int n = 0; n < a.length; n++) {
                    worst = Math.max(worst, Math.abs(a[n] - b[n]));
                    scale = Math.max(scale, Math.abs(a[n]));
                }
            }
        }
        assertTrue(scale > 1, "the epochs carry signal (peak " + scale + " uV)");
        assertTrue(worst <= 1e-5, "largest difference " + worst + " uV");
    }
}
