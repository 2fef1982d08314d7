package org.attend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.dsp.ChannelQuality;
import org.attend.dsp.ChannelQuality.Verdict;
import org.attend.dsp.SignalQuality;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.lsl.LslQuery;
import org.attend.realtime.PreflightException;
import org.attend.source.LslSource;
import org.attend.source.SourceRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attend quality FILE|--lsl QUERY}: each channel's signal quality before a session, as an impedance check
 * is used: the dashboard's grading ({@link SignalQuality}) of every 2 s window of a recording or of the next
 * seconds of an LSL stream, and per channel its most frequent verdict, median RMS and line-noise ratio, and the
 * share of windows of each verdict.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Grade each channel of a recording or an LSL stream as the dashboard does (good, flat, "
                + "railed, artefact, line noise) on every 2 s window: per channel its usual verdict, RMS, "
                + "line-noise ratio and the share of windows of each verdict."})
public final class QualityCommand implements Callable<Integer> {

    /** The dashboard's window: its quality panel grades the last 2 s of raw signal. */
    static final double WINDOW_SECONDS = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a recording (EDF, BDF, GDF, BrainVision, XDF)")
    Path file;

    @Option(names = "--lsl", paramLabel = "QUERY", description = "an LSL stream instead, e.g. \"type='EEG'\"")
    String lslQuery;

