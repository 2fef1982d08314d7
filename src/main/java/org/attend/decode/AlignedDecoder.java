package org.attend.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.nn.OnlineAlignment;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * Euclidean alignment (He &amp; Wu 2020) in front of any decoder: training re-centres each subject on its own
 * mean covariance ({@code R^-1/2 X}); prediction aligns each window with an {@link OnlineAlignment} whose
 * prior is the mean of the training subjects' references and which adapts, without labels, to the windows it
 * sees — the same alignment the {@code attend} decoder uses, so that comparisons between them are fair.
 * Registered as {@code ea-<decoder>} (see {@link AlignedDecoderFactory}). {@link #predict} is stateful.
 */
public final class AlignedDecoder implements Decoder, SubjectGroupsFit {

    /** Prefix of the registered names. */
    public static final String PREFIX = "ea-";
    static final String INNER_DIR = "inner";

    private final String name;
    private final Decoder inner;
    private OnlineAlignment alignment;

    AlignedDecoder(String name, Decoder inner) {
        this.name = name;
        this.inner = inner;
    }

    private AlignedDecoder(String name, Decoder inner, OnlineAlignment alignment) {
        this(name, inner);
        this.alignment = alignment;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputContract contract() {
        return inner.contract();
    }

    @Override
    public void fit(LabeledEpochs epochs) {
        fitSubjects(List.of(epochs));
    }

    @Override
    public synchronized void fitSubjects(List<LabeledEpochs> subjects) {
        List<String> channels = inner.contract().channels();
        SubjectAlignment aligned = SubjectAlignment.of(subjects, channels);
        inner.fit(aligned.epochs(subjects.get(0), channels));
        alignment = aligned.online(true);
    }

    @Override
    public synchronized Prediction predict(Window window) {
        if (alignment == null) {
            throw new IllegalStateException(name + " decoder is not trained: fit it or load a model folder");
        }
        long start = System.nanoTime();
        Prediction p = inner.predict(new Window(alignment.align(window.data()), window.endTime(), window.seq()));
        return new Prediction(p.classes(), p.probabilities(), p.attention(), p.sourceTime(),
                System.nanoTime() - start);
    }

    /** Forgets what online alignment learnt from past windows: call it when a new user or session starts. */
    @Override
    public synchronized void resetAdaptation() {
        if (alignment != null) {
            alignment.reset();
        }
    }

    /** Writes the inner decoder's folder under {@value #INNER_DIR}/, the alignment prior and this card. */
    @Override
    public synchronized void save(Path modelDir) throws IOException {
        if (alignment == null) {
            throw new IllegalStateException("nothing to save: the " + name + " decoder is not trained");
        }
        Files.createDirectories(modelDir);
        inner.save(modelDir.resolve(INNER_DIR));
        AlignmentFile.write(modelDir, alignment);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("inner", INNER_DIR);
        parameters.put("alignment", AlignmentFile.describe(alignment));
        new ModelCard(name, ModelCard.currentAttendVersion(), inner.contract(), Map.of(), Map.of(), parameters)
                .write(modelDir);
    }

    /** A trained decoder from a folder written by {@link #save}, its inner decoder loaded by {@code innerFactory}. */
    static AlignedDecoder load(String name, Path modelDir, DecoderFactory innerFactory, DecoderOptions options)
            throws IOException {
        ModelCard card = ModelCardCheck.card(modelDir, name);
        Decoder inner = innerFactory.load(modelDir.resolve(INNER_DIR), options);
        return new AlignedDecoder(name, inner, AlignmentFile.read(modelDir, card, true));
    }

    @Override
    public void close() {
        inner.close();
    }
}
