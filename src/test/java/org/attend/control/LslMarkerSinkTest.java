package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.attend.lsl.InletOptions;
import org.attend.lsl.JavaBackend;
import org.attend.lsl.LslConfig;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.attend.testing.TestFiles;

@Timeout(60)
class LslMarkerSinkTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final JavaBackend BACKEND = new JavaBackend(TestFiles.loopbackLsl());

    private static LslInlet connect(LslStreamInfo published) throws Exception {
        List<LslStreamInfo> found = BACKEND.resolve("source_id='" + published.sourceId() + "'", 1, WAIT);
        assertEquals(1, found.size());
        LslInlet inlet = BACKEND.inlet(found.get(0), InletOptions.defaults());
        inlet.open(WAIT);
        return inlet;
    }

    @Test
    void commandsBecomeStringMarkers() throws Exception {
        try (LslMarkerSink sink = new LslMarkerSink(BACKEND, "Cmd-" + UUID.randomUUID());
             LslInlet inlet = connect(sink.info())) {
            assertEquals("Markers", sink.info().type());
            sink.accept(new Command("left", 0.9f, 12.5, System.nanoTime()));
            sink.accept(new Command("stop", 1f, 13.0, System.nanoTime()));
            assertEquals("left", inlet.pull(WAIT).text(0));
            assertEquals("stop", inlet.pull(WAIT).text(0));
        }
    }

    @Test
    void predictionsBecomeProbabilityChannels() throws Exception {
        try (LslPredictionOutlet out = new LslPredictionOutlet(BACKEND, "Pred-" + UUID.randomUUID(),
                List.of("left", "right"));
             LslInlet inlet = connect(out.info())) {
            assertEquals(List.of("left", "right"), inlet.fullInfo(WAIT).channelLabels());
            out.publish(new Prediction(new String[] {"left", "right"}, new float[] {0.25f, 0.75f}, null, 3.0, 10));
            assertArrayEquals(new float[] {0.25f, 0.75f}, (float[]) inlet.pull(WAIT).values());
            assertThrows(IllegalArgumentException.class, () -> out.publish(
                    new Prediction(new String[] {"up", "down"}, new float[] {0.5f, 0.5f}, null, 3.0, 10)));
        }
    }

    @Test
    void oneLslOutputCarriesCommandsAsMarkersAndPredictionsAsChannels() throws Exception {
        String id = UUID.randomUUID().toString();
        try (LslOutput out = new LslOutput(BACKEND, "Cmd-" + id, "Pred-" + id, List.of("left", "right"))) {
            LslStreamInfo markers = BACKEND.resolve("name='Cmd-" + id + "'", 1, WAIT).get(0);
            LslStreamInfo probabilities = BACKEND.resolve("name='Pred-" + id + "'", 1, WAIT).get(0);
            try (LslInlet commands = connect(markers); LslInlet predictions = connect(probabilities)) {
                out.onPrediction(new Prediction(new String[] {"left", "right"}, new float[] {0.125f, 0.875f}, null,
                        4.0, 10));
                out.accept(new Command("stop", 1f, 4.0, System.nanoTime()));
                assertArrayEquals(new float[] {0.125f, 0.875f}, (float[]) predictions.pull(WAIT).values());
                assertEquals("stop", commands.pull(WAIT).text(0));
            }
        }
    }
}
