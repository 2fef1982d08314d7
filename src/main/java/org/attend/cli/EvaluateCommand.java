package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.decode.Decoders;
import org.attend.experiment.CellEngine;
import org.attend.experiment.Epocher;
import org.attend.decode.SelfPacedDecoder;
import org.attend.experiment.Evaluation;
import org.attend.experiment.EvaluationFolder;
import org.attend.experiment.Paradigm;
import org.attend.experiment.PseudoOnline;
import org.attend.experiment.PseudoOnlineEvaluation;
import org.attend.realtime.SelfPacing;
import org.attend.experiment.EvaluationReport;
import org.attend.experiment.ExperimentConfig;
import org.attend.experiment.RecordingRunLoader;
import org.attend.experiment.ResultTables;
import org.attend.experiment.Scheme;
import org.attend.source.DeviceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attend evaluate}: MOABB-style offline evaluation of decoders on recorded datasets, its summary printed as
 * a table. Its output folder is its own ({@link EvaluationFolder}): a folder of an earlier evaluation resumes from
 * the stored cells, any other non-empty folder needs {@code --force}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate decoders on a dataset (cross-validation, cross-session, cross-subject, transfer or "
                + "test of a trained model); writes results.csv, summary.csv and report.html with charts.",
            "Options override the values of the optional experiment YAML file."})
