package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.stream.Marker;
import org.junit.jupiter.api.Test;
import org.attend.testing.TestFiles;

class FileSourceTest {

    private static final Path R04 = Path.of(System.getProperty("attend.home", "."), "recordings", "eegmmidb",
            "S001R04.edf");

    @Test
    void replaysEverySampleInOrderWithTheCuesAsGroundTruth() throws Exception {
        Recording recording = Recordings.read(R04);
        FileSource source = new FileSource(recording, 0.1, FileSource.defaultClasses(R04));
        assertEquals(64, source.info().channelCount());
        assertEquals(160.0, source.info().sampleRateHz());
        assertFalse(source.isLive());
        float[][] expected = recording.eegStream().orElseThrow().samples();
        int at = 0;
        double previousEnd = Double.NEGATIVE_INFINITY;
        List<Marker> delivered = new ArrayList<>();
        SourceRead read;
        while (!(read = source.read(Duration.ZERO)).ended()) {
            assertTrue(read.chunk().sampleCount() == 16 || at + read.chunk().sampleCount() == expected[0].length);
            for (int c = 0; c < 64; c++) {
                for (int i = 0; i < read.chunk().sampleCount(); i++) {
                    assertEquals(expected[c][at + i], read.chunk().data()[c][i]);
                }
            }
            assertEquals(at / 160.0, read.chunk().firstTime(), 1e-12);
            for (Marker m : read.markers()) {
                assertTrue(m.time() > previousEnd && m.time() <= read.chunk().lastTime(), m + " in its chunk");
            }
            delivered.addAll(read.markers());
            previousEnd = read.chunk().lastTime();
            at += read.chunk().sampleCount();
        }
        assertEquals(expected[0].length, at);
        // S001R04: 8 left-fist (T1) and 7 right-fist (T2) cues; the 15 rest cues (T0) are not classes
        assertEquals(8, delivered.stream().filter(m -> m.label().equals("left")).count());
        assertEquals(7, delivered.stream().filter(m -> m.label().equals("right")).count());
        assertEquals(15, delivered.size());
        assertEquals(4.2, delivered.get(0).time(), 1e-9);
    }

    @Test
    void anEmptyMappingPassesEveryAnnotationThrough() throws Exception {
        FileSource source = new FileSource(Recordings.read(R04), FileSource.DEFAULT_CHUNK_SECONDS, Map.of());
        assertEquals(30, source.markers().size());
        assertEquals("T0", source.markers().get(0).label());
        assertEquals(0.0, source.markers().get(0).time());
    }

    @Test
    void classMappingsDefaultForEegmmidbImageryRuns() {
        assertEquals(Map.of("T1", "left", "T2", "right"), FileSource.defaultClasses(Path.of("x/S009R12.edf")));
        assertEquals(Map.of("T1", "hands", "T2", "feet"), FileSource.defaultClasses(Path.of("S001R06.edf")));
        assertEquals(Map.of("T1", "left", "T2", "right"), FileSource.defaultClasses(Path.of("S002R07.edf")));
        assertEquals(Map.of(), FileSource.defaultClasses(Path.of("S001R01.edf")));
    }

    @Test
    void chunkTimestampsMatchTheRecording() throws Exception {
        Recording recording = Recordings.read(R04);
        FileSource source = FileSource.open(R04);
        SourceRead first = source.read(Duration.ZERO);
        assertEquals(10, first.chunk().sampleCount()); // 1/16 s at 160 Hz
        double[] expected = new double[10];
        for (int i = 0; i < 10; i++) {
            expected[i] = recording.eegStream().orElseThrow().timestamps()[i];
        }
        assertArrayEquals(expected, first.chunk().timestamps());
    }

    @Test
    void aMultiStreamXdfReplaysItsEegStreamWithTheMarkerStreamsAsGroundTruth() throws Exception {
        Path file = TestFiles.corpus("xdf/bci-essentials/" +
                "switch_example.xdf");
        FileSource source = new FileSource(Recordings.read(file), 0.25, Map.of("Trial Started", "trial"));
        assertEquals("g.USBamp-1", source.info().name());
        assertEquals(16, source.info().channelCount());
        assertEquals(256.0, source.info().sampleRateHz());
        long trials = source.markers().stream().filter(m -> m.label().equals("trial")).count();
        assertTrue(trials > 0 && trials == source.markers().size(), "only the mapped label");
        int chunks = 0;
        int delivered = 0;
        double previous = Double.NEGATIVE_INFINITY;
        SourceRead read;
        while (!(read = source.read(Duration.ZERO)).ended()) {
            assertTrue(read.chunk().firstTime() > previous, "time goes forward");
            previous = read.chunk().lastTime();
            delivered += read.markers().size();
            chunks++;
        }
        assertEquals((34320 + 63) / 64, chunks); // 0.25 s = 64 samples at 256 Hz
        assertEquals(trials, delivered);
    }
}
