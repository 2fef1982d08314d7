package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.attend.nn.NetworkFactory;
import org.attend.nn.Networks;

/** Registers the neural decoder as {@value NeuralDecoder#NAME}; options in {@link NeuralSettings}. */
public final class NeuralDecoderFactory implements DecoderFactory {

    @Override
    public String name() {
        return NeuralDecoder.NAME;
    }

    @Override
    public String description() {
        return "attention-weighted neural network (DJL/PyTorch) after Euclidean alignment; net=" + Networks
                .available(Thread.currentThread().getContextClassLoader()).stream().map(NetworkFactory::name)
                .collect(Collectors.joining("|")) + " (default " + NeuralSettings.DEFAULT_NETWORK + ")";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        return new NeuralDecoder(contract, NeuralSettings.fromOptions(options, name()), options);
    }

    /** Loads with {@code options} over the card's; training options only matter if it is then fine-tuned. */
    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        return NeuralDecoder.load(modelDir, options);
    }
}
