package org.attend.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attend.nn.Mirror;
import org.attend.nn.NetModel;
import org.attend.nn.NetOutput;
import org.attend.nn.NetTrainer;
import org.attend.nn.NetworkShape;
import org.attend.nn.NnEngine;
import org.attend.nn.OnlineAlignment;
import org.attend.nn.TemperatureScaling;
import org.attend.nn.TrainingCurveChart;
import org.attend.nn.TrainingDivergedException;
import org.attend.nn.TrainingHistory;
import org.attend.nn.TrainingRecipe;
import org.attend.nn.ValidationSplit;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neural decoder {@value #NAME}: Euclidean alignment ({@link SubjectAlignment}), then any network plugin
 * ({@code net=NAME}, {@link org.attend.nn.NetworkFactory}) trained by a {@link TrainingRecipe}, one network or a
 * seed ensemble whose probabilities are averaged. Every prediction carries the networks' attention map
 * ({@code [channel][sample]}, summing to 1) where the network has one.
 *
 * <p>Adaptation at run time, without labels: online alignment re-centres the user's windows on their own mean
 * covariance ({@code adapt-alignment}, on by default), and the networks' {@link org.attend.nn.AdaptiveNorm}
 * layers may re-estimate their normalisation statistics on the user's windows within a cap
 * ({@code adapt-norm}). {@link #predict} is therefore stateful; {@link #resetAdaptation()} starts a new session.
 */
public final class NeuralDecoder implements Decoder, SubjectGroupsFit {

    /** The registered name. */
    public static final String NAME = "attend";
    static final String CURVE_FILE = "training-curve.png";
    /** Trainings that diverge at once are retried at half the learning rate, this many times in all. */
    private static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(NeuralDecoder.class);

    private final InputContract contract;
    private final NeuralSettings settings;
    /** The options this decoder was made with, minus the machine's, for the model card. */
    private final DecoderOptions options;
    private final List<NetModel> members = new ArrayList<>();
    private ViewFusion fusion;
    /** Divides the averaged probabilities' logs before they are renormalised ({@link TemperatureScaling}). */
    private double temperature = 1;
    private OnlineAlignment alignment;
    private List<TrainingHistory> histories = List.of();
    private Map<String, Object> metrics = Map.of();
    private Map<String, Object> trainingInfo = Map.of();

    /** An untrained decoder whose model card will record {@code options} (device and threads left out). */
    public NeuralDecoder(InputContract contract, NeuralSettings settings, DecoderOptions options) {
        this.contract = contract;
        this.settings = settings;
        this.options = options.without(NnRuntime.KEYS);
        shape(); // a contract the network cannot take fails here, before any training
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InputContract contract() {
        return contract;
    }

    /** The settings this decoder trains and adapts with. */
    public NeuralSettings settings() {
        return settings;
    }

    @Override
    public void describeTraining(Map<String, Object> info) {
        trainingInfo = Map.copyOf(info);
    }

    @Override
    public synchronized Map<String, Object> trainingMetrics() {
        return metrics;
    }

    /** The curves of the last {@link #fit}, one per ensemble member; empty if this decoder was loaded. */
    public synchronized List<TrainingHistory> histories() {
        return histories;
    }

    /** Trains on epochs of one subject (aligned together). */
    @Override
    public void fit(LabeledEpochs epochs) {
        fitSubjects(List.of(epochs));
    }

    /** Trains on epochs of several subjects from scratch; each subject is aligned on its own mean covariance. */
    @Override
    public synchronized void fitSubjects(List<LabeledEpochs> subjects) {
        train(subjects, false);
    }

    /**
     * Fine-tunes: continues training every member from its current weights on a new user's epochs with the
     * fine-tuning recipe (by default {@value NeuralSettings#FINE_TUNE_EPOCHS} epochs at most, a tenth of the
     * training learning rate, early stopping on a stratified validation split). The epochs are aligned on their
     * own mean covariance, which also becomes the prior of online alignment. An untrained decoder is trained from
     * scratch instead.
     */
    @Override
    public void fineTune(LabeledEpochs epochs) {
        fineTuneSubjects(List.of(epochs));
    }

    @Override
    public synchronized void fineTuneSubjects(List<LabeledEpochs> subjects) {
        train(subjects, !members.isEmpty());
    }

    private void train(List<LabeledEpochs> subjects, boolean continueFromWeights) {
        settings.runtime().start();
        SubjectAlignment aligned = SubjectAlignment.of(
                subjects.stream().map(s -> ContractEpochs.arrange(s, contract)).toList(), contract.channels());
        TrainingRecipe recipe = continueFromWeights ? settings.fineTuning() : settings.training();
        Mirror mirror = recipe.mirror() ? mirror(contract).orElse(null) : null;
        if (recipe.mirror() && mirror == null) {
            LOG.warn("mirror augmentation off: the channels {} or the classes {} have no left-right mirror image",
                    contract.channels(), contract.classes());
            recipe = recipe.toBuilder().optMirror(false).build();
        }
        int count = continueFromWeights ? members.size() : recipe.ensemble();
        List<Member> trained = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                trained.add(trainMember(recipe.toBuilder().optSeed(recipe.seed() + i).build(), mirror, aligned,
                        continueFromWeights ? members.get(i) : null));
            }
        } catch (RuntimeException e) {
            if (!continueFromWeights) {
                trained.forEach(m -> m.model().close());
            }
            throw e;
        }
        List<TrainingHistory> curves = trained.stream().map(Member::curve).toList();
        ValidationSplit first = trained.get(0).split();
        ValidationSplit last = trained.get(trained.size() - 1).split();
        if (!continueFromWeights) {
            temperature = temperature(trained, aligned);
            closeMembers();
            trained.forEach(m -> members.add(m.model()));
        }
        if (settings.fusion() != null) {
            if (fusion != null) {
                fusion.close();
            }
            NetModel lead = members.get(0);
            fusion = ViewFusion.fit(settings.fusion(), contract, aligned, first, lead::probabilities);
        }
        members.forEach(m -> m.setAdaptation(settings.normAdaptation()));
        alignment = aligned.online(settings.adaptAlignment());
        histories = List.copyOf(curves);
        metrics = metrics(curves, continueFromWeights, last.bySubject(), last.train().length,
                last.validation().length, trained.stream().mapToInt(Member::attempts).sum());
        LOG.info("{} {} ({} × {}): validation accuracy {}", continueFromWeights ? "fine-tuned" : "trained", NAME,
                count, settings.network().name(), metrics.get("validationAccuracy"));
    }

    /**
     * The ensemble's temperature ({@link TemperatureScaling}), fitted on each new member's probabilities for its own
     * validation windows, pooled: whole held-out subjects, as a new user meets the network. It is applied to the
     * averaged probabilities, so it changes no decision of the ensemble and no ranking, only how sure it says it is.
     * A fine-tune keeps the pretrained one: a new user's few held-out trials could not estimate it.
     */
    private static double temperature(List<Member> trained, SubjectAlignment aligned) {
        List<float[]> probabilities = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Member member : trained) {
            int[] held = member.split().validation();
            probabilities.addAll(List.of(member.model().probabilities(ValidationSplit.pick(aligned.windows(), held))));
            for (int label : ValidationSplit.pick(aligned.labels(), held)) {
                labels.add(label);
            }
        }
        return TemperatureScaling.fit(probabilities.toArray(new float[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One trained network of the ensemble, the curve of its training, its validation split and its attempts. */
    private record Member(NetModel model, TrainingHistory curve, ValidationSplit split, int attempts) {
    }

    /**
     * Trains one member with {@code recipe} (its own seed, so its own validation subjects): a new network, or
     * {@code tuned} continued from its weights; a training that diverges at once is retried at half the learning
     * rate, {@value #MAX_ATTEMPTS} times in all.
     */
    private Member trainMember(TrainingRecipe recipe, Mirror mirror, SubjectAlignment aligned, NetModel tuned) {
        ValidationSplit split = ValidationSplit.of(aligned.labels(), aligned.groupOf(), aligned.groups(),
                recipe.validationFraction(), recipe.seed());
        byte[] start = tuned != null ? snapshot(tuned) : null;
        NetModel model = tuned;
        TrainingRecipe attemptRecipe = recipe;
        for (int attempt = 1; ; attempt++) {
            if (tuned != null) {
                model.restore(start);
            } else {
                if (model != null) {
                    model.close();
                }
                model = NetModel.create(settings.network().build(shape(), settings.networkOptions()),
                        NnEngine.device(settings.runtime().device()), attemptRecipe.seed());
            }
            try {
                TrainingHistory curve = new NetTrainer(attemptRecipe, mirror, settings.runtime().progress()).train(
                        model, ValidationSplit.pick(aligned.windows(), split.train()),
                        ValidationSplit.pick(aligned.labels(), split.train()),
                        ValidationSplit.pick(aligned.windows(), split.validation()),
                        ValidationSplit.pick(aligned.labels(), split.validation()));
                return new Member(model, curve, split, attempt);
            } catch (TrainingDivergedException e) {
                if (attempt == MAX_ATTEMPTS) {
                    if (tuned == null) {
                        model.close();
                    }
                    throw e;
                }
                LOG.warn("guard: {}; retrying at half the learning rate", e.getMessage());
                attemptRecipe = attemptRecipe.toBuilder().optLearningRate(attemptRecipe.learningRate() / 2).build();
            }
        }
    }

    private static Map<String, Object> metrics(List<TrainingHistory> curves, boolean fineTuned, boolean bySubject,
                                               int trainWindows, int validationWindows, int attempts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("validationAccuracy", curves.stream().mapToDouble(h -> h.best().validationAccuracy()).average()
                .orElse(Double.NaN));
        m.put("validationLoss", curves.stream().mapToDouble(h -> h.best().validationLoss()).average()
                .orElse(Double.NaN));
        m.put("bestEpoch", curves.stream().map(TrainingHistory::bestEpoch).toList());
        m.put("epochsRun", curves.stream().map(h -> h.epochs().size()).toList());
        m.put("trainWindows", trainWindows);
        m.put("validationWindows", validationWindows);
        m.put("validation", bySubject ? "held-out subjects" : "held-out trials (stratified)");
        m.put("medianEpochSeconds", curves.stream().mapToDouble(TrainingHistory::medianEpochSeconds).average()
                .orElse(Double.NaN));
        // the training guards, so that a model card shows when one fired
        m.put("trainingAttempts", attempts);
        m.put("skippedBatches", curves.stream().mapToInt(TrainingHistory::skippedBatches).sum());
        if (fineTuned) {
            m.put("fineTuned", true);
        }
        return m;
    }

    /**
     * The montage's left ↔ right reflection with left and right classes swapped; empty when a channel has no mirror
     * electrode (10-05 names: {@code C3 ↔ C4}, {@code Cz} on the midline) or the classes lack left and right.
     */
    static Optional<Mirror> mirror(InputContract contract) {
        Optional<int[]> images = new ChannelLayout(contract.channels()).mirrorIndices();
        List<String> classes = contract.classes();
        int left = classes.indexOf("left");
        int right = classes.indexOf("right");
        if (images.isEmpty() || left < 0 || right < 0) {
            return Optional.empty();
        }
        int[] channels = images.get();
        int[] classMirror = new int[classes.size()];
        for (int k = 0; k < classMirror.length; k++) {
            classMirror[k] = k == left ? right : k == right ? left : k;
        }
        return Optional.of(new Mirror(channels, classMirror));
    }

    private NetworkShape shape() {
        return new NetworkShape(contract.channels().size(), contract.classes().size(), contract.windowSamples(),
                contract.sampleRateHz(), contract.bandLowHz(), contract.bandHighHz());
    }

    private static byte[] snapshot(NetModel model) {
        try {
            return model.snapshot();
        } catch (IOException e) {
            throw new IllegalStateException("could not snapshot the loaded weights in memory", e);
        }
    }

    @Override
    public synchronized Prediction predict(Window window) {
        if (members.isEmpty()) {
            throw new IllegalStateException(NAME + " decoder is not trained: fit it or load a model folder");
        }
        int channels = contract.channels().size();
        int samples = contract.windowSamples();
        if (window.channelCount() != channels || window.sampleCount() != samples) {
            throw new IllegalArgumentException("window is " + window.channelCount() + " channels × "
                    + window.sampleCount() + " samples; the model takes " + channels + " × " + samples + " ("
                    + contract.windowSeconds() + " s at " + contract.sampleRateHz() + " Hz)");
        }
        long start = System.nanoTime();
        float[][][] input = {alignment.align(window.data())};
        float[] probabilities = null;
        float[][] attention = null;
        for (NetModel member : members) {
            NetOutput out = member.infer(input);
            probabilities = accumulate(probabilities, out.probabilities()[0]);
            float[][] map = out.attentionMap(0, channels, samples);
            if (map != null) {
                attention = attention == null ? map : addInto(attention, map);
            }
        }
        scale(probabilities, members.size());
        if (temperature != 1) {
            probabilities = TemperatureScaling.apply(probabilities, temperature);
        }
        if (fusion != null) {
            probabilities = fusion.combine(probabilities, input[0]);
        }
        if (attention != null) {
            for (float[] row : attention) {
                scale(row, members.size());
            }
        }
        return new Prediction(contract.classes().toArray(new String[0]), probabilities, attention, window.endTime(),
                System.nanoTime() - start);
    }

    private static float[] accumulate(float[] sum, float[] values) {
        if (sum == null) {
            return values.clone();
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] += values[k];
        }
        return sum;
    }

    private static float[][] addInto(float[][] sum, float[][] map) {
        for (int c = 0; c < sum.length; c++) {
            accumulate(sum[c], map[c]);
        }
        return sum;
    }

    private static void scale(float[] values, int n) {
        if (n > 1) {
            for (int k = 0; k < values.length; k++) {
                values[k] /= n;
            }
        }
    }

    /**
     * Forgets what run-time adaptation learnt from past windows (online alignment and normalisation statistics):
     * call it when a new user or session starts.
     */
    @Override
    public synchronized void resetAdaptation() {
        if (alignment != null) {
            alignment.reset();
        }
        members.forEach(NetModel::resetAdaptation);
    }

    @Override
    public synchronized void save(Path modelDir) throws IOException {
        if (members.isEmpty()) {
            throw new IllegalStateException("nothing to save: the " + NAME + " decoder is not trained");
        }
        Files.createDirectories(modelDir);
        for (int i = 0; i < members.size(); i++) {
            members.get(i).save(modelDir.resolve(NeuralModelFiles.weightsFile(i)));
        }
        AlignmentFile.write(modelDir, alignment);
        if (fusion != null) {
            fusion.save(modelDir);
        }
        if (!histories.isEmpty()) {
            TrainingCurveChart.write(histories.get(0), NAME + " " + modelDir.getFileName(),
                    modelDir.resolve(CURVE_FILE));
        }
        DecoderOptions cardOptions = options.has("net") ? options : options.with("net", settings.network().name());
        Map<String, Object> parameters = NeuralModelFiles.parameters(settings.network(),
                settings.network().resolve(shape(), settings.networkOptions()).asMap(), members.size(), settings,
                AlignmentFile.describe(alignment));
        parameters.put("temperature", temperature);
        if (fusion != null) {
            parameters.put("fusion", fusion.describe());
        }
        new ModelCard(NAME, ModelCard.currentAttendVersion(), contract, trainingInfo, metrics, parameters,
                cardOptions.asMap()).write(modelDir);
    }

    /**
     * A trained decoder from a folder written by {@link #save} (or by an earlier Attend), with the card's options
     * overridden by {@code overrides}: runtime keys, adaptation and fine-tuning settings; the network is the card's.
     */
    public static NeuralDecoder load(Path modelDir, DecoderOptions overrides) throws IOException {
        ModelCard card = ModelCardCheck.card(modelDir, NAME);
        NeuralModelFiles.Network net = NeuralModelFiles.network(card, modelDir);
        if (overrides.has("net") && !overrides.string("net", "").equals(net.name())) {
            throw new IllegalArgumentException(modelDir + " holds a " + net.name() + " network, not "
                    + overrides.string("net", ""));
        }
        DecoderOptions options = DecoderOptions.of(net.options()).overriddenBy(card.decoderOptions())
                .overriddenBy(overrides).with("net", net.name());
        NeuralSettings settings = NeuralSettings.fromOptions(options, NAME);
        if (settings.network().version() != net.version()) {
            throw new IOException(modelDir.resolve(ModelCard.FILE_NAME) + ": " + net.name() + " version "
                    + net.version() + ", this Attend builds version " + settings.network().version());
        }
        NeuralDecoder decoder = new NeuralDecoder(card.contract(), settings, options);
        decoder.metrics = card.metrics();
        decoder.trainingInfo = card.training();
        decoder.alignment = AlignmentFile.read(modelDir, card, settings.adaptAlignment());
        settings.runtime().start();
        try {
            for (String weights : net.weights()) {
                decoder.members.add(NetModel.load(settings.network().build(decoder.shape(), settings.networkOptions()),
                        NnEngine.device(settings.runtime().device()), modelDir.resolve(weights)));
            }
        } catch (IOException | RuntimeException e) {
            decoder.close();
            throw e;
        }
        decoder.members.forEach(m -> m.setAdaptation(settings.normAdaptation()));
        decoder.temperature = NeuralModelFiles.temperature(card, modelDir);
        try {
            decoder.fusion = ViewFusion.load(modelDir, card.parameters());
        } catch (IOException | RuntimeException e) {
            decoder.close();
            throw e;
        }
        return decoder;
    }

    @Override
    public synchronized void close() {
        closeMembers();
    }

    private void closeMembers() {
        members.forEach(NetModel::close);
        members.clear();
        if (fusion != null) {
            fusion.close();
            fusion = null;
        }
    }
}
