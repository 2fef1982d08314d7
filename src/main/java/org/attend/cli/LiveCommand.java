package org.attend.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attend.control.JsonLine;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslQuery;
import org.attend.lsl.LslStreamInfo;
import org.attend.realtime.PreflightException;
import org.attend.realtime.SessionDefaults;
import org.attend.source.DeviceProfile;
import org.attend.source.DeviceProfiles;
import org.attend.source.LslCueSource;
import org.attend.source.LslSource;
import org.attend.source.RelabeledSource;
import org.attend.source.Source;
import org.attend.source.StreamNotFoundException;
import org.attend.stream.StreamInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attend live}: the real-time path on a headset's LSL stream. Decodes with a trained model, or
 * calibrates first on the cues of an LSL marker stream; publishes commands and predictions as LSL streams. It
 * says which streams it bound, and scores against the marker stream of the same source when there is one.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Decode a live LSL EEG stream and emit commands (LSL markers, stdout, UDP).",
            "Use --model DIR, or --markers QUERY to calibrate on a stimulus program's cues first; with --model, "
                + "the marker stream of the same source (if any) is the ground truth for scoring."})
public final class LiveCommand implements Callable<Integer> {

    /** {@code --markers none}: no cue stream, not even the source's own. */
    static final String NO_MARKERS = "none";

    @Spec
    CommandSpec spec;

    @Option(names = "--lsl", paramLabel = "QUERY", defaultValue = "type='EEG'",
            description = "LSL query of the EEG stream (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--markers", paramLabel = "QUERY|none",
            description = "LSL query of a cue marker stream: ground truth for calibration and scoring (default: "
                    + "the marker stream of the same source, if one is visible; none for no cues).")
    String markers;

    @Option(names = "--classes", converter = ClassesConverter.class, paramLabel = ClassesConverter.LABEL,
            description = "Cue labels to classes, e.g. T1=left,T2=right, or the classes the cues name (default: "
                    + "left,right).")
    Map<String, String> classes;

    @Option(names = "--resolve-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to look for the streams (default: ${DEFAULT-VALUE} s).")
    double resolveSeconds;

    @Mixin
    DevicesOption devices;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        PreflightException.require(session.model != null || (markers != null && !markers.equals(NO_MARKERS)),
                "live decoding needs a trained model (--model DIR) or cues to calibrate on (--markers QUERY)");
        PreflightException.require(resolveSeconds > 0, "resolve timeout must be positive, got " + resolveSeconds
                + " s");
        SessionPreflight.check(session, Double.NaN);
        LslQuery.check(query);
        if (markers != null && !markers.equals(NO_MARKERS)) {
            LslQuery.check(markers);
        }
        if (session.lslOut == null) {
            session.lslOut = true;
        }
        Duration timeout = Duration.ofMillis((long) (resolveSeconds * 1000));
        LslBackend backend = session.lslBackend.open();
        PrintWriter out = spec.commandLine().getOut();
        try (Source source = open(backend, timeout, out)) {
            List<String> names = classes != null ? ClassesConverter.classes(classes) : List.of("left", "right");
            session.run(session.plan(source, names, SessionDefaults.CUED_TRIAL_SECONDS,
                    SessionDefaults.CALIBRATION_TRIALS_PER_CLASS, out).build());
        }
        return 0;
    }

    private Source open(LslBackend backend, Duration timeout, PrintWriter out) throws Exception {
        LslSource lsl = LslSource.open(backend, query, timeout);
        Source source = lsl;
        try {
            DeviceProfiles profiles = devices.load();
            Optional<DeviceProfile> profile = profiles.match(source.info());
            if (profile.isPresent() && source.info().channels().label(0).equals("Ch1")) {
                source = new RelabeledSource(source, profile.get().layout()); // the stream publishes no labels
            }
            LslStreamInfo cueStream = null;
            if (markers == null) {
                cueStream = LslCueSource.companion(backend, lsl.lslInfo()).orElse(null);
            } else if (!markers.equals(NO_MARKERS)) {
                List<LslStreamInfo> found = backend.resolve(markers, 1, timeout);
                if (found.isEmpty()) {
                    throw new StreamNotFoundException("no LSL marker stream matches \"" + markers + "\" within "
                            + timeout.toMillis() / 1000.0 + " s");
                }
                cueStream = found.get(0);
            }
            announce(out, lsl.lslInfo(), source.info(), profile.map(DeviceProfile::name).orElse(null), cueStream);
            if (cueStream == null) {
                return source;
            }
            return LslCueSource.open(source, backend, cueStream, classes != null ? classes : Map.of(), timeout);
        } catch (Exception e) {
            source.close();
            throw e;
        }
    }

    /** One line (a JSON line with {@code --json}) naming the streams bound. */
    private void announce(PrintWriter out, LslStreamInfo lsl, StreamInfo info, String profile,
                          LslStreamInfo cueStream) {
        if (session.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "stream");
            m.put("name", lsl.name());
            m.put("stream_type", lsl.type());
            m.put("channels", info.channelCount());
            m.put("rate_hz", info.sampleRateHz());
            m.put("source_id", lsl.sourceId());
            m.put("host", lsl.hostname());
            m.put("device_profile", profile);
            m.put("markers", cueStream == null ? null : cueStream.name());
            out.println(JsonLine.of(m));
        } else {
            out.printf(Locale.ROOT, "live: stream '%s' (%s, %d channels at %s, source_id '%s', host %s)%s; %s%n",
                    lsl.name(), lsl.type(), info.channelCount(), Rates.withUnit(info.sampleRateHz()), lsl.sourceId(),
                    lsl.hostname(), profile == null ? "" : ", device profile " + profile,
                    cueStream == null ? "no marker stream: commands are not scored"
                            : "cues from '" + cueStream.name() + "'");
        }
        out.flush();
    }
}
