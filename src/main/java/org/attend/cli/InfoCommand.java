package org.attend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.attend.format.Annotation;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.stream.Marker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attend info FILE}: what a recording holds: streams, channels, rates, duration, marker counts. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a recording's streams, channels, rates, duration and a count of each marker label "
                + "(EDF/EDF+, BDF, GDF, BrainVision, XDF).")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the recording")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Recording r = Recordings.read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(r)));
        } else {
            printText(r, out);
        }
        out.flush();
        return 0;
    }

    /** Where the file's own annotations (EDF+, BDF, GDF, BrainVision) are listed, beside the marker streams. */
    static final String ANNOTATIONS = "annotations";

    /**
     * Each label with how often it occurs, per source of markers: the file's annotations ({@value #ANNOTATIONS})
     * and each string stream by name (an XDF's cue stream apart from its command stream), in file order; labels
     * sorted.
     */
    static Map<String, Map<String, Integer>> labelCountsBySource(Recording r) {
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        for (Annotation a : r.annotations()) {
            bySource.computeIfAbsent(ANNOTATIONS, k -> new TreeMap<>()).merge(a.label(), 1, Integer::sum);
        }
        for (RecordedStream s : r.streams()) {
            if (s.isStringStream() && s.strings().length > 0) {
                for (int i = 0; i < s.sampleCount(); i++) {
                    bySource.computeIfAbsent("stream '" + s.info().name() + "'", k -> new TreeMap<>())
                            .merge(s.strings()[0][i], 1, Integer::sum);
                }
            }
        }
        return bySource;
    }

    /** Each marker/annotation label with how often it occurs, sorted by label. */
    static Map<String, Integer> labelCounts(Recording r) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Marker m : r.markers()) {
            counts.merge(m.label(), 1, Integer::sum);
        }
        return counts;
    }

    static ObjectNode toJson(Recording r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", r.source().toString());
        root.put("format", r.format().name());
        root.put("startTime", r.startTime() == null ? null : r.startTime().toString());
        root.put("durationSeconds", r.durationSeconds());
        ArrayNode streams = root.putArray("streams");
        for (RecordedStream s : r.streams()) {
            ObjectNode node = streams.addObject();
            node.put("name", s.info().name());
            node.put("type", s.info().type());
            node.put("channelFormat", s.channelFormat());
            node.put("sampleRateHz", s.info().sampleRateHz());
            node.put("irregular", !(s.info().sampleRateHz() > 0));
            node.put("samples", s.sampleCount());
            node.put("durationSeconds", s.durationSeconds());
            ArrayNode channels = node.putArray("channels");
            for (int c = 0; c < s.info().channelCount(); c++) {
                ObjectNode ch = channels.addObject();
                ch.put("label", s.info().channels().label(c));
                ch.put("unit", s.channelUnits().get(c));
                ch.put("type", s.channelTypes().get(c));
                ch.put("sampleRateHz", s.sampleRatesHz()[c]);
            }
        }
        ObjectNode labels = root.putObject("labels");
        labelCounts(r).forEach(labels::put);
        ObjectNode bySource = root.putObject("labelsBySource");
        labelCountsBySource(r).forEach((source, counts) -> {
            ObjectNode node = bySource.putObject(source);
            counts.forEach(node::put);
        });
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static void printText(Recording r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s, %.3f s%s%n", r.source().getFileName(), r.format(), r.durationSeconds(),
                r.startTime() == null ? "" : ", start " + r.startTime());
        for (RecordedStream s : r.streams()) {
            double rate = s.info().sampleRateHz();
            out.printf(Locale.ROOT, "stream '%s' (%s, %s): %d channels %s, %d samples, %.3f s%n", s.info().name(),
                    s.info().type(), s.channelFormat(), s.info().channelCount(),
                    rate > 0 ? "at " + Rates.withUnit(rate) : Rates.IRREGULAR, s.sampleCount(), s.durationSeconds());
            StringBuilder channels = new StringBuilder("  channels:");
            for (int c = 0; c < s.info().channelCount(); c++) {
                channels.append(' ').append(s.info().channels().label(c));
                if (s.sampleRatesHz()[c] != s.info().sampleRateHz()) {
                    channels.append(" (").append(Rates.withUnit(s.sampleRatesHz()[c])).append(')');
                }
            }
            out.println(channels);
        }
        Map<String, Map<String, Integer>> bySource = labelCountsBySource(r);
        if (bySource.isEmpty()) {
            out.println("markers: none");
        }
        bySource.forEach((source, counts) -> {
            out.printf(Locale.ROOT, "markers of %s: %d%n", source.equals(ANNOTATIONS) ? "the " + ANNOTATIONS : source,
                    counts.values().stream().mapToInt(Integer::intValue).sum());
            counts.forEach((label, n) -> out.printf(Locale.ROOT, "  %-24s %d%n", label, n));
        });
        r.warnings().forEach(w -> out.println("warning: " + w));
    }
}
