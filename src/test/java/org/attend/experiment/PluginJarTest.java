package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.attend.decode.DecoderFactory;
import org.attend.decode.Decoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that a third-party jar works: compiles {@code examples/plugin} (its own sources and services file),
 * jars it, finds its decoder through a {@link URLClassLoader} and evaluates it like a built-in one.
 */
class PluginJarTest {

    private static final Path PLUGIN = Path.of("examples", "plugin");

    @Test
    void exampleJarIsFoundByServiceLoaderAndEvaluated(@TempDir Path tmp) throws IOException {
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

        ClassLoader parent = getClass().getClassLoader();
        assertFalse(Decoders.available(parent).stream().map(DecoderFactory::name).anyMatch("nearest-mean"::equals),
                "the plugin is not part of Attend itself");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            List<String> names = Decoders.available(loader).stream().map(DecoderFactory::name).toList();
            assertTrue(names.containsAll(List.of("csp-lda", "nearest-mean")), names.toString());

            SyntheticImagery data = new SyntheticImagery(2);
            Evaluation.Outcome outcome = new Evaluation(SyntheticImagery.epocher(), loader).run(new Evaluation.Plan(
                    data, Paradigm.named(Paradigm.LEFT_RIGHT), data.subjects(), new WithinSession(4),
                    List.of("nearest-mean"), tmp.resolve("out"), 1, 3));
            for (CellResult cell : outcome.cells()) {
                assertEquals("nearest-mean", cell.decoder());
                assertTrue(cell.accuracy() > 0.75, "accuracy " + cell.accuracy());
            }
        }
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
