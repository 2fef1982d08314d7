package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Service-provider interface that makes a kind of decoder available by name. Register an implementation
 * in {@code META-INF/services/org.attend.decode.DecoderFactory}; a jar on the classpath is enough.
 * Settings come as {@link DecoderOptions}, never from system properties.
 */
public interface DecoderFactory {

    /** The name users give on the command line, e.g. {@code "csp-lda"}. */
    String name();

    /** One line for {@code attend models} and {@code --help}. */
    String description();

    /**
     * A new, untrained decoder for this input contract.
     *
     * @param options settings of this decoder (its keys only: {@link DecoderOptions#forDecoder} was applied);
     *                an unknown key is an {@link IllegalArgumentException}
     */
    Decoder create(InputContract contract, DecoderOptions options);

    /**
     * A trained decoder from a model folder written by {@link Decoder#save(Path)}.
     *
     * @param options the model card's {@code options} overridden by the caller's (see {@link Decoders#load})
     */
    Decoder load(Path modelDir, DecoderOptions options) throws IOException;
}