public final class EvaluateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Parameters(arity = "0..1", paramLabel = "EXPERIMENT.yaml", description = "experiment file (same keys as the options)")
    Path experiment;

    @Option(names = "--dataset", paramLabel = "NAME|DIR", description = "eegmmidb (SNNN/SNNNRkk.edf) or folder (SUBJECT/[SESSION/]RUN.*)")
    String dataset;

    @Option(names = "--data", paramLabel = "DIR",
            description = "dataset folder (default for eegmmidb: the cache of 'attend data get')")
    Path data;

    @Option(names = "--subjects", paramLabel = "IDS", description = "e.g. 1-12 or 1,3,5-7, or all (default)")
    String subjects;

    @Option(names = "--paradigm", paramLabel = "NAME", description = "left-right-imagery (default), left-right (with --runs), "
            + "left-right-rest, hands-feet-imagery, or a name for the classes given with --events")
    String paradigm;

    @Option(names = {"--classes", "--events"}, split = ",", paramLabel = "LABEL=CLASS",
            description = "marker labels to classes, e.g. T1=left,T2=right, as in replay and live")
    Map<String, String> events;

    @Option(names = "--runs", split = ",", paramLabel = "RUN", description = "run ids to use, e.g. R04,R08, or imagery, executed or both "
            + "(eegmmidb's imagined and/or executed runs of the paradigm)")
    List<String> runs;

    @Option(names = "--tmin", paramLabel = "SECONDS", description = "window start after the cue, s (default 0)")
    Double tmin;

    @Option(names = "--tmax", paramLabel = "SECONDS", description = "window end after the cue, s (default 3)")
    Double tmax;

    @Option(names = "--band", converter = BandConverter.class, paramLabel = "LOW-HIGH",
            description = "band-pass, Hz, as in every command (default 8-32, MOABB's)")
    BandConverter.Band band;

    @Option(names = "--band-low", paramLabel = "HZ", hidden = true, description = "band-pass lower edge, Hz")
    Double bandLow;

    @Option(names = "--band-high", paramLabel = "HZ", hidden = true, description = "band-pass upper edge, Hz")
    Double bandHigh;

    @Option(names = "--channels", split = ",", paramLabel = "CHANNEL", description = "channels to keep (default: all EEG channels)")
    List<String> channels;

    @Option(names = "--trial-seconds", paramLabel = "SECONDS", description = "seconds per decision for the ITR (default: the window)")
    Double trialSeconds;

    @Option(names = "--scheme", paramLabel = "NAME", description = "within-session (default), cross-session, leave-one-subject-out, "
            + "transfer, test, subject-holdout (with --train-subjects), pseudo-online (each subject's runs replayed "
            + "through the real-time path: the first --calibration-trials per class calibrate, the rest is decoded "
            + "window by window and scored against the cues: false activations per minute, trials answered, ...)")
    String scheme;

    @Option(names = "--detector", paramLabel = "KIND|none", defaultValue = SelfPacedDecoder.DEFAULT_DETECTOR,
            description = "pseudo-online: intent detector beside each decoder (default ${DEFAULT-VALUE}); none for "
                    + "the decoder alone with the default policy")
    String detector;

    @Option(names = "--max-false-per-min", paramLabel = "R",
            defaultValue = "" + SelfPacing.DEFAULT_MAX_FALSE_PER_MINUTE,
            description = "pseudo-online: false-activation budget the policy is fitted to (default ${DEFAULT-VALUE})")
    double maxFalsePerMinute;

    @Option(names = "--hop", paramLabel = "SECONDS", defaultValue = "0.125",
            description = "pseudo-online: time between decisions (default ${DEFAULT-VALUE} s)")
    double hopSeconds;

    @Option(names = "--train-subjects", paramLabel = "IDS",
            description = "training group of --scheme subject-holdout, e.g. 1-12 (--subjects is the test group)")
    String trainSubjects;

    @Option(names = "--folds", paramLabel = "K", description = "k of the within-session stratified k-fold (default 5)")
    Integer folds;

    @Option(names = "--calibration-trials", paramLabel = "N", description = "target-subject trials for the transfer scheme (default 10)")
    Integer calibrationTrials;

    // split on commas outside brackets; the help shows DECODER,DECODER... and not the regex
    @Option(names = "--decoders", split = ",(?![^\\[]*\\])", splitSynopsisLabel = ",", paramLabel = "DECODER",
            description = "e.g. csp-lda,ts-lr,mdm,fbcsp-lda,"
            + "model:DIR,finetune:DIR,torchscript:FILE.pt, or a plugin's name; options in brackets, a grid with |: "
            + "'attend[lr=1e-3|3e-3,epochs=40|80]' is one decoder per setting")
    List<String> decoders;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default ./evaluation); a folder of "
            + "an earlier evaluation resumes from its stored cells, any other non-empty folder needs --force")
    Path out;

    @Option(names = "--force", description = "write into a non-empty --out folder that holds no earlier evaluation "
            + "(its files are kept, same-named ones overwritten)")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "subjects evaluated in parallel (default: all cores)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the fold assignment and every random choice (default 42)")
    Long seed;

    @Mixin
    EngineOptions engine;

    @Option(names = "--plugins", split = ",", paramLabel = "JAR", description = "jars with more decoders (also in the "
            + "experiment file)")
    List<Path> plugins;

    @picocli.CommandLine.Mixin
    DecoderOptionFlags decoderOptions;

    @Override
    public Integer call() throws Exception {
        Double[] edges = BandConverter.Band.orEdges(band, bandLow != null || bandHigh != null, bandLow, bandHigh);
        ExperimentConfig options = new ExperimentConfig(dataset, data, subjects, paradigm, events, runs, tmin, tmax,
                edges[0], edges[1], channels, trialSeconds, scheme, folds, calibrationTrials, decoders, out, threads,
                seed, plugins);
        ExperimentConfig config = experiment == null ? options.withDefaults()
                : options.orElse(ExperimentConfig.read(experiment)).withDefaults();
        EvaluationFolder.check("--out", config.out(), force);
        ClassLoader loader = Decoders.withPlugins(config.plugins());
        var d = config.resolveDataset();
        PrintWriter printed = spec.commandLine().getOut();
        // the arguments as given to attend, the command's name with them
        List<String> words = new ArrayList<>(List.of("attend"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        String command = ShellLine.of(words);
        if (PseudoOnline.NAME.equals(config.scheme())) {
            Paradigm paradigm = config.resolveParadigm();
            PseudoOnline.Settings defaults = PseudoOnline.Settings.defaults();
            PseudoOnline.Settings settings = new PseudoOnline.Settings(config.calibrationTrials(), hopSeconds,
                    trialSeconds != null ? trialSeconds : defaults.trialSeconds(),
                    "none".equals(detector) ? null : detector, maxFalsePerMinute, defaults.policy());
            PseudoOnlineEvaluation.Plan plan = new PseudoOnlineEvaluation.Plan(d, paradigm,
                    config.resolveSubjects(d), config.decoders(), settings, config.out(), command);
            EvaluationFolder folder = EvaluationFolder.take("--out", config.out(), force);
            new PseudoOnlineEvaluation(loader).run(plan, printed);
            folder.finish();
            printed.println("results: " + config.out().resolve("results.csv") + ", report: "
                    + config.out().resolve("report.html"));
            printed.flush();
            return 0;
        }
        Evaluation.Plan plan = new Evaluation.Plan(d, config.resolveParadigm(), config.resolveSubjects(d),
                Scheme.named(config.scheme(), config.folds(), config.calibrationTrials(),
                        trainSubjects == null ? List.of() : ExperimentConfig.resolveSubjects(trainSubjects, d, d.name())),
                config.decoders(),
                config.out(), config.threads(), config.seed(), decoderOptions.options());
        EvaluationFolder folder = EvaluationFolder.take("--out", plan.out(), force);
        Evaluation.Outcome outcome;
        try (CellEngine cells = engine.open(config.threads(), loader, config.plugins())) {
            outcome = new Evaluation(new Epocher(new RecordingRunLoader(), Epocher.MNE_IIR), loader).run(plan, cells);
        }
        Path report = EvaluationReport.write(plan, outcome, command, DeviceProfiles.load(AttendHome.resolve("devices")));
        folder.finish();
        ResultTables.summaryTable(outcome.cells()).forEach(printed::println);
        printed.println("results: " + plan.out().resolve("results.csv") + ", report: " + report);
        printed.flush();
        return 0;
    }
}
