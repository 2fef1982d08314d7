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
    public Decoder create(InputContract contract) {
        return new AttendDecoder(contract, AttendSettings.fromSystemProperties());
    }

    @Override
    public Decoder load(Path modelDir) throws IOException {
        return AttendDecoder.load(modelDir, AttendSettings.fromSystemProperties());
    }
}
