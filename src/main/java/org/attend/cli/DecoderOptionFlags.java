package org.attend.cli;

import java.util.ArrayList;
import java.util.List;
import org.attend.decode.DecoderOptions;
import picocli.CommandLine.Option;

/** {@code --decoder-option KEY=VALUE} (repeatable) of every command that makes or loads a decoder (a mixin). */
final class DecoderOptionFlags {

    @Option(names = "--decoder-option", paramLabel = "KEY=VALUE", split = ",",
            description = "Decoder settings, repeatable or comma-separated, e.g. epochs=30,lr=1e-3 or "
                    + "components=6; NAME.KEY=VALUE sets it for decoder NAME only (see docs/decoders.md).")
    List<String> values = new ArrayList<>();

    /** The options given, parsed (a malformed one is a one-line error). */
    DecoderOptions options() {
        return DecoderOptions.parse(values);
    }
}
