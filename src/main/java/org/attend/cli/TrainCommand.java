package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderOptions;
import org.attend.decode.Decoders;
import org.attend.decode.NeuralDecoder;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.decode.SubjectGroupsFit;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.Preprocessing;
import org.attend.experiment.Dataset;
import org.attend.experiment.Epocher;
import org.attend.experiment.ExperimentConfig;
import org.attend.experiment.Paradigm;
import org.attend.experiment.RecordingRunLoader;
import org.attend.experiment.Split;
import org.attend.experiment.SubjectEpochs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.Arrays;

/**
 * {@code attend train}: trains the {@code attend} network on a dataset's subjects (each aligned on its own)
 * and writes a model folder: {@code model.json}, weights, alignment reference and training curve. The epochs
 * are cut from runs filtered through the preprocessing the model card records (causal by default, so that live
 * windows equal training epochs). {@code --from DIR} fine-tunes a trained model instead ({@link Decoder#fineTune}):
 * the model's contract (channels, window, preprocessing) decides the epochs, and a flag contradicting it is an
 * error.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the attention-weighted neural decoder (attend) and write a model folder.",
            "With --from DIR, fine-tune a trained model on these subjects instead."})
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

    @Option(names = "--runs", paramLabel = "RUN", split = ",",
            description = "run ids, or imagery, executed or both (eegmmidb's "
            + "imagined and/or executed runs of the paradigm; default: the paradigm's runs)")
    List<String> runs;

    @Option(names = "--tmin", defaultValue = "0",
            description = "window start after the cue, s (default ${DEFAULT-VALUE}, as evaluate)")
    double tmin;

    @Option(names = "--tmax", defaultValue = "3",
            description = "window end after the cue, s (default ${DEFAULT-VALUE}, as evaluate)")
    double tmax;

    @Option(names = "--band", converter = BandConverter.class, paramLabel = "LOW-HIGH",
            description = "band-pass, Hz, as in every command (default 8-32, as evaluate)")
    BandConverter.Band band;

    @Option(names = "--band-low", paramLabel = "HZ", defaultValue = "8", hidden = true,
            description = "band-pass lower edge, Hz (default ${DEFAULT-VALUE})")
    double bandLow;

    @Option(names = "--band-high", paramLabel = "HZ", defaultValue = "32", hidden = true,
            description = "band-pass upper edge, Hz (default ${DEFAULT-VALUE})")
    double bandHigh;

    @Option(names = "--notch", defaultValue = "0", paramLabel = "HZ",
            description = "mains notch before the band-pass, 0 for none (default ${DEFAULT-VALUE})")
    double notchHz;

    @Option(names = "--reference", defaultValue = Preprocessing.NO_REFERENCE,
            description = "none (default) or common-average (over every channel of the recording)")
    String reference;

    @Option(names = "--zero-phase", description = "filter forward and backward (offline only; live windows are "
            + "causal and will then differ from the training epochs)")
    boolean zeroPhase;

    @Option(names = "--channels", paramLabel = "CHANNEL", split = ",",
            description = "channels to train on, in this order (default: all)")
    List<String> channels;

    @Option(names = "--from", paramLabel = "DIR", description = "a trained model folder to fine-tune instead of "
            + "training from scratch")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "model folder to write, e.g. models/NAME")
    Path out;

    @Option(names = "--epochs", defaultValue = "80", description = "most training epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "seed of weights, split, shuffling (default ${DEFAULT-VALUE})")
    int seed;

    @Mixin
    NnRuntimeOptions runtime;

    @Mixin
    QuietOption quiet;

    @Mixin
    DecoderOptionFlags decoderOptions;

    @Override
    public Integer call() throws Exception {
        ExperimentConfig.subjectIds(subjects);
        OutputFolder.check("--out", out);
        runtime.start();
        DecoderOptions options = DecoderOptions.of(Map.of("device", runtime.device, "threads",
                Integer.toString(runtime.threads), "progress", "true", "epochs", Integer.toString(epochs), "seed",
                Integer.toString(seed))).overriddenBy(decoderOptions.options());
        var parsed = spec.commandLine().getParseResult();
        Double[] edges = BandConverter.Band.orEdges(band, parsed.hasMatchedOption("--band-low")
                || parsed.hasMatchedOption("--band-high"), bandLow, bandHigh);
        bandLow = edges[0];
        bandHigh = edges[1];
        ExperimentConfig config = new ExperimentConfig(dataset, data, subjects, paradigm, null, runs, tmin, tmax,
                bandLow, bandHigh, channels, null, null, null, null, null, null, null, null, null).withDefaults();
        Dataset d = config.resolveDataset();
        Paradigm p = config.resolveParadigm();
        List<String> ids = config.resolveSubjects(d);
        Decoder decoder = null;
        Epocher epocher;
        try {
            if (from != null) {
                decoder = Decoders.load(from, options);
                requireAgreement(decoder.contract());
                p = Epocher.paradigmFor(p, decoder.contract());
                epocher = Epocher.forContract(new RecordingRunLoader(), decoder.contract());
            } else {
                epocher = new Epocher(new RecordingRunLoader(), new Preprocessing(reference, notchHz, false,
                        Preprocessing.BUTTERWORTH, PreprocessorSpec.DEFAULT_ORDER, p.bandLowHz(), p.bandHighHz(),
                        !zeroPhase));
            }
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
            Map<String, Object> training = new LinkedHashMap<>();
            training.put("dataset", d.name());
            training.put("subjects", ids);
            training.put("paradigm", p.name());
            training.put("runs", p.runs());
            training.put("events", p.events());
            training.put("windowAfterCueSeconds", List.of(p.tminSeconds(), p.tmaxSeconds()));
            training.put("trialsPerClass", perClass);
            training.put("command", "attend " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            long start = System.nanoTime();
            if (decoder == null) {
                LabeledEpochs first = groups.get(0);
                InputContract contract = new InputContract(first.channels(), first.sampleRateHz(), p.windowSeconds(),
                        p.classes(), epocher.chainFor(p));
                decoder = Decoders.create(NeuralDecoder.NAME, contract, options);
                decoder.describeTraining(training);
                fit(decoder, groups, false);
            } else {
                training.put("fineTunedFrom", from.toString());
                decoder.describeTraining(training);
                fit(decoder, groups, true);
            }
            decoder.save(out);
            Object accuracy = decoder.trainingMetrics().get("validationAccuracy");
            String fit = accuracy instanceof Number a ? String.format(Locale.ROOT, ": validation accuracy %s (%s)",
                    Figures.of(a.doubleValue(), 3), decoder.trainingMetrics().get("validation")) : "";
            PrintWriter printed = spec.commandLine().getOut();
            printed.printf(Locale.ROOT, "%s %s on %d subjects (%d trials) in %.0f s%s; model in %s%n",
                    from != null ? "fine-tuned" : "trained", decoder.name(), ids.size(),
                    Arrays.stream(perClass).sum(), (System.nanoTime() - start) / 1e9, fit, out);
            validationWarning(accuracy, p.classes().size()).ifPresent(w -> printed.println("warning: " + w));
            printed.flush();
        } finally {
            if (decoder != null) {
                decoder.close();
            }
        }
        return 0;
    }

    /**
     * Why a trained model's validation cannot be trusted: its accuracy is at or below chance (one in
     * {@code classes}), or not a number; empty otherwise (and when the decoder reports none).
     */
    static Optional<String> validationWarning(Object accuracy, int classes) {
        if (!(accuracy instanceof Number a)) {
            return Optional.empty();
        }
        double chance = 1.0 / classes;
        if (!Double.isFinite(a.doubleValue())) {
            return Optional.of("the validation accuracy is not a number: nothing says this model decodes");
        }
        if (a.doubleValue() <= chance) {
            return Optional.of(String.format(Locale.ROOT, "validation accuracy %.3f is at or below chance (%.3f for "
                    + "%d classes): this model is not to be trusted", a.doubleValue(), chance, classes));
        }
        return Optional.empty();
    }

    /** Trains or fine-tunes on the subjects, each a group of its own where the decoder takes groups. */
    private static void fit(Decoder decoder, List<LabeledEpochs> groups, boolean fineTune) {
        if (decoder instanceof SubjectGroupsFit grouped) {
            if (fineTune) {
                grouped.fineTuneSubjects(groups);
            } else {
                grouped.fitSubjects(groups);
            }
        } else if (fineTune) {
            decoder.fineTune(LabeledEpochs.concat(groups));
        } else {
            decoder.fit(LabeledEpochs.concat(groups));
        }
    }

    /** With {@code --from}, a flag given on the command line must agree with the model it fine-tunes. */
    private void requireAgreement(InputContract contract) {
        var parsed = spec.commandLine().getParseResult();
        List<String> contradictions = new ArrayList<>();
        if ((parsed.hasMatchedOption("--band-low") && bandLow != contract.bandLowHz())
                || (parsed.hasMatchedOption("--band-high") && bandHigh != contract.bandHighHz())
                || (band != null && (bandLow != contract.bandLowHz() || bandHigh != contract.bandHighHz()))) {
            contradictions.add("band " + contract.bandLowHz() + "-" + contract.bandHighHz() + " Hz");
        }
        if (parsed.hasMatchedOption("--channels") && !channels.equals(contract.channels())) {
            contradictions.add("channels " + String.join(",", contract.channels()));
        }
        if ((parsed.hasMatchedOption("--tmin") || parsed.hasMatchedOption("--tmax"))
                && Math.abs((tmax - tmin) - contract.windowSeconds()) > 1e-9) {
            contradictions.add("window " + contract.windowSeconds() + " s");
        }
        if (parsed.hasMatchedOption("--notch") && notchHz != contract.preprocessing().notchHz()) {
            contradictions.add("notch " + contract.preprocessing().notchHz() + " Hz");
        }
        if (parsed.hasMatchedOption("--reference") && !reference.equals(contract.preprocessing().reference())
                || parsed.hasMatchedOption("--zero-phase") && zeroPhase == contract.preprocessing().causal()) {
            contradictions.add("preprocessing " + contract.preprocessing().describe());
        }
        if (!contradictions.isEmpty()) {
            throw new IllegalArgumentException("--from " + from + " has " + String.join(", ", contradictions)
                    + "; drop the contradicting flags (the model's contract decides)");
        }
    }
}
