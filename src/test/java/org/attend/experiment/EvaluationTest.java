package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.dsp.Preprocessing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    private static final Paradigm PARADIGM = Paradigm.named(Paradigm.LEFT_RIGHT);
    private static final ClassLoader LOADER = EvaluationTest.class.getClassLoader();

    private static Evaluation.Outcome run(Path out, Scheme scheme, List<String> decoders, int threads, long seed)
            throws IOException {
        SyntheticImagery data = new SyntheticImagery(3);
        return new Evaluation(SyntheticImagery.epocher(), LOADER).run(new Evaluation.Plan(data, PARADIGM,
                data.subjects(), scheme, decoders, out, threads, seed));
    }

    @Test
    void withinSessionDecodesSyntheticImageryAndWritesTables(@TempDir Path out) throws IOException {
        Evaluation.Outcome outcome = run(out, new WithinSession(4), List.of("csp-lda", "mdm"), 2, 7);
        assertEquals(6, outcome.cells().size());
        for (CellResult c : outcome.cells()) {
            assertEquals(48, c.trials());
            assertTrue(c.rocAuc() > 0.9 && c.accuracy() > 0.8, c.decoder() + " " + c.rocAuc());
        }
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(results.get(0).startsWith("subject,decoder,scheme,roc_auc,accuracy,balanced_accuracy,kappa,"
                + "itr_bits_per_min,n_trials"));
        assertEquals(7, results.size());
        assertTrue(results.get(1).startsWith("1,csp-lda,within-session,"));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(3, summary.size());
        assertTrue(summary.get(1).startsWith("csp-lda,within-session,3,"));
        assertEquals(1 + 3 * 48, Files.readAllLines(out.resolve("folds.csv")).size());
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreads(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        List<CellResult> one = run(a, new WithinSession(3), List.of("ts-lr"), 1, 11).cells();
        List<CellResult> two = run(b, new WithinSession(3), List.of("ts-lr"), 3, 11).cells();
        List<CellResult> other = run(c, new WithinSession(3), List.of("ts-lr"), 3, 12).cells();
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.get(i).probabilities(), two.get(i).probabilities());
        }
        boolean anyDifferent = false;
        for (int i = 0; i < one.size(); i++) {
            anyDifferent |= !java.util.Arrays.deepEquals(one.get(i).probabilities(), other.get(i).probabilities());
        }
        assertTrue(anyDifferent, "another seed draws other folds");
    }

    @Test
    void resumedRunReusesFinishedCellsAndRecomputesStaleOnes(@TempDir Path out) throws IOException {
        run(out, new WithinSession(3), List.of("csp-lda"), 2, 5);
        Path cell = out.resolve(ResumeStore.cellPath(WithinSession.NAME, DecoderSpec.parse("csp-lda", LOADER), "2"));
        FileTime old = FileTime.fromMillis(0);
        try (Stream<Path> files = Files.walk(out.resolve("cells"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        Files.delete(out.resolve(ResumeStore.cellPath(WithinSession.NAME, DecoderSpec.parse("csp-lda", LOADER), "3")));
        Evaluation.Outcome resumed = run(out, new WithinSession(3), List.of("csp-lda"), 2, 5);
        assertEquals(3, resumed.cells().size());
        assertEquals(old, Files.getLastModifiedTime(cell), "a finished cell is not recomputed");
        assertTrue(Files.exists(out.resolve(ResumeStore.cellPath(WithinSession.NAME,
                DecoderSpec.parse("csp-lda", LOADER), "3"))));
        run(out, new WithinSession(3), List.of("csp-lda"), 2, 6);
        assertNotEquals(old, Files.getLastModifiedTime(cell), "a cell of another seed is recomputed");
    }

    @Test
    void crossSessionLeavesOneRunOut() throws IOException {
        SubjectEpochs s = SyntheticImagery.epocher().epochs(new SyntheticImagery(1), "1", PARADIGM);
        List<Split> splits = new CrossSession().splits(s, List.of(), 0);
        assertEquals(List.of("run R04", "run R08", "run R12"), splits.stream().map(Split::id).toList());
        for (Split split : splits) {
            assertEquals(16, split.test().size());
            assertEquals(32, split.train().size());
        }
    }

    @Test
    void crossSubjectSchemesPoolTheOtherSubjects(@TempDir Path out) throws IOException {
        SyntheticImagery data = new SyntheticImagery(3);
        Epocher epocher = SyntheticImagery.epocher();
        SubjectEpochs target = epocher.epochs(data, "1", PARADIGM);
        List<SubjectEpochs> others = List.of(epocher.epochs(data, "2", PARADIGM), epocher.epochs(data, "3", PARADIGM));
        Split loso = new LeaveOneSubjectOut().splits(target, others, 0).get(0);
        assertEquals(96, loso.train().size());
        assertEquals(48, loso.test().size());
        Split transfer = new Transfer(10).splits(target, others, 0).get(0);
        assertEquals(106, transfer.train().size());
        assertEquals(38, transfer.test().size());
        int[] counts = transfer.train().subset(java.util.stream.IntStream.range(96, 106).toArray()).classCounts();
        assertArrayEquals(new int[] {5, 5}, counts, "calibration trials are stratified");
        assertEquals(3, run(out, new Transfer(10), List.of("csp-lda"), 2, 1).cells().size());
    }

    @Test
    void subjectHoldoutFitsEachDecoderOnceOnTheTrainingGroupAndTestsTheOthers(@TempDir Path out) throws IOException {
        SyntheticImagery data = new SyntheticImagery(4);
        Evaluation.Outcome outcome = new Evaluation(SyntheticImagery.epocher(), LOADER).run(new Evaluation.Plan(data,
                PARADIGM, List.of("3", "4"), new SubjectHoldout(List.of("1", "2")), List.of("csp-lda"), out, 2, 5));
        List<CellResult> cells = outcome.cells();
        assertEquals(List.of("3", "4"), cells.stream().map(CellResult::subject).toList());
        assertEquals(1, cells.stream().filter(c -> c.fitSeconds() > 0).count(), "one fit for both test subjects");
        // the same numbers as one csp-lda fitted by hand on subjects 1 and 2
        Epocher epocher = SyntheticImagery.epocher();
        LabeledEpochs group = LabeledEpochs.concat(List.of(epocher.epochs(data, "1", PARADIGM).epochs(),
                epocher.epochs(data, "2", PARADIGM).epochs()));
        try (Decoder d = Decoders.create("csp-lda", new InputContract(group.channels(), SyntheticImagery.RATE, 3, 8,
                32, group.classes()))) {
            d.fit(group);
            for (int s = 0; s < 2; s++) {
                LabeledEpochs test = epocher.epochs(data, cells.get(s).subject(), PARADIGM).epochs();
                assertEquals(test.size(), cells.get(s).trials());
                for (int i = 0; i < test.size(); i++) {
                    float[] p = d.predict(new org.attend.stream.Window(test.data()[i], i, i)).probabilities();
                    assertEquals(p[1], cells.get(s).probabilities()[i][1], 1e-6);
                }
            }
        }
        var e = assertThrows(IllegalArgumentException.class, () -> new Evaluation(SyntheticImagery.epocher(), LOADER)
                .run(new Evaluation.Plan(data, PARADIGM, List.of("1", "3"), new SubjectHoldout(List.of("1", "2")),
                        List.of("csp-lda"), out.resolve("overlap"), 1, 5)));
        assertTrue(e.getMessage().contains("subject 1 is in the training group"), e.getMessage());
    }

    @Test
    void fineTuningAClassicalModelIsAPlainRefitOnEachSplit(@TempDir Path out) throws IOException {
        SyntheticImagery data = new SyntheticImagery(2);
        Preprocessing chain = Preprocessing.bandpass(8, 32);
        Epocher epocher = new Epocher(SyntheticImagery::generate, chain);
        LabeledEpochs first = epocher.epochs(data, "1", PARADIGM).epochs();
        Path model = out.resolve("model");
        try (Decoder d = Decoders.create("csp-lda", new InputContract(first.channels(), SyntheticImagery.RATE, 3,
                first.classes(), chain))) {
            d.fit(first);
            d.save(model);
        }
        List<CellResult> cells = new Evaluation(epocher, LOADER).run(new Evaluation.Plan(data, PARADIGM, List.of("2"),
                new WithinSession(4), List.of("csp-lda", "finetune:" + model, "model:" + model), out.resolve("e"), 1,
                3)).cells();
        assertEquals(List.of("csp-lda", "finetune:" + model, "model:" + model),
                cells.stream().map(CellResult::decoder).toList());
        assertArrayEquals(cells.get(0).probabilities(), cells.get(1).probabilities(),
                "refitted on the same folds as csp-lda trained from scratch");
        assertTrue(cells.get(1).fitSeconds() > 0);
        assertFalse(java.util.Arrays.deepEquals(cells.get(0).probabilities(), cells.get(2).probabilities()),
                "the model tested as it is differs");
    }

    @Test
    void testSchemeDecodesEveryTrialWithATrainedModel(@TempDir Path out) throws IOException {
        SyntheticImagery data = new SyntheticImagery(3);
        InputContract contract = new InputContract(SyntheticImagery.CHANNELS, SyntheticImagery.RATE, 3, 8, 32,
                PARADIGM.classes());
        // the model's own preprocessing: what the evaluation will cut its test trials with
        SubjectEpochs train = SyntheticImagery.epocher().withChain(contract.preprocessing()).epochs(data, "1",
                Epocher.paradigmFor(PARADIGM, contract));
        Decoder d = Decoders.create("csp-lda", contract);
        d.fit(train.epochs());
        Path model = out.resolve("model");
        d.save(model);
        List<CellResult> cells = run(out.resolve("eval"), new TestOnly(), List.of("model:" + model), 1, 0).cells();
        assertEquals(3, cells.size());
        assertEquals(48, cells.get(1).trials());
        assertTrue(cells.get(0).accuracy() > 0.8, "the training subject itself");
        assertThrows(IllegalArgumentException.class,
                () -> run(out.resolve("bad"), new TestOnly(), List.of("csp-lda"), 1, 0));
    }

    @Test
    void unknownNamesFailWithTheAlternatives() {
        var e = assertThrows(IllegalArgumentException.class, () -> DecoderSpec.parse("nope", LOADER));
        assertTrue(e.getMessage().contains("csp-lda"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scheme.named("random", 5, 1));
    }

    @Test
    void trainedModelGetsItsOwnChannelsInItsOrder() throws IOException {
        SubjectEpochs s = SyntheticImagery.epocher().epochs(new SyntheticImagery(1), "1", PARADIGM);
        InputContract contract = new InputContract(List.of("C4", "Fc3"), SyntheticImagery.RATE, 3, 8, 32,
                s.epochs().classes());
        var arranged = CellEvaluator.arrangeFor(contract, s.epochs(), "model:x");
        assertEquals(List.of("C4", "Fc3"), arranged.channels());
        assertArrayEquals(s.epochs().data()[3][5], arranged.data()[3][0]);
        assertArrayEquals(s.epochs().data()[3][0], arranged.data()[3][1]);
        InputContract otherRate = new InputContract(List.of("C4"), 128, 3, 8, 32, s.epochs().classes());
        var e = assertThrows(IllegalArgumentException.class, () -> CellEvaluator.arrangeFor(otherRate, s.epochs(), "m"));
        assertTrue(e.getMessage().contains("128"), e.getMessage());
    }

    @Test
    void torchScriptModelIsEvaluatedWithoutRefitting(@TempDir Path out) throws IOException {
        // the nn fixture: an untrained TorchScript net for 8 channels, 128 Hz, 2 s windows
        Path model = Path.of("src", "test", "resources", "decode", "torchscript");
        List<String> channels = List.of("C3", "C4", "Cz", "FC3", "FC4", "CP3", "CP4", "Pz");
        RunLoader relabelled = file -> {
            ContinuousRun run = SyntheticImagery.generate(file);
            return new ContinuousRun(run.source(), channels, 128, run.data(), run.events());
        };
        SyntheticImagery data = new SyntheticImagery(2);
        Evaluation.Outcome outcome = new Evaluation(new Epocher(relabelled, SyntheticImagery.IDENTITY), LOADER)
                .run(new Evaluation.Plan(data, PARADIGM.withWindow(0, 2), data.subjects(), new WithinSession(3),
                        List.of("torchscript:" + model), out, 1, 0));
        for (CellResult cell : outcome.cells()) {
            assertEquals(0.0, cell.fitSeconds(), "never refitted");
            assertEquals(cell.labels().length, cell.probabilities().length);
            for (double[] p : cell.probabilities()) {
                assertEquals(1.0, p[0] + p[1], 1e-5);
            }
        }
    }
}
