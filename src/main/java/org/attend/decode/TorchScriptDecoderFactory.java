package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;

/** Registers {@value TorchScriptDecoder#NAME}: a TorchScript file plus a model card. */
public final class TorchScriptDecoderFactory implements DecoderFactory {

    @Override
    public String name() {
        return TorchScriptDecoder.NAME;
    }

    @Override
    public String description() {
        return "any TorchScript module (torch.jit.trace/script) with a model card; trained elsewhere";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        throw new UnsupportedOperationException("a " + TorchScriptDecoder.NAME + " decoder is made from a "
                + "TorchScript file: put model.pt and a model.json (decoder \"torchscript\") in a folder and load it");
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(NnRuntime.KEYS, name());
        return TorchScriptDecoder.load(modelDir, NnRuntime.fromOptions(options));
    }
}
