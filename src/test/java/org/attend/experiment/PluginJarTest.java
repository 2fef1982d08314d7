package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.attend.decode.DecoderFactory;
import org.attend.decode.Decoders;
import org.attend.testing.ExamplePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that a third-party jar works: compiles {@code examples/plugin} (its own sources and services file),
 * jars it, finds its decoder through {@link Decoders#withPlugins} and evaluates it like a built-in one.
 */
class PluginJarTest {

    @Test
    void exampleJarIsFoundByServiceLoaderAndEvaluated(@TempDir Path tmp) throws IOException {
        Path jar = ExamplePlugin.jar(tmp);
        ClassLoader parent = getClass().getClassLoader();
        assertFalse(Decoders.available(parent).stream().map(DecoderFactory::name)
                .anyMatch(ExamplePlugin.DECODER::equals), "the plugin is not part of Attend itself");
        assertTrue(Decoders.withPlugins(List.of()) == Decoders.class.getClassLoader(), "no jars: Attend's own");
        try (URLClassLoader loader = (URLClassLoader) Decoders.withPlugins(List.of(jar))) {
            List<String> names = Decoders.available(loader).stream().map(DecoderFactory::name).toList();
            assertTrue(names.containsAll(List.of("csp-lda", ExamplePlugin.DECODER)), names.toString());

            SyntheticImagery data = new SyntheticImagery(2);
            Evaluation.Outcome outcome = new Evaluation(SyntheticImagery.epocher(), loader).run(new Evaluation.Plan(
                    data, Paradigm.named(Paradigm.LEFT_RIGHT), data.subjects(), new WithinSession(4),
                    List.of(ExamplePlugin.DECODER), tmp.resolve("out"), 1, 3));
            for (CellResult cell : outcome.cells()) {
                assertEquals(ExamplePlugin.DECODER, cell.decoder());
                assertTrue(cell.accuracy() > 0.75, "accuracy " + cell.accuracy());
            }
        }
    }

    @Test
    void aJarThatIsNotThereIsNamed(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Decoders.withPlugins(List.of(tmp.resolve("missing.jar"))));
        assertTrue(e.getMessage().contains("missing.jar does not exist"), e.getMessage());
    }
}
