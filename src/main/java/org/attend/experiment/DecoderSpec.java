package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderFactory;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;

/**
 * A decoder named in an evaluation: a registered kind trained in every split ({@code csp-lda}, a plugin's
 * name), or a trained model evaluated as it is ({@code model:PATH}, a model folder; {@code torchscript:PATH},
 * a TorchScript file loaded by the {@code torchscript} decoder).
 *
 * @param label   the name as given, used in results
 * @param kind    the registered decoder kind
 * @param trained the trained model's path, or null for a kind trained per split
 */
public record DecoderSpec(String label, String kind, Path trained) {

    private static final String MODEL = "model:";
    private static final String TORCHSCRIPT = "torchscript:";

    /** Parses a decoder name and checks that its kind is registered with {@code loader}. */
    public static DecoderSpec parse(String name, ClassLoader loader) {
        if (name.startsWith(MODEL)) {
            return new DecoderSpec(name, null, Path.of(name.substring(MODEL.length())));
        }
        if (name.startsWith(TORCHSCRIPT)) {
            Decoders.factory("torchscript", loader);
            return new DecoderSpec(name, "torchscript", Path.of(name.substring(TORCHSCRIPT.length())));
        }
        Decoders.factory(name, loader);
        return new DecoderSpec(name, name, null);
    }

    /** Whether this is an already trained model (never refitted). */
    public boolean isTrained() {
        return trained != null;
    }

    /** The trained model. */
    public Decoder loadTrained(ClassLoader loader) throws IOException {
        if (kind == null) {
            return Decoders.load(trained, loader);
        }
        return Decoders.factory(kind, loader).load(trained);
    }

    /** A new untrained decoder. */
    public Decoder create(InputContract contract, ClassLoader loader) {
        DecoderFactory factory = Decoders.factory(kind, loader);
        return factory.create(contract);
    }

    /** A label safe as a file name. */
    public String fileLabel() {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
