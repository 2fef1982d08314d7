package org.attend.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * Any class decoder made self-paced by an intent detector (a "brain switch"): the detector, trained on the
 * calibration block's rest periods against its cued trials, says whether there is intent at all; the class
 * decoder says which class. A window's probabilities are {@code p(rest) = 1 − p(intent)} and
 * {@code p(k) = p(intent) · p(k | intent)} for each class {@code k}, so a control policy whose rest class never
 * becomes a command works on them unchanged. Registered as {@value #NAME}; its model folder holds both decoders'
 * folders and the control policy fitted with them.
 */
public final class SelfPacedDecoder implements Decoder {

    /** The registered name. */
    public static final String NAME = "self-paced";
    /** The class name of "no intent". */
    public static final String REST = "rest";
    /** The detector's positive class. */
    static final String INTENT = "intent";
    /** The detector a session uses unless told otherwise. */
    public static final String DEFAULT_DETECTOR = "ts-lr";
    static final String CLASSES_DIR = "classes";
    static final String DETECTOR_DIR = "detector";

    private final Decoder classes;
    private final Decoder detector;
    private final InputContract contract;
    private Map<String, Object> policy = Map.of();

    /**
     * @param classes  the class decoder (its classes must not include {@value #REST})
     * @param detector a two-class decoder of {@value #REST} against {@value #INTENT}, on the same channels, rate,
     *                 window and preprocessing
     */
    public SelfPacedDecoder(Decoder classes, Decoder detector) {
        InputContract c = classes.contract();
        if (c.classes().contains(REST)) {
            throw new IllegalArgumentException("the class decoder of a self-paced decoder predicts '" + REST
                    + "' itself; give it the command classes only");
        }
        if (!detector.contract().classes().equals(List.of(REST, INTENT))
                || !detector.contract().channels().equals(c.channels())
                || detector.contract().windowSamples() != c.windowSamples()
                || !detector.contract().preprocessing().equals(c.preprocessing())) {
            throw new IllegalArgumentException("the detector must tell " + List.of(REST, INTENT) + " apart on the class "
                    + "decoder's channels, window and preprocessing");
        }
        this.classes = classes;
        this.detector = detector;
        List<String> all = new ArrayList<>(c.classes());
        all.add(REST);
        this.contract = new InputContract(c.channels(), c.sampleRateHz(), c.windowSeconds(), all, c.preprocessing());
    }

    /** A new detector of kind {@code kind} for a class decoder's contract. */
    public static Decoder newDetector(String kind, InputContract classContract) {
        return Decoders.create(kind, new InputContract(classContract.channels(), classContract.sampleRateHz(),
                classContract.windowSeconds(), List.of(REST, INTENT), classContract.preprocessing()));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The class decoder's contract with {@value #REST} added as the last class. */
    @Override
    public InputContract contract() {
        return contract;
    }

    /** The class decoder inside. */
    public Decoder classDecoder() {
        return classes;
    }

    /** Trains both: the class decoder on the cued trials, the detector on rest against every trial. */
    @Override
    public void fit(LabeledEpochs epochs) {
        classes.fit(commandTrials(epochs));
        detector.fit(restAgainstIntent(epochs));
    }

    /** Fine-tunes the class decoder on the cued trials ({@link Decoder#fineTune}) and trains the detector anew. */
    @Override
    public void fineTune(LabeledEpochs epochs) {
        classes.fineTune(commandTrials(epochs));
        detector.fit(restAgainstIntent(epochs));
    }

    private LabeledEpochs commandTrials(LabeledEpochs epochs) {
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < epochs.size(); i++) {
            if (!epochs.classes().get(epochs.labels()[i]).equals(REST)) {
                picks.add(i);
            }
        }
        LabeledEpochs trials = epochs.subset(picks.stream().mapToInt(Integer::intValue).toArray());
        List<String> names = epochs.classes().stream().filter(c -> !c.equals(REST)).toList();
        int[] labels = new int[trials.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = names.indexOf(epochs.classes().get(trials.labels()[i]));
        }
        return new LabeledEpochs(trials.data(), labels, names, epochs.channels(), epochs.sampleRateHz());
    }

    private static LabeledEpochs restAgainstIntent(LabeledEpochs epochs) {
        int[] labels = new int[epochs.size()];
        int rest = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = epochs.classes().get(epochs.labels()[i]).equals(REST) ? 0 : 1;
            rest += 1 - labels[i];
        }
        if (rest == 0 || rest == labels.length) {
            throw new IllegalArgumentException("the intent detector needs rest periods and cued trials; got "
                    + rest + " rest and " + (labels.length - rest) + " trial epochs");
        }
        return new LabeledEpochs(epochs.data(), labels, List.of(REST, INTENT), epochs.channels(),
                epochs.sampleRateHz());
    }

    @Override
    public Prediction predict(Window window) {
        long start = System.nanoTime();
        float intent = detector.predict(window).probabilities()[1];
        Prediction c = classes.predict(window);
        float[] p = new float[c.probabilities().length + 1];
        for (int k = 0; k < c.probabilities().length; k++) {
            p[k] = intent * c.probabilities()[k];
        }
        p[p.length - 1] = 1 - intent;
        return new Prediction(contract.classes().toArray(new String[0]), p, c.attention(), c.sourceTime(),
                System.nanoTime() - start);
    }

    @Override
    public void resetAdaptation() {
        classes.resetAdaptation();
        detector.resetAdaptation();
    }

    @Override
    public Map<String, Object> trainingMetrics() {
        return classes.trainingMetrics();
    }

    @Override
    public void describeTraining(Map<String, Object> info) {
        classes.describeTraining(info);
    }

    /** The control policy fitted with this decoder (threshold, dwell, refractory, expected rates), for its card. */
    public void describePolicy(Map<String, Object> fitted) {
        policy = Map.copyOf(fitted);
    }

    /** The control policy recorded with this decoder; empty when none was fitted. */
    public Map<String, Object> policy() {
        return policy;
    }

    @Override
    public void save(Path modelDir) throws IOException {
        Files.createDirectories(modelDir);
        classes.save(modelDir.resolve(CLASSES_DIR));
        detector.save(modelDir.resolve(DETECTOR_DIR));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("classDecoder", CLASSES_DIR);
        parameters.put("detector", DETECTOR_DIR);
        parameters.put("policy", policy);
        new ModelCard(NAME, ModelCard.currentAttendVersion(), contract, Map.of(), classes.trainingMetrics(),
                parameters).write(modelDir);
    }

    /**
     * The folder of the class decoder inside a self-paced model folder, or {@code modelDir} itself for any other
     * model: what a calibration fine-tunes (its detector is calibrated anew).
     */
    public static Path classDecoderFolder(Path modelDir) throws IOException {
        return NAME.equals(ModelCard.read(modelDir).decoder()) ? modelDir.resolve(CLASSES_DIR) : modelDir;
    }

    /** A self-paced decoder from a folder written by {@link #save}. */
    static SelfPacedDecoder load(Path modelDir, DecoderOptions options) throws IOException {
        ModelCard card = ModelCardCheck.card(modelDir, NAME);
        Decoder classes = Decoders.load(modelDir.resolve(CLASSES_DIR), options);
        Decoder detector;
        try {
            detector = Decoders.load(modelDir.resolve(DETECTOR_DIR));
        } catch (IOException | RuntimeException e) {
            classes.close();
            throw e;
        }
        SelfPacedDecoder decoder = new SelfPacedDecoder(classes, detector);
        if (card.parameters().get("policy") instanceof Map<?, ?> p) {
            Map<String, Object> copy = new LinkedHashMap<>();
            p.forEach((k, v) -> copy.put(String.valueOf(k), v));
            decoder.policy = copy;
        }
        return decoder;
    }

    @Override
    public void close() {
        classes.close();
        detector.close();
    }
}
