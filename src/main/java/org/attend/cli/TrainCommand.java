package org.attend.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.decode.AttendDecoder;
import org.attend.decode.AttendSettings;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.experiment.Dataset;
import org.attend.experiment.Epocher;
import org.attend.experiment.ExperimentConfig;
import org.attend.experiment.IirBandPass;
import org.attend.experiment.Paradigm;
import org.attend.experiment.RecordingRunLoader;
import org.attend.experiment.SubjectEpochs;
import org.attend.nn.TrainingOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend train}: trains the {@code attend} network on a dataset's subjects (each aligned on its own)
 * and writes a model folder: {@code model.json}, weights, alignment reference and training curve.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the attention-weighted neural decoder (attend) and write a model folder.")
public final class TrainCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "eegmmidb",
            description = "eegmmidb (SNNN/SNNNRkk.edf) or folder (SUBJECT/[SESSION/]RUN.*); default ${DEFAULT-VALUE}")
    String dataset;

    @Option(names = "--data", paramLabel = "DIR",
            description = "dataset folder (default for eegmmidb: the cache of 'attend data get')")
    Path data;

    @Option(names = "--subjects", defaultValue = "all", description = "e.g. 1-12 or 1,3,5-7, or all (default)")
    String subjects;

    @Option(names = "--paradigm", defaultValue = Paradigm.LEFT_RIGHT,
            description = "left-right-imagery (default), left-right (with --runs), left-right-rest or "
                    + "hands-feet-imagery")
    String paradigm;

    @Option(names = "--runs", split = ",", description = "run ids, or imagery, executed or both (eegmmidb's "
            + "imagined and/or executed runs of the paradigm; default: the paradigm's runs)")
    List<String> runs;

    @Option(names = "--tmin", defaultValue = "0.5", description = "window start after the cue, s (default ${DEFAULT-VALUE})")
    double tmin;

    @Option(names = "--tmax", defaultValue = "3.5", description = "window end after the cue, s (default ${DEFAULT-VALUE})")
    double tmax;

    @Option(names = "--band-low", defaultValue = "4", description = "band-pass lower edge, Hz (default ${DEFAULT-VALUE})")
    double bandLow;

    @Option(names = "--band-high", defaultValue = "38", description = "band-pass upper edge, Hz (default ${DEFAULT-VALUE})")
    double bandHigh;

    @Option(names = "--channels", split = ",", description = "channels to train on, in this order (default: all)")
    List<String> channels;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "model folder to write, e.g. models/NAME")
    Path out;

    @Option(names = "--epochs", defaultValue = "80", description = "most training epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "seed of weights, split, shuffling (default ${DEFAULT-VALUE})")
    int seed;

    @Mixin
    NnRuntimeOptions runtime;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        runtime.start();
        ExperimentConfig config = new ExperimentConfig(dataset, data, subjects, paradigm, null, runs, tmin, tmax,
                bandLow, bandHigh, channels, null, null, null, null, null, null, null, null, null).withDefaults();
        Dataset d = config.resolveDataset();
        Paradigm p = config.resolveParadigm();
        List<String> ids = config.resolveSubjects(d);
        Epocher epocher = new Epocher(new RecordingRunLoader(), new IirBandPass());
        List<LabeledEpochs> groups = new ArrayList<>();
        int[] perClass = new int[p.classes().size()];
        for (String subject : ids) {
            SubjectEpochs e = epocher.epochs(d, subject, p);
            groups.add(e.epochs());
            int[] counts = e.epochs().classCounts();
            for (int k = 0; k < counts.length; k++) {
                perClass[k] += counts[k];
            }
            LOG.info("subject {}: {} trials", subject, e.epochs().size());
        }
        LabeledEpochs first = groups.get(0);
        InputContract contract = new InputContract(first.channels(), first.sampleRateHz(), p.windowSeconds(),
                p.bandLowHz(), p.bandHighHz(), p.classes());
        AttendSettings settings = new AttendSettings(runtime.choice(), runtime.threads,
                TrainingOptions.defaults().withEpochs(epochs).withSeed(seed).withProgress(true), true, 0.2);
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("dataset", d.name());
        training.put("subjects", ids);
        training.put("paradigm", p.name());
        training.put("runs", p.runs());
        training.put("events", p.events());
        training.put("windowAfterCueSeconds", List.of(p.tminSeconds(), p.tmaxSeconds()));
        training.put("bandPass", "zero-phase Butterworth " + p.bandLowHz() + "-" + p.bandHighHz()
                + " Hz over each whole run (IirBandPass), before epoching");
        training.put("trialsPerClass", perClass);
        training.put("command", "attend " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        try (AttendDecoder decoder = new AttendDecoder(contract, settings)) {
            decoder.describeTraining(training);
            long start = System.nanoTime();
            decoder.fitSubjects(groups);
            decoder.save(out);
            System.out.printf("trained attend on %d subjects (%d trials) in %.0f s: validation accuracy %.3f "
                            + "(epoch %d of %d); model in %s%n", ids.size(), java.util.Arrays.stream(perClass).sum(),
                    (System.nanoTime() - start) / 1e9,
                    decoder.history().best().validationAccuracy(), decoder.history().bestEpoch(),
                    decoder.history().epochs().size(), out);
        }
        return 0;
    }
}
