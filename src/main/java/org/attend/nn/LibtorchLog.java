package org.attend.nn;

import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libtorch's own log (c10's {@code LOG(WARNING)}, written straight to the process's stderr) held to errors: on
 * a CPU without what NNPACK needs, every command that runs a network otherwise prints {@code Could not
 * initialize NNPACK! Reason: Unsupported hardware.}, which says nothing a user can act on (libtorch falls back to
 * its other convolutions). {@value #ENV}, libtorch's own variable, still decides where it is set: DJL never reads
 * it (libtorch reads it only in {@code c10::initLogging}, which DJL does not call), so it is applied here.
 */
final class LibtorchLog {

    /** libtorch's variable for its log level (INFO, WARNING, ERROR, FATAL or 0–3). */
    static final String ENV = "TORCH_CPP_LOG_LEVEL";
    /** c10's level for errors: warnings and information below it are not printed. */
    static final int ERROR = 2;
    /** c10's log level, an {@code int} that libtorch's {@code LOG} macros compare with. */
    static final String LEVEL_SYMBOL = "FLAGS_caffe2_log_level";
    private static final String INIT_LOGGING = "_ZN3c1011initLoggingEv"; // c10::initLogging()

    private static final Logger LOG = LoggerFactory.getLogger(LibtorchLog.class);

    private LibtorchLog() {
    }

    /**
     * Holds the log of the loaded libtorch to errors, or to {@value #ENV} where that is set. Does nothing (and
     * says so at debug level) where libc10 cannot be found among the process's mapped libraries (not Linux).
     */
    static void holdToErrors() {
        Optional<NativeLibrary> c10 = c10();
        if (c10.isEmpty()) {
            LOG.debug("libc10 not found in /proc/self/maps: libtorch's log level left as it is");
            return;
        }
        try {
            if (System.getenv(ENV) != null) {
                c10.get().getFunction(INIT_LOGGING).invokeVoid(new Object[0]);
            } else {
                c10.get().getGlobalVariableAddress(LEVEL_SYMBOL).setInt(0, ERROR);
            }
        } catch (UnsatisfiedLinkError e) {
            // another libtorch build without these symbols: its log stays as it is, the engine runs all the same
            LOG.debug("libtorch's log level not set: {}", e.toString());
        }
    }

    /** libtorch's current log level; empty where libc10 is not loaded. */
    static Optional<Integer> level() {
        return c10().map(lib -> lib.getGlobalVariableAddress(LEVEL_SYMBOL).getInt(0));
    }

    /** The libc10 this process has loaded (DJL loads it from its cache), opened again by its path. */
    private static Optional<NativeLibrary> c10() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(maps).stream().map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .filter(p -> p.endsWith("/libc10.so")).findFirst().map(NativeLibrary::getInstance);
        } catch (IOException | UnsatisfiedLinkError e) {
            LOG.debug("libc10 not opened: {}", e.toString());
            return Optional.empty();
        }
    }
}
