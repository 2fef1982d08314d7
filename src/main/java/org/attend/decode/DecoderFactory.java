package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Service-provider interface that makes a kind of decoder available by name. Register an implementation
 * in {@code META-INF/services/org.attend.decode.DecoderFactory}; a jar on the classpath is enough.
 */
public interface DecoderFactory {

    /** The name users give on the command line, e.g. {@code "csp-lda"}. */
    String name();

    /** One line for {@code attend models} and {@code --help}. */
    String description();

    /** A new, untrained decoder for this input contract. */
    Decoder create(InputContract contract);

    /**
     * A new, untrained decoder configured by {@code options} (e.g. one setting of a parameter grid). Factories
     * that take options override this; the default accepts none.
     */
    default Decoder create(InputContract contract, DecoderOptions options) {
        options.allow(List.of());
        return create(contract);
    }

    /** A trained decoder from a model folder written by {@link Decoder#save(Path)}. */
    Decoder load(Path modelDir) throws IOException;
}
