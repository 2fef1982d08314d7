package org.attend.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.InvalidPathException;

/**
 * Reads BrainVision Core Data Format recordings (.vhdr header, .eeg binary data, .vmrk markers) as
 * MNE-Python does: INT_16, INT_32 or IEEE_FLOAT_32 samples, multiplexed or vectorized, or multiplexed ASCII
 * text ({@code [ASCII Infos]}: {@code DecimalSymbol}, {@code SkipLines}, {@code SkipColumns}); each channel scaled by
 * its resolution and converted to microvolts from its unit (nV, µV, mV, V; other units such as µS or °C keep
 * the value times the resolution). Markers become annotations {@code Type/Description} with onsets from
 * their 1-based position; the first {@code New Segment} marker's date is the start time.
 */
public final class BrainVisionReader {

    private static final Logger LOG = LoggerFactory.getLogger(BrainVisionReader.class);
    private static final Pattern CHANNEL_KEY = Pattern.compile("ch(\\d{1,6})");
    private static final Pattern MARKER_KEY = Pattern.compile("mk\\d+");

    private BrainVisionReader() {
    }

    /** The .vhdr beside a .eeg or .vmrk file (same base name); the path itself if it is a header. */
    public static Path headerBeside(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase().endsWith(".vhdr")) {
            return path;
        }
        int dot = name.lastIndexOf('.');
        return path.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".vhdr");
    }

    /** Reads a recording from its .vhdr (or the .eeg/.vmrk beside it). */
    public static Recording read(Path path) throws IOException {
        Path vhdrPath = headerBeside(path);
        BrainVisionHeader vhdr = BrainVisionHeader.read(vhdrPath);
        if (!vhdr.firstLine().startsWith("Brain Vision")) {
            throw new RecordingFormatException(vhdrPath, 0, "not a BrainVision header: first line is '"
                    + vhdr.firstLine() + "'");
        }
        String common = vhdr.section("Common Infos").isEmpty() ? "Common infos" : "Common Infos";
        double interval = vhdr.number(common, "SamplingInterval");
        int channels = (int) vhdr.number(common, "NumberOfChannels");
        if (channels < 1 || channels > 100_000) {
            throw new RecordingFormatException(vhdrPath, -1, "NumberOfChannels " + channels
                    + ": a recording has 1 to 100000 channels");
        }
        String implausible = Plausibility.rate(1e6 / interval);
        if (!(interval > 0) || implausible != null) {
            throw new RecordingFormatException(vhdrPath, -1, "SamplingInterval " + interval + " µs gives "
                    + 1e6 / interval + " Hz: " + (interval > 0 ? implausible : "an interval must be positive"));
        }
        String dataFormat = vhdr.required(common, "DataFormat");
        boolean ascii = dataFormat.equalsIgnoreCase("ASCII");
        if (!ascii && !dataFormat.equalsIgnoreCase("BINARY")) {
            throw new RecordingFormatException(vhdrPath, -1, "DataFormat " + dataFormat
                    + " is not supported (BINARY or ASCII)");
        }
        List<String> warnings = new ArrayList<>(vhdr.warnings());
        BrainVisionChannels chans = BrainVisionChannels.parse(vhdr, channels, ascii);
        for (int c = 0; c < channels; c++) {
            // the largest stored value (int32, or a float32 sample) times the channel's factor must stay finite
            double largest = Math.abs(chans.scale()[c]) * (chans.format().equals("int16") ? Short.MAX_VALUE
                    : chans.format().equals("int32") ? Integer.MAX_VALUE : 1);
            if (!Double.isFinite(largest) || largest > Float.MAX_VALUE || chans.scale()[c] == 0) {
                throw new RecordingFormatException(vhdrPath, -1, "channel " + chans.labels().get(c)
                        + " resolution gives a factor of " + chans.scale()[c] + " µV per step: it must be non-zero "
                        + "and keep samples finite in float32");
            }
        }
        Path data = beside(vhdrPath, vhdr.required(common, "DataFile"));
        if (!Files.isRegularFile(data)) {
            throw new RecordingFormatException(vhdrPath, -1, "the DataFile it names, '"
                    + vhdr.required(common, "DataFile") + "', does not exist beside it");
        }
        float[][] samples = ascii ? BrainVisionAscii.read(vhdr, common, data, chans)
                : BrainVisionData.read(vhdr, common, data, chans, warnings);
        double rate = 1e6 / interval;
        Path vmrk = beside(vhdrPath, vhdr.section(common).getOrDefault("markerfile", ""));
        List<Annotation> annotations = new ArrayList<>();
        Instant start = null;
        if (vhdr.section(common).containsKey("markerfile") && Files.isRegularFile(vmrk)) {
            start = markers(vmrk, rate, annotations, warnings);
        } else {
            warnings.add("no marker file: no annotations");
        }
        double[] timestamps = new double[samples[0].length];
        double end = timestamps.length / rate;
        if (timestamps.length == 0) {
            warnings.add("the data file " + data.getFileName() + " holds no samples");
        }
        long after = annotations.stream().filter(a -> a.onsetSeconds() >= end).count();
        if (after > 0) {
            // MNE-Python warns too ("Omitted N annotation(s) that were outside data range")
            warnings.add(after + " marker(s) at or after the last sample (" + end + " s) omitted; data truncated?");
        }
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = i / rate;
        }
        double[] rates = new double[channels];
        Arrays.fill(rates, rate);
        String name = vhdrPath.getFileName().toString();
        StreamInfo info = new StreamInfo(name, "EEG", new ChannelLayout(chans.labels()), rate, "uV", name);
        RecordedStream stream = new RecordedStream(info, chans.format(), chans.units(), chans.types(), rates,
                samples, null, timestamps);
        warnings.forEach(w -> LOG.warn("{}: {}", name, w));
        return new Recording(vhdrPath, RecordingFormat.BRAINVISION, start, List.of(stream),
                Annotation.crop(annotations, end), warnings);
    }

    private static Path beside(Path vhdr, String name) throws RecordingFormatException {
        try {
            return vhdr.resolveSibling(name);
        } catch (InvalidPathException e) {
            throw new RecordingFormatException(vhdr, -1, "it names an invalid file '" + name + "'");
        }
    }

    /**
     * Adds the markers as annotations; returns the start time from the first dated New Segment, or null. A file
     * that is no marker file, and markers whose fields are malformed, are warnings naming the marker and field
     * (the markers are dropped); the signal is read all the same.
     */
    private static Instant markers(Path vmrk, double rate, List<Annotation> out, List<String> warnings)
            throws IOException {
        BrainVisionHeader markers = BrainVisionHeader.read(vmrk);
        warnings.addAll(markers.warnings());
        String name = vmrk.getFileName().toString();
        if (!markers.firstLine().startsWith("Brain Vision")) {
            String first = markers.firstLine();
            warnings.add("marker file " + name + " is not a BrainVision marker file (first line '"
                    + RecordingFormatException.oneLine(first.length() > 60 ? first.substring(0, 60) + "..." : first)
                    + "'): no annotations");
            return null;
        }
        if (markers.section("Marker Infos").isEmpty()) {
            warnings.add("marker file " + name + " has no [Marker Infos] section: no annotations");
            return null;
        }
        Instant start = null;
        List<String> dropped = new ArrayList<>();
        List<String> zeroLength = new ArrayList<>();
        for (Map.Entry<String, String> e : markers.section("Marker Infos").entrySet()) {
            if (!MARKER_KEY.matcher(e.getKey()).matches()) {
                continue;
            }
            String marker = "marker " + e.getKey().replaceFirst("^mk", "Mk");
            String[] f = e.getValue().split(",", -1);
            if (f.length < 4) {
                dropped.add(marker + " has " + f.length + " fields, not type, description, position and length");
                continue;
            }
            long position;
            try {
                position = Long.parseLong(f[2].strip());
            } catch (NumberFormatException ex) {
                dropped.add(marker + " position '" + f[2] + "' is not an integer");
                continue;
            }
            if (position < 1) {
                dropped.add(marker + " position " + position + " is before the first sample (positions count "
                        + "from 1)");
                continue;
            }
            String length = f[3].strip();
            if (!length.isEmpty() && !length.matches("\\d{1,18}")) {
                zeroLength.add(marker + " length '" + length + "' is not a whole number of samples");
            }
            String type = f[0].replace("\\1", ",");
            String description = f[1].replace("\\1", ",");
            double duration = length.matches("\\d{1,18}") ? Long.parseLong(length) / rate : 0;
            out.add(new Annotation((position - 1) / rate, duration, type + "/" + description));
            if (start == null && type.equals("New Segment") && f.length >= 6 && f[5].strip().matches("\\d{20}")) {
                start = date(f[5].strip());
            }
        }
        summarise(name, dropped, "dropped", warnings);
        summarise(name, zeroLength, "read with length 0", warnings);
        return start;
    }

    /** One warning for the markers of one kind of problem: the first named, the others counted. */
    private static void summarise(String file, List<String> problems, String outcome, List<String> warnings) {
        if (!problems.isEmpty()) {
            warnings.add(RecordingFormatException.oneLine(file + ": " + problems.get(0) + (problems.size() > 1
                    ? " (and " + (problems.size() - 1) + " more such markers)" : "") + ": " + outcome));
        }
    }

    private static Instant date(String digits) {
        if (digits.equals("0".repeat(20))) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(digits.substring(0, 14), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            return t.plusNanos(Long.parseLong(digits.substring(14)) * 1000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Channel number from a {@code ChN} key, or -1. */
    static int channelIndex(String key) {
        Matcher m = CHANNEL_KEY.matcher(key);
        return m.matches() ? Integer.parseInt(m.group(1)) - 1 : -1;
    }
}
