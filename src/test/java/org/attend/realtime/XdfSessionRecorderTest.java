package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session recording gives every stream clock offsets, marker streams included, so that pyxdf finds a clock
 * segment for the samples of each (it warns "Segments and clock-segments differ" for a stream with samples and no
 * ClockOffset chunk).
 */
class XdfSessionRecorderTest {

    private static final int TAG_SAMPLES = 3;
    private static final int TAG_CLOCK_OFFSET = 4;

    @Test
    void everyStreamWithSamplesHasClockOffsetsUpToItsLastSample(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.xdf");
        StreamInfo eeg = new StreamInfo("EEG", "EEG", ChannelLayout.of("C3", "C4"), 100, "uV", "sim");
        try (XdfSessionRecorder recorder = new XdfSessionRecorder(file, eeg)) {
            for (int k = 0; k < 120; k++) { // 12 s in chunks of 0.1 s
                float[][] data = new float[2][10];
                double[] times = new double[10];
                for (int i = 0; i < 10; i++) {
                    times[i] = (10 * k + i) / 100.0;
                }
                List<Marker> cues = k % 40 == 5 ? List.of(new Marker("left", times[0])) : List.of();
                recorder.onChunk(new Chunk(data, times), cues);
                if (k >= 20 && k % 2 == 0) {
                    recorder.onPrediction(new Prediction(new String[] {"left", "right"}, new float[] {0.7f, 0.3f},
                            null, times[9], 1000));
                }
                if (k == 110) {
                    recorder.onCommand(new Command("left", 0.9f, times[9], 0));
                }
            }
        }
        Map<Integer, double[]> samples = new TreeMap<>();   // stream -> {count, last time stamp}
        Map<Integer, List<Double>> offsets = new TreeMap<>(); // stream -> clock offset times
        scan(Files.readAllBytes(file), samples, offsets);
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(samples.keySet()), "EEG, markers, commands, predictions");
        for (Map.Entry<Integer, double[]> e : samples.entrySet()) {
            List<Double> times = offsets.getOrDefault(e.getKey(), List.of());
            assertTrue(!times.isEmpty(), "stream " + e.getKey() + " has samples and clock offsets");
            assertTrue(times.get(times.size() - 1) >= e.getValue()[1] - 0.1, "stream " + e.getKey()
                    + ": offsets reach its last sample at " + e.getValue()[1] + ": " + times);
        }
        assertEquals(List.of(0.09, 5.09, 10.09, 11.99), offsets.get(1), "at the start, every 5 s and at the end");
    }

    /** Reads the chunks: the last time stamp of each stream's Samples chunks, and its ClockOffset times. */
    private static void scan(byte[] bytes, Map<Integer, double[]> samples, Map<Integer, List<Double>> offsets) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("XDF:", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        b.position(4);
        while (b.hasRemaining()) {
            long length = varlen(b);
            int start = b.position();
            int tag = b.getShort() & 0xFFFF;
            if (tag == TAG_CLOCK_OFFSET) {
                int stream = b.getInt();
                offsets.computeIfAbsent(stream, k -> new ArrayList<>()).add(Math.round(b.getDouble() * 1e6) / 1e6);
            } else if (tag == TAG_SAMPLES) {
                int stream = b.getInt();
                long n = varlen(b);
                double last = Double.NaN;
                for (long i = 0; i < n; i++) {
                    if (b.get() == 8) {
                        last = b.getDouble();
                    }
                    if (stream == 2 || stream == 3) {
                        b.position(b.position() + (int) varlen(b)); // one string value
                    } else {
                        b.position(b.position() + 2 * 4); // two float32 channels (EEG, predictions)
                    }
                }
                double[] s = samples.computeIfAbsent(stream, k -> new double[2]);
                s[0] += n;
                s[1] = last;
            }
            b.position((int) (start + length));
        }
    }

    private static long varlen(ByteBuffer b) {
        int width = b.get();
        return switch (width) {
            case 1 -> b.get() & 0xFF;
            case 4 -> b.getInt() & 0xFFFFFFFFL;
            default -> b.getLong();
        };
    }
}
