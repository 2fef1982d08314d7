package org.attend.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.attend.nn.AttendNet;
import org.attend.nn.AttendNetConfig;
import org.attend.nn.AttendNetModel;
import org.attend.nn.EuclideanAlignment;
import org.attend.nn.NetOutput;
import org.attend.nn.NetTrainer;
import org.attend.nn.NnEngine;
import org.attend.nn.OnlineAlignment;
import org.attend.nn.TrainingCurveChart;
import org.attend.nn.TrainingDivergedException;
import org.attend.nn.TrainingHistory;
import org.attend.nn.TrainingOptions;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Arrays;

/**
 * The {@value #NAME} decoder: Euclidean alignment, then {@link AttendNet}. Every prediction carries the
 * network's attention map ({@code [channel][sample]}, summing to 1; see {@link NetOutput#attentionMap}).
 *
 * <p>Alignment: training re-centres each group of epochs (one subject) on its own mean covariance; the mean
 * of those references is the prior of an {@link OnlineAlignment} that, by default, adapts to the windows
 * seen at prediction time (a new user is re-centred on their own statistics without labels).
 * {@link #predict} is therefore stateful; {@link #resetAlignment()} starts a new session.
 */
public final class AttendDecoder implements Decoder, SubjectGroupsFit {

    public static final String NAME = "attend";
    static final String WEIGHTS_FILE = "weights.params";
    static final String CURVE_FILE = "training-curve.png";
    /** How many windows the prior reference counts for, and after how many the mean starts forgetting. */
    static final int PRIOR_WEIGHT_WINDOWS = 20;
    static final int HORIZON_WINDOWS = 400;
    /** From this many training subjects on, validation holds out whole subjects instead of trials. */
    static final int MIN_SUBJECTS_FOR_SUBJECT_VALIDATION = 3;
    /** Trainings that diverge at once are retried at half the learning rate, this many times in all. */
    private static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(AttendDecoder.class);

    private final InputContract contract;
    private final AttendSettings settings;
    /** The options this decoder was made with, minus the machine's (device, threads), for the model card. */
    private final DecoderOptions options;
    private final AttendNetConfig netConfig;
    private AttendNetModel model;
    private OnlineAlignment alignment;
    private TrainingHistory history;
    private Map<String, Object> metrics = Map.of();
    private Map<String, Object> trainingInfo = Map.of();

    public AttendDecoder(InputContract contract, AttendSettings settings) {
        this(contract, settings, DecoderOptions.none());
    }

    /** An untrained decoder whose model card will record {@code options} (device and threads left out). */
    public AttendDecoder(InputContract contract, AttendSettings settings, DecoderOptions options) {
        this.contract = contract;
        this.settings = settings;
        this.options = options.without(AttendSettings.RUNTIME_KEYS);
        this.netConfig = AttendNetConfig.standard(contract.channels().size(), contract.windowSamples(),
                contract.classes().size(), contract.sampleRateHz(), contract.bandHighHz());
    }

