package org.attend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static void printText(Recording r, PrintWriter out) {
        out.printf("%s: %s, %.3f s%s%n", r.source().getFileName(), r.format(), r.durationSeconds(),
                r.startTime() == null ? "" : ", start " + r.startTime());
        for (RecordedStream s : r.streams()) {
            out.printf("stream '%s' (%s, %s): %d channels at %s Hz, %d samples, %.3f s%n", s.info().name(),
                    s.info().type(), s.channelFormat(), s.info().channelCount(), hz(s.info().sampleRateHz()),
                    s.sampleCount(), s.durationSeconds());
            StringBuilder channels = new StringBuilder("  channels:");
            for (int c = 0; c < s.info().channelCount(); c++) {
                channels.append(' ').append(s.info().channels().label(c));
                if (s.sampleRatesHz()[c] != s.info().sampleRateHz()) {
                    channels.append(" (").append(hz(s.sampleRatesHz()[c])).append(" Hz)");
                }
            }
            out.println(channels);
        }
        Map<String, Integer> counts = labelCounts(r);
        out.println(counts.isEmpty() ? "markers: none" : "markers:");
        counts.forEach((label, n) -> out.printf("  %-24s %d%n", label, n));
        r.warnings().forEach(w -> out.println("warning: " + w));
    }

    private static String hz(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }
}
