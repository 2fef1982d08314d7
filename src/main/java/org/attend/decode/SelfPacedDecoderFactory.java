package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Registers {@link SelfPacedDecoder} as {@value SelfPacedDecoder#NAME}. Options: {@code decoder} (the class
 * decoder's kind, default {@code csp-lda}) and {@code detector} (default {@value SelfPacedDecoder#DEFAULT_DETECTOR});
 * the contract's classes must include {@value SelfPacedDecoder#REST}.
 */
public final class SelfPacedDecoderFactory implements DecoderFactory {

    @Override
    public String name() {
        return SelfPacedDecoder.NAME;
    }

    @Override
    public String description() {
        return "a class decoder gated by an intent detector (rest vs any cue) for asynchronous control";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of("decoder", "detector"), name());
        if (!contract.classes().contains(SelfPacedDecoder.REST)) {
            throw new IllegalArgumentException(name() + " needs a '" + SelfPacedDecoder.REST + "' class beside the "
                    + "command classes, got " + contract.classes());
        }
        List<String> commands = contract.classes().stream().filter(c -> !c.equals(SelfPacedDecoder.REST)).toList();
        InputContract inner = new InputContract(contract.channels(), contract.sampleRateHz(), contract.windowSeconds(),
                commands, contract.preprocessing());
        return new SelfPacedDecoder(Decoders.create(options.string("decoder", "csp-lda"), inner),
                SelfPacedDecoder.newDetector(options.string("detector", SelfPacedDecoder.DEFAULT_DETECTOR), inner));
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        return SelfPacedDecoder.load(modelDir, options);
    }
}
