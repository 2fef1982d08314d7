package com.example.attend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderFactory;
import org.attend.decode.DecoderOptions;
import org.attend.decode.InputContract;
import org.attend.decode.ModelCard;

/** Makes {@link NearestMeanDecoder} available to Attend as {@code nearest-mean}. */
public final class NearestMeanFactory implements DecoderFactory {

    @Override
    public String name() {
        return NearestMeanDecoder.NAME;
    }

    @Override
    public String description() {
        return "example plugin: nearest class mean of channel log-variances";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of(), name());
        return new NearestMeanDecoder(contract, null);
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(Set.of(), name());
        ModelCard card = ModelCard.read(modelDir);
        double[][] means = ModelCard.json().convertValue(card.parameters().get("means"), double[][].class);
        if (means == null) {
            throw new IOException(modelDir + ": model card lacks 'means'");
        }
        return new NearestMeanDecoder(card.contract(), means);
    }
}
