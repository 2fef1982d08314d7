package org.attend.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attend.decode.InputContract;
import org.attend.realtime.PreflightException;
import picocli.CommandLine.ParseResult;

/**
 * With a trained model ({@code --model DIR}, {@code --decoder finetune:DIR}) the model's contract decides the
 * channels, window, band and notch; a flag given on the command line that says otherwise is a one-line error
 * (exit 2) rather than silently ignored.
 */
final class ModelContradictions {

    private ModelContradictions() {
    }

    /**
     * @throws PreflightException naming every contradicting flag and the model's value
     */
    static void require(Path model, InputContract contract, ParseResult parsed, SessionOptions o) {
        List<String> wrong = new ArrayList<>();
        if (parsed.hasMatchedOption("--band") && (o.band.lowHz() != contract.bandLowHz()
                || o.band.highHz() != contract.bandHighHz())) {
            wrong.add("--band " + o.band.lowHz() + "-" + o.band.highHz() + " (model: " + contract.bandLowHz() + "-"
                    + contract.bandHighHz() + " Hz)");
        }
        if (parsed.hasMatchedOption("--window") && Math.abs(o.windowSeconds - contract.windowSeconds()) > 1e-9) {
            wrong.add("--window " + o.windowSeconds + " (model: " + contract.windowSeconds() + " s)");
        }
        if (parsed.hasMatchedOption("--channels") && !o.channels.equals(contract.channels())) {
            wrong.add("--channels " + String.join(",", o.channels) + " (model: "
                    + String.join(",", contract.channels()) + ")");
        }
        if (parsed.hasMatchedOption("--notch") && o.notchHz != contract.preprocessing().notchHz()) {
            wrong.add("--notch " + o.notchHz + " (model: " + contract.preprocessing().notchHz() + " Hz)");
        }
        if (!wrong.isEmpty()) {
            throw new PreflightException(String.join(", ", wrong) + " contradicts " + model
                    + "; drop the flag (the model's contract decides)");
        }
    }
}
