package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderOptions;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.ModelCard;

/**
 * A decoder named in an evaluation: a registered kind trained in every split ({@code csp-lda}, a plugin's
 * name), possibly with factory options ({@code csp-lda[components=4]}), a trained model evaluated as it is
 * ({@code model:PATH}, a model folder; {@code torchscript:PATH}, a TorchScript file loaded by the
 * {@code torchscript} decoder), or a trained model refitted on every split's training trials
 * ({@code finetune:PATH}: {@link Decoder#fineTune}, which continues training for the neural decoder and is a
 * plain refit for classical ones).
 *
 * <p>A name whose options list several values ({@code attend[lr=1e-3|3e-3,epochs=40|80]}) is a parameter
 * grid: {@link #expand(String)} turns it into one name per setting, each evaluated as its own decoder.
 *
 * @param label    the name as given (one setting), used in results
 * @param kind     the registered decoder kind; null for a model folder, whose card names it
 * @param trained  the trained model's path, or null for a kind trained per split
 * @param fineTune whether the trained model is fine-tuned on each split's training trials
 * @param options  factory options, in the order given; prefixed keys of other decoders are dropped by
 *                 {@link DecoderOptions#forDecoder}
 */
public record DecoderSpec(String label, String kind, Path trained, boolean fineTune, DecoderOptions options) {

    private static final String MODEL = "model:";
    private static final String TORCHSCRIPT = "torchscript:";

    public DecoderSpec {
        options = options == null ? DecoderOptions.none() : options;
    }

    /** Parses a decoder name (one setting) and checks that its kind is registered with {@code loader}. */
    public static DecoderSpec parse(String name, ClassLoader loader) {
        if (name.startsWith(MODEL)) {
            return new DecoderSpec(name, null, Path.of(name.substring(MODEL.length())), false, null);
        }
        Optional<Path> tuned = Decoders.fineTuned(name);
        if (tuned.isPresent()) {
            return new DecoderSpec(name, null, tuned.get(), true, null);
        }
        if (name.startsWith(TORCHSCRIPT)) {
            Decoders.factory("torchscript", loader);
            return new DecoderSpec(name, "torchscript", Path.of(name.substring(TORCHSCRIPT.length())), false, null);
        }
        String kind = kindOf(name);
        Map<String, List<String>> grid = gridOf(name);
        Map<String, String> options = new LinkedHashMap<>();
        grid.forEach((key, values) -> {
            if (values.size() != 1) {
                throw new IllegalArgumentException("decoder '" + name + "' is a grid of settings; expand it first");
            }
            options.put(key, values.get(0));
        });
        Decoders.factory(kind, loader);
        return new DecoderSpec(name, kind, null, false, DecoderOptions.of(options));
    }

    /**
     * The settings of a decoder name: itself when it has no option with several values, else one name per
     * combination, the first option varying slowest ({@code a[x=1|2,y=3|4]} → {@code a[x=1,y=3]},
     * {@code a[x=1,y=4]}, {@code a[x=2,y=3]}, {@code a[x=2,y=4]}).
     */
    public static List<String> expand(String name) {
        if (name.startsWith(MODEL) || Decoders.fineTuned(name).isPresent() || name.startsWith(TORCHSCRIPT)
                || !name.contains("[")) {
            return List.of(name);
        }
        String kind = kindOf(name);
        List<String> settings = new ArrayList<>(List.of(""));
        for (Map.Entry<String, List<String>> option : gridOf(name).entrySet()) {
            List<String> next = new ArrayList<>();
            for (String prefix : settings) {
                for (String value : option.getValue()) {
                    next.add(prefix + (prefix.isEmpty() ? "" : ",") + option.getKey() + "=" + value);
                }
            }
            settings = next;
        }
        return settings.stream().map(s -> kind + "[" + s + "]").toList();
    }

    /** The name without its options: {@code attend} of {@code attend[lr=1e-3]}. */
    public static String kindOf(String name) {
        int open = name.indexOf('[');
        return open < 0 ? name : name.substring(0, open);
    }

    private static Map<String, List<String>> gridOf(String name) {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        int open = name.indexOf('[');
        if (open < 0) {
            return grid;
        }
        if (open == 0 || !name.endsWith("]")) {
            throw new IllegalArgumentException("decoder '" + name + "': options are written kind[key=value,…]");
        }
        for (String part : name.substring(open + 1, name.length() - 1).split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("decoder '" + name + "': option '" + part + "' is not key=value");
            }
            String key = part.substring(0, eq).strip();
            List<String> values = List.of(part.substring(eq + 1).split("\\|", -1));
            if (values.stream().anyMatch(v -> v.isBlank()) || grid.put(key, values) != null) {
                throw new IllegalArgumentException("decoder '" + name + "': option '" + key
                        + "' has an empty value or is given twice");
            }
        }
        return grid;
    }

    /** The same decoder with {@code more} options under its own (a name's bracketed options win). */
    public DecoderSpec withOptions(DecoderOptions more) {
        return new DecoderSpec(label, kind, trained, fineTune, more.overriddenBy(options));
    }

    /** The same decoder reading its trained model from {@code path} (e.g. a copy shipped to a worker). */
    public DecoderSpec withTrained(Path path) {
        return new DecoderSpec(label, kind, path, fineTune, options);
    }

    /** Whether this starts from an already trained model (tested as it is, or fine-tuned). */
    public boolean isTrained() {
        return trained != null;
    }

    /** Whether a trained model is used as it is, never refitted. */
    public boolean isFixed() {
        return trained != null && !fineTune;
    }

    /** The trained model's contract (its card's) for a model folder; null for a kind or a TorchScript file. */
    public InputContract trainedContract() throws IOException {
        if (kind != null || trained == null) {
            return null; // a TorchScript file's contract is only known once it is loaded
        }
        return ModelCard.read(trained).contract();
    }

    /** The trained model, loaded afresh (each fine-tuned split starts from the same weights). */
    public Decoder loadTrained(ClassLoader loader) throws IOException {
        if (kind == null) {
            return Decoders.load(trained, options, loader);
        }
        return Decoders.factory(kind, loader).load(trained, options.forDecoder(kind));
    }

    /** A new untrained decoder, configured by this setting's options. */
    public Decoder create(InputContract contract, ClassLoader loader) {
        return Decoders.factory(kind, loader).create(contract, options.forDecoder(kind));
    }

    /** A label safe as a file name. */
    public String fileLabel() {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
