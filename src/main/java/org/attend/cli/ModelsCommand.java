package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attend.decode.InputContract;
import org.attend.decode.ModelCard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attend models}: the model folders under {@code models/}, one line each, from their model cards: the same
 * columns in the same order for every model, the validation accuracy in a column of its own ({@code n/a} where a
 * card has none or it is not a number), the other metrics sorted by name.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the trained models (folders with a model.json) in the models folder.")
public final class ModelsCommand implements Callable<Integer> {

    /** Metrics shown as the accuracy column, the first a card has. */
    static final List<String> ACCURACY_KEYS = List.of("validationAccuracy", "accuracy");

    private static final String FORMAT = "%-28s %-12s %-16s %8s %8s %8s %8s  %s%n";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Models folder (default: models/ of the Attend home).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path root = dir != null ? dir : AttendHome.resolve("models");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("models folder " + root + " does not exist");
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve(ModelCard.FILE_NAME))).sorted().toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, FORMAT, "model", "decoder", "classes", "channels", "rate Hz", "window s", "accuracy",
                "other metrics");
        for (Path folder : folders) {
            out.print(line(folder));
        }
        if (folders.isEmpty()) {
            out.println("(no models in " + root + ")");
        }
        out.flush();
        return 0;
    }

    private static String line(Path folder) {
        try {
            ModelCard card = ModelCard.read(folder);
            InputContract c = card.contract();
            Map<String, Object> metrics = new TreeMap<>(card.metrics());
            Object accuracy = ACCURACY_KEYS.stream().map(metrics::get).filter(v -> v != null).findFirst().orElse(null);
            ACCURACY_KEYS.forEach(metrics::remove);
            return String.format(Locale.ROOT, FORMAT, folder.getFileName(), card.decoder(),
                    String.join(",", c.classes()), c.channels().size(), Rates.hz(c.sampleRateHz()),
                    Figures.of(c.windowSeconds(), 2), value(accuracy), metrics.entrySet().stream()
                            .map(e -> e.getKey() + "=" + value(e.getValue())).collect(Collectors.joining(" ")));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%-28s unreadable: %s%n", folder.getFileName(), e.getMessage());
        }
    }

    /** A metric's value: numbers with 3 decimals, {@code n/a} for none or a non-number (NaN, "NaN"). */
    static String value(Object v) {
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Number n) {
            return Figures.of(n.doubleValue(), 3);
        }
        return v == null || "NaN".equals(v) ? "n/a" : v.toString();
    }
}
