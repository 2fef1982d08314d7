package org.attend.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.decode.DecoderOptions;
import org.attend.decode.InputContract;

/**
 * What every cell of an evaluation shares, and so what an engine ships to its workers: the paradigm, the
 * scheme, the seed and the subjects and decoder settings in result order. Given a cell and the subjects'
 * trials, {@link #evaluate} computes the cell the same way on every engine.
 *
 * @param key      what a stored cell must have been computed with to be reused
 * @param paradigm windows, band and classes
 * @param scheme   how trials are split
 * @param seed     seed of every random choice
 * @param subjects subject ids, in result order
 * @param decoders decoder settings (grids expanded), in result order
 * @param options  {@code --decoder-option} values for every decoder, under a name's bracketed options
 * @param models   trained model folders ({@code model:}, {@code finetune:}) as bytes, by the path the decoder names,
 *                 for workers that cannot read the driver's disk; empty where every cell runs on the driver's machine
 */
public record Sweep(String key, Paradigm paradigm, Scheme scheme, long seed, List<String> subjects,
                    List<String> decoders, Map<String, String> options, Map<String, ModelBundle> models)
        implements Serializable {

    public Sweep {
        subjects = List.copyOf(subjects);
        decoders = List.copyOf(decoders);
        options = new LinkedHashMap<>(options == null ? Map.of() : options);
        models = new LinkedHashMap<>(models == null ? Map.of() : models);
    }

    /** A sweep whose trained models are read from the paths their decoders name. */
    public Sweep(String key, Paradigm paradigm, Scheme scheme, long seed, List<String> subjects, List<String> decoders,
                 Map<String, String> options) {
        this(key, paradigm, scheme, seed, subjects, decoders, options, Map.of());
    }

    /** The decoders of the sweep, parsed (grids expanded). */
    public List<DecoderSpec> specs(ClassLoader loader) {
        return decoders.stream().map(d -> DecoderSpec.parse(d, loader).withOptions(DecoderOptions.of(options)))
                .toList();
    }

    /** This sweep carrying its trained model folders as bytes, for workers (see {@link ModelBundle}). */
    public Sweep withShippedModels(ClassLoader loader) throws IOException {
        Map<String, ModelBundle> bundles = new LinkedHashMap<>();
        for (DecoderSpec spec : specs(loader)) {
            if (spec.isTrained() && !bundles.containsKey(spec.trained().toString())) {
                bundles.put(spec.trained().toString(), ModelBundle.read(spec.trained()));
            }
        }
        return new Sweep(key, paradigm, scheme, seed, subjects, decoders, options, bundles);
    }

    /** The subjects whose trials the cells of {@code subject} need: itself, and the others if the scheme pools them. */
    public List<String> needs(String subject) {
        if (!scheme.usesOtherSubjects()) {
            return List.of(subject);
        }
        List<String> all = new ArrayList<>(List.of(subject));
        scheme.poolSubjects(subjects).stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }

    /**
     * Evaluates one cell.
     *
     * @param epochs the trials of the cell's subject and, when the scheme pools subjects, of the others
     * @param loader where decoder kinds are found (plugins included)
     */
    public CellResult evaluate(CellTask cell, EpochSource epochs, ClassLoader loader) throws IOException {
        DecoderSpec spec = DecoderSpec.parse(cell.decoder(), loader).withOptions(DecoderOptions.of(options));
        if (spec.isTrained() && models.containsKey(spec.trained().toString())) {
            spec = spec.withTrained(models.get(spec.trained().toString()).local());
        }
        InputContract contract = spec.isTrained() ? spec.trainedContract() : null;
        SubjectEpochs target = contract == null ? epochs.of(cell.subject()) : epochs.of(cell.subject(), contract);
        List<SubjectEpochs> others = new ArrayList<>();
        if (scheme.usesOtherSubjects()) {
            for (String s : scheme.poolSubjects(subjects)) {
                if (!s.equals(cell.subject())) {
                    others.add(contract == null ? epochs.of(s) : epochs.of(s, contract));
                }
            }
        }
        return new CellEvaluator(paradigm, loader).evaluate(key, cell.subject(), spec, scheme,
                scheme.splits(target, others, seed), scheme.fitsOnce() ? key + " " + cell.decoder() : null);
    }
}
