package org.attend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attend.decode.InputContract;
import org.attend.decode.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attend models}: the model folders under {@code models/}, one line each, from their model cards. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the trained models (folders with a model.json) in the models folder.")
public final class ModelsCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "models folder (default: models/ of the Attend home)")
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
        System.out.printf("%-28s %-12s %-16s %8s %8s %8s  %s%n", "model", "decoder", "classes", "channels",
                "rate Hz", "window s", "metrics");
        for (Path folder : folders) {
            System.out.println(line(folder));
        }
        if (folders.isEmpty()) {
            System.out.println("(no models in " + root + ")");
        }
        return 0;
    }

    private static String line(Path folder) {
        try {
            ModelCard card = ModelCard.read(folder);
            InputContract c = card.contract();
            return String.format("%-28s %-12s %-16s %8d %8.0f %8.2f  %s", folder.getFileName(), card.decoder(),
                    String.join(",", c.classes()), c.channels().size(), c.sampleRateHz(), c.windowSeconds(),
                    metrics(card.metrics()));
        } catch (IOException e) {
            return String.format("%-28s unreadable: %s", folder.getFileName(), e.getMessage());
        }
    }

    private static String metrics(Map<String, Object> m) {
        StringBuilder s = new StringBuilder();
        m.forEach((k, v) -> {
            if (v instanceof Double d) {
                s.append(k).append('=').append(String.format("%.3f", d)).append(' ');
            } else {
                s.append(k).append('=').append(v).append(' ');
            }
        });
        return s.toString().trim();
    }
}
