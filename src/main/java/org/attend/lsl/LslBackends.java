package org.attend.lsl;

import com.sun.jna.Native;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the LSL backend for {@code --lsl-backend auto|java|native}: auto takes liblsl when JNA can load it
 * and the pure-Java implementation otherwise; native fails with a clear message when liblsl is absent.
 */
public final class LslBackends {

    private static final Logger LOG = LoggerFactory.getLogger(LslBackends.class);
    /** The library name JNA looks for ({@code liblsl.so}, {@code liblsl.dylib}, {@code lsl.dll}). */
    public static final String LIBRARY = "lsl";

    private LslBackends() {
    }

    /** The backend for {@code mode} with this process's configuration and the system's liblsl, if any. */
    public static LslBackend select(String mode) {
        return select(mode, LslConfig.load(), () -> locate(LIBRARY));
    }

    /**
     * @param mode    auto, java or native
     * @param config  settings for the Java backend
     * @param liblsl  finds liblsl; called only for auto and native
     */
    public static LslBackend select(String mode, LslConfig config, Supplier<Optional<LibLsl>> liblsl) {
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "java":
                return new JavaBackend(config);
            case "native":
                return new NativeBackend(liblsl.get().orElseThrow(() -> new IllegalStateException(
                        "--lsl-backend native: liblsl was not found (JNA looked for '" + LIBRARY + "' on "
                                + "jna.library.path and the system library path); install liblsl or use "
                                + "--lsl-backend java")));
            case "auto":
                Optional<LibLsl> lib = liblsl.get();
                if (lib.isPresent()) {
                    return new NativeBackend(lib.get());
                }
                LOG.debug("liblsl not found; using the Java LSL backend");
                return new JavaBackend(config);
            default:
                throw new IllegalArgumentException("--lsl-backend must be auto, java or native, got '" + mode + "'");
        }
    }

    /** liblsl loaded through JNA under {@code name}, or empty when it is not installed. */
    public static Optional<LibLsl> locate(String name) {
        try {
            return Optional.of(Native.load(name, LibLsl.class));
        } catch (UnsatisfiedLinkError e) {
            LOG.debug("liblsl '{}' not loadable: {}", name, e.getMessage());
            return Optional.empty();
        }
    }
}
