package org.attend.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The third-party decoder of {@code examples/plugin} ({@code nearest-mean}), compiled and jarred for a test. */
public final class ExamplePlugin {

    /** Its decoder's registered name. */
    public static final String DECODER = "nearest-mean";

    private static final Path PLUGIN = Path.of("examples", "plugin");

    private ExamplePlugin() {
    }

    /** Compiles the example's sources against the test class path and jars them with its services file. */
    public static Path jar(Path tmp) throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17"));
        try (Stream<Path> sources = Files.walk(PLUGIN.resolve("src"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "example plugin compiles");
        Path jar = tmp.resolve("nearest-mean.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addTree(out, classes);
            addTree(out, PLUGIN.resolve("resources"));
        }
        return jar;
    }

    private static void addTree(JarOutputStream out, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
