package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderOptions;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.ModelCard;

/**
 * A decoder named in an evaluation: a registered kind trained in every split ({@code csp-lda}, a plugin's
 * name), a trained model evaluated as it is ({@code model:PATH}, a model folder; {@code torchscript:PATH},
 * a TorchScript file loaded by the {@code torchscript} decoder), or a trained model refitted on every split's
 * training trials ({@code finetune:PATH}: {@link Decoder#fineTune}, which continues training for the neural
 * decoder and is a plain refit for classical ones).
 *
 * @param label    the name as given, used in results
 * @param kind     the registered decoder kind; null for a model folder, whose card names it
 * @param trained  the trained model's path, or null for a kind trained per split
 * @param fineTune whether the trained model is fine-tuned on each split's training trials
 * @param options  options handed to the factory (e.g. from a parameter grid); prefixed keys of other decoders
 *                 are dropped by {@link DecoderOptions#forDecoder}
 */
public record DecoderSpec(String label, String kind, Path trained, boolean fineTune, DecoderOptions options) {

    private static final String MODEL = "model:";
    private static final String FINETUNE = "finetune:";
    private static final String TORCHSCRIPT = "torchscript:";

    public DecoderSpec {
        options = options == null ? DecoderOptions.none() : options;
    }

    /** Parses a decoder name and checks that its kind is registered with {@code loader}. */
    public static DecoderSpec parse(String name, ClassLoader loader) {
        if (name.startsWith(MODEL)) {
            return new DecoderSpec(name, null, Path.of(name.substring(MODEL.length())), false, null);
        }
        if (name.startsWith(FINETUNE)) {
            return new DecoderSpec(name, null, Path.of(name.substring(FINETUNE.length())), true, null);
        }
        if (name.startsWith(TORCHSCRIPT)) {
            Decoders.factory("torchscript", loader);
            return new DecoderSpec(name, "torchscript", Path.of(name.substring(TORCHSCRIPT.length())), false, null);
        }
        Decoders.factory(name, loader);
        return new DecoderSpec(name, name, null, false, null);
    }

    /** The same decoder with {@code more} options on top of its own. */
    public DecoderSpec withOptions(DecoderOptions more) {
        return new DecoderSpec(label, kind, trained, fineTune, options.overriddenBy(more));
    }

    /** Whether this starts from an already trained model (tested as it is, or fine-tuned). */
    public boolean isTrained() {
        return trained != null;
    }

    /** Whether a trained model is used as it is, never refitted. */
    public boolean isFixed() {
        return trained != null && !fineTune;
    }

    /** The trained model's contract (its card's), for a spec that starts from a model folder. */
    public InputContract trainedContract() throws IOException {
        if (kind != null) {
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

    /** A new untrained decoder. */
    public Decoder create(InputContract contract, ClassLoader loader) {
        return Decoders.factory(kind, loader).create(contract, options.forDecoder(kind));
    }

    /** A label safe as a file name. */
    public String fileLabel() {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
