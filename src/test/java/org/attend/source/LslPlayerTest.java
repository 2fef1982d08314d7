package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attend.format.Annotation;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.RecordingFormat;
import org.attend.lsl.InletOptions;
import org.attend.lsl.JavaBackend;
import org.attend.lsl.LslConfig;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.attend.testing.TestFiles;

@Timeout(60)
class LslPlayerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void publishesEverySampleAndEventOnTheRecordingsTimeline() throws Exception {
        JavaBackend backend = new JavaBackend(TestFiles.loopbackLsl());
        int n = 60;
        float[][] data = new float[2][n];
        double[] ts = new double[n];
        for (int i = 0; i < n; i++) {
            data[0][i] = i;
            data[1][i] = 1000 + i;
            ts[i] = 7.0 + i / 100.0;
        }
        RecordedStream eeg = new RecordedStream(new StreamInfo("Rec", "EEG", ChannelLayout.of("C3", "C4"), 100, "uV",
                "file"), "float32", List.of("uV", "uV"), List.of("EEG", "EEG"), new double[] {100, 100}, data, null, ts);
        Recording rec = new Recording(Path.of("test.edf"), RecordingFormat.EDF, null, List.of(eeg),
                List.of(new Annotation(0.1, 0, "T1"), new Annotation(0.45, 0, "T2")), List.of());
        try (LslPlayer player = new LslPlayer(backend, rec, "PlayerTest-" + System.nanoTime())) {
            List<LslStreamInfo> streams = player.streams();
            assertEquals(2, streams.size());
            try (LslInlet sig = open(backend, streams.get(0)); LslInlet mrk = open(backend, streams.get(1))) {
                assertEquals(List.of("C3", "C4"), sig.fullInfo(WAIT).channelLabels());
                assertEquals(n, player.play(() -> false, sent -> { }));
                LslSample first = sig.pull(WAIT);
                assertNotNull(first);
                for (int i = 1; i < n; i++) {
                    LslSample s = sig.pull(WAIT);
                    assertNotNull(s, "sample " + i);
                    assertEquals(i, s.value(0), 0.0);
                    assertEquals(1000 + i, s.value(1), 0.0);
                    assertEquals(i / 100.0, s.timestamp() - first.timestamp(), 1e-9);
                }
                LslSample t1 = mrk.pull(WAIT);
                LslSample t2 = mrk.pull(WAIT);
                assertEquals("T1", t1.text(0));
                assertEquals("T2", t2.text(0));
                assertEquals(0.1, t1.timestamp() - first.timestamp(), 1e-9);
                assertEquals(0.45, t2.timestamp() - first.timestamp(), 1e-9);
            }
        }
    }

    private static LslInlet open(JavaBackend backend, LslStreamInfo published) throws Exception {
        LslStreamInfo found = backend.resolve("source_id='" + published.sourceId() + "'", 1, WAIT).get(0);
        LslInlet inlet = backend.inlet(found, InletOptions.defaults());
        inlet.open(WAIT);
        return inlet;
    }
}
