package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.attend.nn.TrainingOptions;

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

    /** Options {@code lr} (learning rate) and {@code epochs} (training epochs), over the defaults. */
    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.allow(List.of("lr", "epochs"));
        AttendSettings base = AttendSettings.fromSystemProperties();
        TrainingOptions training = base.training()
                .withLearningRate((float) options.doubleValue("lr", base.training().learningRate()))
                .withEpochs(options.intValue("epochs", base.training().epochs()));
        return new AttendDecoder(contract, base.withTraining(training));
    }

    @Override
    public Decoder load(Path modelDir) throws IOException {
        return AttendDecoder.load(modelDir, AttendSettings.fromSystemProperties());
    }
}