    private AttendDecoder(ModelCard card, AttendSettings settings, DecoderOptions options, AttendNetModel model,
                          OnlineAlignment alignment) {
        this.contract = card.contract();
        this.settings = settings;
        this.options = options.without(AttendSettings.RUNTIME_KEYS);
        this.netConfig = model.config();
        this.model = model;
        this.alignment = alignment;
        this.metrics = card.metrics();
        this.trainingInfo = card.training();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InputContract contract() {
        return contract;
    }

    /** Free-form description of the training data for the model card (dataset, subjects, command). */
    public void describeTraining(Map<String, Object> info) {
        trainingInfo = Map.copyOf(info);
    }

    /** Validation metrics of the last {@link #fit} (or of the model card when loaded). */
    public synchronized Map<String, Object> metrics() {
        return metrics;
    }

    /** The curve of the last {@link #fit}, or null if this decoder was loaded. */
    public TrainingHistory history() {
        return history;
    }

    /** Trains on epochs of one subject (aligned together). */
    @Override
    public void fit(LabeledEpochs epochs) {
        fitSubjects(List.of(epochs));
    }

    /** Trains on epochs of several subjects; each subject is aligned on its own mean covariance. */
    @Override
    public synchronized void fitSubjects(List<LabeledEpochs> subjects) {
        train(subjects, false);
    }

    /**
     * Fine-tunes: continues training from the current weights on a new user's epochs, with
     * {@link AttendSettings#fineTuning()} (by default {@value AttendSettings#FINE_TUNE_EPOCHS} epochs at most,
     * a tenth of the training learning rate, early stopping on a stratified validation split of these epochs).
     * The epochs are aligned on their own mean covariance, which also becomes the prior of online alignment.
     * An untrained decoder is trained from scratch instead.
     */
    @Override
    public void fineTune(LabeledEpochs epochs) {
        fineTuneSubjects(List.of(epochs));
    }

    /** {@link #fineTune} on epochs of several subjects, each aligned on its own. */
    public synchronized void fineTuneSubjects(List<LabeledEpochs> subjects) {
        train(subjects, model != null);
    }

    private void train(List<LabeledEpochs> subjects, boolean continueFromWeights) {
        NnEngine.start(settings.threads());
        List<float[][]> windows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        DMatrixRMaj prior = new DMatrixRMaj(netConfig.channels(), netConfig.channels());
        for (int g = 0; g < subjects.size(); g++) {
            EpochInput input = EpochInput.of(subjects.get(g), contract);
            DMatrixRMaj reference = EuclideanAlignment.meanCovariance(input.windows());
            CommonOps_DDRM.addEquals(prior, reference);
            DMatrixRMaj transform = EuclideanAlignment.inverseSqrt(reference);
            for (int i = 0; i < input.windows().length; i++) {
                windows.add(EuclideanAlignment.apply(transform, input.windows()[i]));
                labels.add(input.labels()[i]);
                groupOf.add(g);
            }
        }
        CommonOps_DDRM.divide(prior, subjects.size());
        TrainingOptions options = continueFromWeights ? settings.fineTuning() : settings.training();
        // with several subjects, early stopping watches whole held-out subjects: trials of a subject the
        // network also trains on would reward epochs that learn that subject rather than what transfers
        boolean bySubject = subjects.size() >= MIN_SUBJECTS_FOR_SUBJECT_VALIDATION;
        int[][] split = bySubject
                ? subjectSplit(groupOf, subjects.size(), settings.validationFraction(), options.seed())
                : stratifiedSplit(labels, settings.validationFraction(), options.seed());
        byte[] start = continueFromWeights ? snapshotOfModel() : null;
        int attempt = 1;
        for (; ; attempt++) {
            if (continueFromWeights) {
                model.restore(start);
            } else {
                closeModel();
                model = AttendNetModel.create(netConfig, NnEngine.device(settings.device()), options.seed());
            }
            try {
                history = new NetTrainer(options).train(model, pick(windows, split[0]),
                        pickLabels(labels, split[0]), pick(windows, split[1]), pickLabels(labels, split[1]));
                break;
            } catch (TrainingDivergedException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("guard: {}; retrying at half the learning rate", e.getMessage());
                options = options.withLearningRate(options.learningRate() / 2);
            }
        }
        alignment = new OnlineAlignment(prior, settings.adaptAlignment(), PRIOR_WEIGHT_WINDOWS, HORIZON_WINDOWS);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("validationAccuracy", history.best().validationAccuracy());
        m.put("validationLoss", history.best().validationLoss());
        m.put("bestEpoch", history.bestEpoch());
        m.put("epochsRun", history.epochs().size());
        m.put("trainWindows", split[0].length);
        m.put("validationWindows", split[1].length);
        m.put("validation", bySubject ? "held-out subjects" : "held-out trials (stratified)");
        m.put("medianEpochSeconds", history.medianEpochSeconds());
        // the training guards, so that a model card shows when one fired
        m.put("trainingAttempts", attempt);
        m.put("skippedBatches", history.skippedBatches());
        if (continueFromWeights) {
            m.put("fineTuned", true);
        }
        metrics = m;
        LOG.info("{} {}: validation accuracy {} at epoch {}", continueFromWeights ? "fine-tuned" : "trained", NAME,
                history.best().validationAccuracy(), history.bestEpoch());
    }

    private byte[] snapshotOfModel() {
        try {
            return model.snapshot();
        } catch (IOException e) {
            throw new IllegalStateException("could not snapshot the loaded weights in memory", e);
        }
    }

    @Override
    public synchronized Prediction predict(Window window) {
        if (model == null) {
            throw new IllegalStateException(NAME + " decoder is not trained: fit it or load a model folder");
        }
        if (window.channelCount() != netConfig.channels() || window.sampleCount() != netConfig.samples()) {
            throw new IllegalArgumentException("window is " + window.channelCount() + " channels × "
                    + window.sampleCount() + " samples; the model takes " + netConfig.channels() + " × "
                    + netConfig.samples() + " (" + contract.windowSeconds() + " s at " + contract.sampleRateHz()
                    + " Hz)");
        }
        long start = System.nanoTime();
        NetOutput out = model.infer(new float[][][] {alignment.align(window.data())});
        float[][] attention = out.attentionMap(0, netConfig.samples());
        return new Prediction(contract.classes().toArray(new String[0]), out.probabilities()[0], attention,
                window.endTime(), System.nanoTime() - start);
    }

    /** Forgets what online alignment learnt from past windows: call it when a new user or session starts. */
    public synchronized void resetAlignment() {
        if (alignment != null) {
            alignment.reset();
        }
    }

    @Override
    public synchronized void save(Path modelDir) throws IOException {
        if (model == null) {
            throw new IllegalStateException("nothing to save: the " + NAME + " decoder is not trained");
        }
        Files.createDirectories(modelDir);
        model.save(modelDir.resolve(WEIGHTS_FILE));
        AttendModelFiles.writeAlignment(modelDir, alignment);
        if (history != null) {
            TrainingCurveChart.write(history, NAME + " " + modelDir.getFileName(), modelDir.resolve(CURVE_FILE));
        }
        AttendModelFiles.card(contract, netConfig, settings, options, alignment, trainingInfo, metrics)
                .write(modelDir);
    }

    /** A trained decoder from a folder written by {@link #save}. */
    public static AttendDecoder load(Path modelDir, AttendSettings settings) throws IOException {
        return load(modelDir, settings, DecoderOptions.none());
    }

    /** A trained decoder from a folder written by {@link #save}, made with {@code options} (for its card). */
    public static AttendDecoder load(Path modelDir, AttendSettings settings, DecoderOptions options)
            throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        AttendNetConfig config = AttendModelFiles.networkConfig(card, modelDir);
        OnlineAlignment alignment = AttendModelFiles.readAlignment(modelDir, card, settings);
        NnEngine.start(settings.threads());
        AttendNetModel model = AttendNetModel.load(config, NnEngine.device(settings.device()),
                modelDir.resolve(WEIGHTS_FILE));
        return new AttendDecoder(card, settings, options, model, alignment);
    }

