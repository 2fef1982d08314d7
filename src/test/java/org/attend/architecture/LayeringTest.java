package org.attend.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers of docs/architecture.md, top to bottom: a class imports only from its own layer and the ones
 * below it ({@code progress} depends on nothing and may be used by every layer).
 */
class LayeringTest {

    static final List<String> LAYERS = List.of("cli", "bench", "dashboard", "experiment", "report", "realtime",
            "control", "decode", "nn", "source", "lsl", "format", "dsp", "stream", "progress");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.attend\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void importsPointDownOnly() throws IOException {
        Path root = Path.of(System.getProperty("attend.home", "."), "src/main/java/org/attend");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = root.relativize(file).getName(0).toString();
                int own = LAYERS.indexOf(layer);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    int index = LAYERS.indexOf(used);
                    if (own < 0 || index < 0 || (index < own && !used.equals("progress"))) {
                        violations.add(root.relativize(file) + " imports org.attend." + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
