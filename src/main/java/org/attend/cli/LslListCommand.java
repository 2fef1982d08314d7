package org.attend.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslQuery;
import org.attend.lsl.LslStreamInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code attend lsl list}: the LSL streams visible from here, as a table or ({@code --json}) as one JSON object
 * with each stream's channels (labels, units and types from the outlet's full description).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List visible LSL streams: name, type, channels, format, rate, host, source_id (--json: also "
                + "each channel's label, unit and type).")
public final class LslListCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LslListCommand.class);

    @Mixin
    LslBackendOption backendOption;

    @Option(names = "--wait", defaultValue = "1.5", paramLabel = "SECONDS",
            description = "How long to collect replies (default ${DEFAULT-VALUE} s; one KnownPeers wave needs 0.5 s).")
    double waitSeconds;

    @Option(names = {"--lsl", "--query"}, paramLabel = "QUERY",
            description = "Only streams matching this LSL query (an XPath predicate), e.g. \"type='EEG'\", as "
                    + "live, record and quality take it.")
    String query;

    @Option(names = "--json", description = "One JSON object: every stream with its channels' labels, units and "
            + "types (fetched from each outlet).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!(waitSeconds > 0)) {
            throw new IllegalArgumentException("--wait must be > 0 s");
        }
        if (query != null) {
            LslQuery.check(query);
        }
        try (LslBackend backend = backendOption.open()) {
            Duration wait = Duration.ofMillis((long) (waitSeconds * 1000));
            List<LslStreamInfo> found = query == null ? backend.resolveAll(wait)
                    : backend.resolve(query, Integer.MAX_VALUE, wait);
            if (json) {
                printJson(spec.commandLine().getOut(), backend, found, wait);
            } else {
                print(spec.commandLine().getOut(), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LSL resolve failed: " + e.getMessage(), e);
        }
    }

    static void print(PrintWriter out, List<LslStreamInfo> streams) {
        String fmt = "%-24s %-10s %8s %-9s %10s  %-22s %s%n";
        out.printf(Locale.ROOT, fmt, "NAME", "TYPE", "CHANNELS", "FORMAT", "RATE_HZ", "HOST", "SOURCE_ID");
        streams.stream().sorted(Comparator.comparing(LslStreamInfo::name)).forEach(s -> out.printf(Locale.ROOT, fmt,
                s.name(), s.type(), s.channelCount(), s.format().xmlName(),
                Rates.hz(s.nominalSrate()),
                s.hostname() + (s.v4address().isEmpty() ? "" : " (" + s.v4address() + ")"), s.sourceId()));
        out.printf(Locale.ROOT, "%d stream(s)%n", streams.size());
        out.flush();
    }

    /**
     * The streams as one JSON object ({@code streams}: name, type, channel_count, format, rate_hz (null when
     * irregular), source_id, host, address, uid, channels), each stream's channels from its outlet's full
     * description: empty where the outlet describes none or did not answer within {@code wait}.
     */
    static void printJson(PrintWriter out, LslBackend backend, List<LslStreamInfo> streams, Duration wait) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("streams");
        for (LslStreamInfo s : streams.stream().sorted(Comparator.comparing(LslStreamInfo::name)).toList()) {
            ObjectNode node = list.addObject();
            node.put("name", s.name());
            node.put("type", s.type());
            node.put("channel_count", s.channelCount());
            node.put("format", s.format().xmlName());
            if (s.nominalSrate() > 0) {
                node.put("rate_hz", s.nominalSrate());
            } else {
                node.putNull("rate_hz");
            }
            node.put("source_id", s.sourceId());
            node.put("host", s.hostname());
            node.put("address", s.v4address());
            node.put("uid", s.uid());
            ArrayNode channels = node.putArray("channels");
            LslStreamInfo full = fullInfo(backend, s, wait);
            List<String> labels = full.channelLabels();
            List<String> units = full.channelUnits();
            List<String> types = full.channelTypes();
            for (int c = 0; c < labels.size(); c++) {
                ObjectNode ch = channels.addObject();
                ch.put("label", labels.get(c));
                ch.put("unit", c < units.size() ? units.get(c) : null);
                ch.put("type", c < types.size() ? types.get(c) : null);
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** The stream's full description from its outlet, or the resolved one where the outlet does not answer. */
    private static LslStreamInfo fullInfo(LslBackend backend, LslStreamInfo s, Duration wait) {
        try (LslInlet inlet = backend.inlet(s, InletOptions.defaults())) {
            return inlet.fullInfo(wait);
        } catch (IOException e) {
            LOG.warn("stream '{}' ({}): no full description ({}); its channels are not listed", s.name(),
                    s.sourceId(), e.getMessage());
            return s;
        }
    }
}
