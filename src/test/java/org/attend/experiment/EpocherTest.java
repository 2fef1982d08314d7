package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attend.stream.Marker;
import org.junit.jupiter.api.Test;
import org.attend.testing.TestFiles;

class EpocherTest {

    /** A run whose channel c holds 1000·c + sample index, so every cut can be checked by value. */
    static ContinuousRun ramp(String source, List<String> channels, double fs, int samples, List<Marker> events) {
        float[][] data = new float[channels.size()][samples];
        for (int c = 0; c < data.length; c++) {
            for (int t = 0; t < samples; t++) {
                data[c][t] = 1000 * c + t;
            }
        }
        return new ContinuousRun(source, channels, fs, data, events);
    }

    private static final BandPass IDENTITY = (data, fs, lo, hi) -> data;

    private static Dataset twoRuns() {
        return new Dataset() {
            @Override
            public String name() {
                return "synthetic";
            }

            @Override
            public List<String> subjects() {
                return List.of("1");
            }

            @Override
            public List<RunRef> runs(String subject, Paradigm paradigm) {
                return List.of(new RunRef(subject, "0", "R04", Path.of("a")),
                        new RunRef(subject, "0", "R08", Path.of("b")));
            }
        };
    }

    @Test
    void cutsClassWindowsAfterEachCueInSampleUnits() throws IOException {
        RunLoader loader = file -> ramp(file.toString(), List.of("C3..", "Cz..", "C4.."), 10, 200,
                List.of(new Marker("T0", 0.5), new Marker("T1", 1.0), new Marker("T2", 5.04),
                        new Marker("T1", 19.0)));
        Paradigm p = Paradigm.named(Paradigm.LEFT_RIGHT).withChannels(List.of("C4", "C3"));
        SubjectEpochs epochs = new Epocher(loader, IDENTITY).epochs(twoRuns(), "1", p);
        // T0 is not a class; the cue at 19 s has no full 3 s window in a 20 s run
        assertEquals(4, epochs.epochs().size());
        assertArrayEquals(new int[] {0, 1, 0, 1}, epochs.epochs().labels());
        assertArrayEquals(new String[] {"R04", "R04", "R08", "R08"}, epochs.runs());
        assertEquals(List.of("C4", "C3"), epochs.epochs().channels());
        float[][] second = epochs.epochs().data()[1];
        assertEquals(30, second[0].length);
        assertEquals(2000 + 50, second[0][0]); // channel C4 (index 2), cue at 5.04 s rounds to sample 50
        assertEquals(0 + 79, second[1][29]);
    }

    @Test
    void bandPassSeesTheWholeRunWithTheParadigmBand() throws IOException {
        double[] seen = new double[3];
        BandPass spy = (data, fs, lo, hi) -> {
            seen[0] = fs;
            seen[1] = lo;
            seen[2] = hi;
            assertEquals(200, data[0].length);
            return data;
        };
        RunLoader loader = file -> ramp("x", List.of("C3"), 10, 200, List.of(new Marker("T1", 1), new Marker("T2", 9)));
        new Epocher(loader, spy).epochs(twoRuns(), "1", Paradigm.named(Paradigm.HANDS_FEET).withBand(4, 40));
        assertArrayEquals(new double[] {10, 4, 40}, seen);
    }

    @Test
    void missingChannelIsNamedWithTheFile() {
        RunLoader loader = file -> ramp("S001R04.edf", List.of("C3"), 10, 200, List.of());
        Paradigm p = Paradigm.named(Paradigm.LEFT_RIGHT).withChannels(List.of("C3", "Oz"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Epocher(loader, IDENTITY).epochs(twoRuns(), "1", p));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("S001R04.edf")
                && e.getMessage().contains("Oz"), e.getMessage());
    }

    @Test
    void paradigmClassesFollowTheEventMap() {
        Paradigm p = new Paradigm("x", List.of(), Map.of("A", "a"), 0, 1, 1, 2, List.of(), 0);
        assertEquals(List.of("a"), p.classes());
        assertEquals(1.0, p.decisionSeconds());
        assertThrows(IllegalArgumentException.class, () -> Paradigm.named("nope"));
    }

    @Test
    void eegmmidbRunsArePickedByParadigm() throws IOException {
        Path root = TestFiles.corpus("eegmmidb");
        EegmmidbDataset d = new EegmmidbDataset(root);
        assertEquals("1", d.subjects().get(0));
        assertEquals(12, d.subjects().size());
        List<RunRef> runs = d.runs("1", Paradigm.named(Paradigm.HANDS_FEET));
        assertEquals(List.of("R06", "R10", "R14"), runs.stream().map(RunRef::run).toList());
        assertEquals(root.resolve("S001").resolve("S001R10.edf"), runs.get(1).file());
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> d.runs("2", Paradigm.named(Paradigm.HANDS_FEET)));
    }

    @Test
    void folderDatasetReadsRealRecordingsWithAnEventMapping(@org.junit.jupiter.api.io.TempDir Path root)
            throws IOException {
        Path shared = TestFiles.corpus("eegmmidb/S002");
        java.nio.file.Files.createDirectories(root.resolve("alice").resolve("day1"));
        java.nio.file.Files.createDirectories(root.resolve("alice").resolve("day2"));
        java.nio.file.Files.createSymbolicLink(root.resolve("alice/day1/S002R04.edf"), shared.resolve("S002R04.edf"));
        java.nio.file.Files.createSymbolicLink(root.resolve("alice/day2/S002R08.edf"), shared.resolve("S002R08.edf"));
        java.nio.file.Files.writeString(root.resolve("alice/notes.txt"), "not a recording");
        FolderDataset d = new FolderDataset(root);
        assertEquals(List.of("alice"), d.subjects());
        Paradigm p = new Paradigm("fists", List.of(), new java.util.LinkedHashMap<>(Map.of("T1", "left")), 0, 2, 8, 30,
                List.of("C3", "C4"), 0);
        SubjectEpochs e = new Epocher(new RecordingRunLoader(), Epocher.MNE_IIR).epochs(d, "alice", p);
        assertEquals(List.of("day1", "day2"), e.sessionIds());
        assertEquals(List.of("S002R04", "S002R08"), e.runIds());
        // MNE counts 15 T1 cues with a full 2 s window in S002R04 + S002R08
        assertEquals(15, e.epochs().size(), java.util.Arrays.toString(e.runs()));
        assertEquals(320, e.epochs().data()[0][0].length);
        assertEquals(List.of("C3", "C4"), e.epochs().channels());
    }
}