    @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "10",
            description = "how much of the LSL stream to grade (default ${DEFAULT-VALUE} s)")
    double seconds;

    @Option(names = "--resolve-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "how long to look for the LSL stream (default ${DEFAULT-VALUE} s)")
    double resolveSeconds;

    @Option(names = "--mains", paramLabel = "HZ", defaultValue = "50",
            description = "mains frequency for the line-noise check, 50 or 60 (default ${DEFAULT-VALUE})")
    double mainsHz;

    @Option(names = "--json", description = "one JSON object instead of a table")
    boolean json;

    @Mixin
    LslBackendOption lslBackend = new LslBackendOption();

    /**
     * One channel's grade over the windows.
     *
     * @param label          the channel
     * @param grade          its most frequent verdict (the worse on a tie)
     * @param rmsMicrovolts  median RMS over the windows, µV
     * @param lineNoiseRatio median mains over 1–40 Hz power (NaN where it cannot be judged)
     * @param shares         share of windows of each verdict
     */
    record ChannelGrade(String label, Verdict grade, double rmsMicrovolts, double lineNoiseRatio,
                        Map<Verdict, Double> shares) {
    }

    @Override
    public Integer call() throws Exception {
        PreflightException.require((file == null) != (lslQuery == null), "give a FILE or --lsl QUERY (one of them)");
        PreflightException.require(mainsHz == 50 || mainsHz == 60, "--mains must be 50 or 60 Hz, got " + mainsHz);
        PreflightException.require(seconds >= WINDOW_SECONDS, "--seconds must be at least " + WINDOW_SECONDS
                + " (one window), got " + seconds);
        String name;
        List<String> labels;
        float[][] samples;
        double rate;
        if (file != null) {
            Recording r = Recordings.read(file);
            RecordedStream s = r.eegStream().orElseThrow(() -> new IllegalArgumentException(file
                    + ": no signal stream to grade"));
            name = file.getFileName().toString();
            rate = s.info().sampleRateHz();
            PreflightException.require(rate > 0, file + ": its signal stream has no regular rate to grade");
            // channels at another rate (a GDF's event channel) are not EEG to grade
            int[] regular = java.util.stream.IntStream.range(0, s.info().channelCount())
                    .filter(c -> s.sampleRatesHz()[c] == rate).toArray();
            labels = Arrays.stream(regular).mapToObj(c -> s.info().channels().label(c)).toList();
            samples = Arrays.stream(regular).mapToObj(c -> s.samples()[c]).toArray(float[][]::new);
        } else {
            LslQuery.check(lslQuery);
            try (LslSource source = LslSource.open(lslBackend.open(), lslQuery,
                    Duration.ofMillis((long) (resolveSeconds * 1000)))) {
                name = "stream '" + source.info().name() + "'";
                rate = source.info().sampleRateHz();
                PreflightException.require(rate > 0, name + " has no regular rate to grade");
                labels = source.info().channels().labels();
                samples = collect(source, (int) Math.round(seconds * rate));
            }
        }
        List<ChannelGrade> grades = grade(samples, labels, rate, mainsHz);
        print(spec.commandLine().getOut(), name, rate, grades, (int) (samples[0].length / Math.round(WINDOW_SECONDS
                * rate)));
        return 0;
    }

    /** The next {@code n} samples of an LSL stream, or fewer if it ends or stops for 5 s. */
    private static float[][] collect(LslSource source, int n) throws Exception {
        int channels = source.info().channelCount();
        float[][] out = new float[channels][n];
        int have = 0;
        while (have < n) {
            SourceRead read = source.read(Duration.ofSeconds(5));
            if (read.ended() || read.chunk() == null) {
                break;
            }
            int take = Math.min(n - have, read.chunk().sampleCount());
            for (int c = 0; c < channels; c++) {
                System.arraycopy(read.chunk().data()[c], 0, out[c], have, take);
            }
            have += take;
        }
        if (have < n) {
            for (int c = 0; c < channels; c++) {
                out[c] = Arrays.copyOf(out[c], have);
            }
        }
        return out;
    }

    /**
     * Grades every whole 2 s window of {@code samples} ({@code [channel][sample]}, µV) as the dashboard does, and
     * sums each channel's verdicts up.
     *
     * @throws IllegalArgumentException when there is not one whole window
     */
    static List<ChannelGrade> grade(float[][] samples, List<String> labels, double rateHz, double mainsHz) {
        int window = (int) Math.round(WINDOW_SECONDS * rateHz);
        int n = samples.length == 0 ? 0 : Arrays.stream(samples).mapToInt(x -> x.length).min().orElse(0);
        int windows = n / window;
        if (windows == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%.1f s of signal: grading needs at "
                    + "least %.0f s", n / rateHz, WINDOW_SECONDS));
        }
        SignalQuality quality = new SignalQuality(rateHz, mainsHz);
        List<List<ChannelQuality>> byChannel = new ArrayList<>();
        labels.forEach(l -> byChannel.add(new ArrayList<>()));
        for (int w = 0; w < windows; w++) {
            float[][] part = new float[samples.length][];
            for (int c = 0; c < samples.length; c++) {
                part[c] = Arrays.copyOfRange(samples[c], w * window, (w + 1) * window);
            }
            List<ChannelQuality> verdicts = quality.assess(part, labels);
            for (int c = 0; c < verdicts.size(); c++) {
                byChannel.get(c).add(verdicts.get(c));
            }
        }
        List<ChannelGrade> grades = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            List<ChannelQuality> q = byChannel.get(c);
            Map<Verdict, Double> shares = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                shares.put(v, q.stream().filter(x -> x.verdict() == v).count() / (double) windows);
            }
            // the most frequent; on a tie the later in the enum, i.e. the worse problem
            Verdict grade = Arrays.stream(Verdict.values()).reduce((a, b) -> shares.get(b) >= shares.get(a) ? b : a)
                    .orElseThrow();
            grades.add(new ChannelGrade(labels.get(c), grade, median(q.stream()
                    .mapToDouble(ChannelQuality::rmsMicrovolts)), median(q.stream()
                    .mapToDouble(ChannelQuality::lineNoiseRatio)), shares));
        }
        return grades;
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] v = values.filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1]
                + v[v.length / 2]) / 2;
    }

    private static String word(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void print(PrintWriter out, String name, double rate, List<ChannelGrade> grades, int windows)
            throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("source", name);
            root.put("rate_hz", rate);
            root.put("windows", windows);
            root.put("window_seconds", WINDOW_SECONDS);
            ArrayNode channels = root.putArray("channels");
            for (ChannelGrade g : grades) {
                ObjectNode ch = channels.addObject();
                ch.put("label", g.label());
                ch.put("grade", word(g.grade()));
                ch.put("rms_uv", Math.round(g.rmsMicrovolts() * 10) / 10.0);
                if (Double.isFinite(g.lineNoiseRatio())) {
                    ch.put("line_noise_ratio", Math.round(g.lineNoiseRatio() * 1000) / 1000.0);
                } else {
                    ch.putNull("line_noise_ratio");
                }
                ObjectNode shares = ch.putObject("shares");
                g.shares().forEach((v, s) -> shares.put(word(v), Math.round(s * 1000) / 1000.0));
            }
            out.println(mapper.writeValueAsString(root));
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "%s: %d channels at %s, %d windows of %.0f s (the dashboard's grading)%n", name,
                grades.size(), Rates.withUnit(rate), windows, WINDOW_SECONDS);
        String format = "%-10s %-10s %8s %9s  %5s %5s %7s %9s %5s%n";
        out.printf(Locale.ROOT, format, "channel", "grade", "RMS µV", "line/EEG", "good", "flat", "railed",
                "artefact", "line");
        for (ChannelGrade g : grades) {
            Map<Verdict, Double> s = g.shares();
            out.printf(Locale.ROOT, format, g.label(), word(g.grade()), Figures.of(g.rmsMicrovolts(), 1),
                    Figures.of(g.lineNoiseRatio(), 3), percent(s.get(Verdict.GOOD)), percent(s.get(Verdict.FLAT)),
                    percent(s.get(Verdict.RAILED)), percent(s.get(Verdict.ARTEFACT)),
                    percent(s.get(Verdict.LINE_NOISE)));
        }
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        grades.forEach(g -> counts.merge(g.grade(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((v, k) -> parts.add(k + " " + word(v)));
        out.println("channels: " + String.join(", ", parts));
        out.printf(Locale.ROOT, "thresholds: flat below %.1f µV RMS; railed with %.0f%% of samples at one extreme or "
                        + "%.0f µV from the mean; artefact over %.0f µV peak to peak once drift is removed, or over "
                        + "%.0f times the median channel's RMS; line noise when %.0f Hz power exceeds 1–40 Hz power%n",
                SignalQuality.FLAT_RMS_MICROVOLTS, SignalQuality.RAILED_FRACTION * 100, SignalQuality.RAIL_MICROVOLTS,
                SignalQuality.ARTEFACT_PEAK_TO_PEAK_MICROVOLTS, SignalQuality.ARTEFACT_RMS_OVER_MEDIAN, mainsHz);
        out.flush();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
