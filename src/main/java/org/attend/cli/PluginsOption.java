package org.attend.cli;

import java.nio.file.Path;
import java.util.List;
import org.attend.decode.Decoders;
import picocli.CommandLine.Option;

/** {@code --plugins JAR,...} of the session commands: decoders from plugin jars, found as every command finds them. */
final class PluginsOption {

    @Option(names = "--plugins", split = ",", paramLabel = "JAR",
            description = "Jars with more decoders (a DecoderFactory registered in META-INF/services).")
    List<Path> jars = List.of();

    /** The class loader that sees the jars ({@link Decoders#withPlugins}). */
    ClassLoader loader() {
        return Decoders.withPlugins(jars);
    }
}
