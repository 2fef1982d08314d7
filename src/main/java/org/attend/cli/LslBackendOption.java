package org.attend.cli;

import org.attend.lsl.LslBackend;
import org.attend.lsl.LslBackends;
import picocli.CommandLine.Option;

/** {@code --lsl-backend auto|java|native}, shared by every command that speaks LSL. */
public final class LslBackendOption {

    @Option(names = "--lsl-backend", defaultValue = "auto", paramLabel = "auto|java|native",
            description = "LSL implementation: native = liblsl via JNA, java = built-in; auto (default) takes liblsl "
                    + "when installed, else java.")
    String mode;

    /** The selected backend; fails with a clear message when native is asked for and liblsl is absent. */
    public LslBackend open() {
        return LslBackends.select(mode);
    }
}
