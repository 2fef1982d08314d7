package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;

/** Registers the attention-weighted neural decoder as {@value AttendDecoder#NAME}. */
public final class AttendDecoderFactory implements DecoderFactory {

    @Override
    public String name() {
        return AttendDecoder.NAME;
    }

    @Override
    public String description() {
        return "attention-weighted CNN + self-attention network (DJL/PyTorch), Euclidean alignment, "
                + "channel × time attention maps";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        return new AttendDecoder(contract, AttendSettings.fromOptions(options), options);
    }

    /** Loads with {@code options} (see {@link AttendSettings#fromOptions}); {@code epochs}/{@code lr} etc. only
     * matter if the decoder is then fitted or fine-tuned. */
    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        return AttendDecoder.load(modelDir, AttendSettings.fromOptions(options), options);
    }
}