    @Override
    public synchronized void close() {
        closeModel();
    }

    private void closeModel() {
        if (model != null) {
            model.close();
            model = null;
        }
    }

    /**
     * Indices of a split that holds out whole groups (subjects), {@code max(1, round(fraction × groups))} of
     * them chosen by {@code seed}: {@code {train, validation}}.
     */
    static int[][] subjectSplit(List<Integer> groupOf, int groups, double fraction, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            order.add(g);
        }
        Collections.shuffle(order, new Random(seed));
        int nValid = Math.max(1, (int) Math.round(groups * fraction));
        Set<Integer> held = new HashSet<>(order.subList(0, nValid));
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < groupOf.size(); i++) {
            (held.contains(groupOf.get(i)) ? valid : train).add(i);
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).toArray(),
            valid.stream().mapToInt(Integer::intValue).toArray()};
    }

    /** Indices of a validation split that keeps the class proportions: {@code {train, validation}}. */
    static int[][] stratifiedSplit(List<Integer> labels, double fraction, long seed) {
        Random random = new Random(seed);
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byClass.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        for (List<Integer> members : byClass.values()) {
            Collections.shuffle(members, random);
            int nValid = Math.max(1, (int) Math.round(members.size() * fraction));
            if (nValid >= members.size()) {
                throw new IllegalArgumentException("class with " + members.size()
                        + " epochs is too small for a validation split");
            }
            valid.addAll(members.subList(0, nValid));
            train.addAll(members.subList(nValid, members.size()));
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).toArray(),
            valid.stream().mapToInt(Integer::intValue).toArray()};
    }

    private static float[][][] pick(List<float[][]> all, int[] indices) {
        float[][][] out = new float[indices.length][][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = all.get(indices[i]);
        }
        return out;
    }

    private static int[] pickLabels(List<Integer> all, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = all.get(indices[i]);
        }
        return out;
    }

    /** Windows of one group in contract channel order and length, with labels in contract class order. */
    record EpochInput(float[][][] windows, int[] labels) {

        static EpochInput of(LabeledEpochs epochs, InputContract contract) {
            if (Math.abs(epochs.sampleRateHz() - contract.sampleRateHz()) > 1e-6) {
                throw new IllegalArgumentException("epochs at " + epochs.sampleRateHz() + " Hz, the model takes "
                        + contract.sampleRateHz() + " Hz");
            }
            int[] channels = new ChannelLayout(epochs.channels()).indicesOf(contract.channels());
            int[] classMap = new int[epochs.classes().size()];
            for (int k = 0; k < classMap.length; k++) {
                classMap[k] = contract.classes().indexOf(epochs.classes().get(k));
                if (classMap[k] < 0) {
                    throw new IllegalArgumentException("epochs of class '" + epochs.classes().get(k)
                            + "' but the model predicts " + contract.classes());
                }
            }
            int samples = contract.windowSamples();
            float[][][] windows = new float[epochs.size()][channels.length][];
            int[] labels = new int[epochs.size()];
            for (int i = 0; i < epochs.size(); i++) {
                float[][] trial = epochs.data()[i];
                if (trial[0].length < samples) {
                    throw new IllegalArgumentException("epoch " + i + " has " + trial[0].length
                            + " samples, the window needs " + samples);
                }
                for (int c = 0; c < channels.length; c++) {
                    windows[i][c] = Arrays.copyOf(trial[channels[c]], samples);
                    for (float v : windows[i][c]) {
                        if (!Float.isFinite(v)) {
                            throw new IllegalArgumentException("epoch " + i + ", channel "
                                    + contract.channels().get(c) + ": non-finite sample " + v);
                        }
                    }
                }
                labels[i] = classMap[epochs.labels()[i]];
            }
            return new EpochInput(windows, labels);
        }
    }
}
