package org.attend.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attend.stream.Marker;

/**
 * What a converted file holds and what the conversion changed or left out, each change a sentence for the user
 * ({@code attend convert} prints them): markers outside the signal, other streams, padding, precision, a start
 * date that had to be made up.
 *
 * @param channels channels written
 * @param seconds  seconds of signal written (padding included)
 * @param markers  markers and annotations written
 * @param notes    what changed or was left out, one sentence each; empty when the file holds all the input did
 */
public record Conversion(int channels, double seconds, int markers, List<String> notes) {

    public Conversion {
        notes = List.copyOf(notes);
    }

    /** The signal stream a file format of one stream holds: {@link Recording#eegStream()}, regularly sampled. */
    static RecordedStream signal(Recording recording, String format) {
        RecordedStream s = recording.eegStream().orElseThrow(() -> new IllegalArgumentException(
                recording.source().getFileName() + " has no signal stream to write"));
        if (!(s.info().sampleRateHz() > 0)) {
            throw new IllegalArgumentException(s.info().name() + " is irregularly sampled: " + format
                    + " needs a fixed rate");
        }
        return s;
    }

    /**
     * The signal stream for {@code format}, whose channels share one rate ({@code why} says so), as
     * {@link #signal}.
     *
     * @throws IllegalArgumentException naming the first channel at another rate
     */
    static RecordedStream oneRateSignal(Recording recording, String format, String why) {
        RecordedStream s = signal(recording, format);
        double rate = s.info().sampleRateHz();
        for (int c = 0; c < s.info().channelCount(); c++) {
            if (s.sampleRatesHz()[c] != rate) {
                throw new IllegalArgumentException("channel " + s.info().channels().label(c) + " is sampled at "
                        + s.sampleRatesHz()[c] + " Hz, the stream at " + rate + " Hz: " + why + " (write .edf or "
                        + ".bdf)");
            }
        }
        return s;
    }

    /**
     * The events to write on the signal's timeline (seconds from its first sample): the recording's annotations,
     * else the markers of its string streams; those outside the signal ({@code 0} to {@code spanSeconds}) are
     * left out and said in {@code notes}.
     */
    static List<Annotation> events(Recording recording, RecordedStream s, double spanSeconds, List<String> notes) {
        List<Annotation> all = new ArrayList<>(recording.annotations());
        double origin = s.sampleCount() > 0 ? s.timestamps()[0] : 0;
        if (recording.annotations().isEmpty()) {
            for (Marker m : recording.markers()) {
                all.add(new Annotation(m.time() - origin, 0, m.label()));
            }
        }
        // a microsecond's tolerance: onsets are differences of clock times
        List<Annotation> inside = all.stream()
                .filter(a -> a.onsetSeconds() >= -1e-6 && a.onsetSeconds() <= spanSeconds + 1e-6).toList();
        long before = all.stream().filter(a -> a.onsetSeconds() < -1e-6).count();
        long after = all.size() - inside.size() - before;
        if (inside.size() < all.size()) {
            notes.add(String.format(Locale.ROOT, "left out %d of %d markers that fall outside the signal's "
                    + "0–%.3f s (%d before its first sample, %d after its last)", all.size() - inside.size(),
                    all.size(), spanSeconds, before, after));
        }
        return inside;
    }

    /** A note for each numeric stream other than {@code s}: a format of one signal stream leaves them out. */
    static void otherStreams(Recording recording, RecordedStream s, String format, List<String> notes) {
        for (RecordedStream other : recording.streams()) {
            if (other != s && !other.isStringStream()) {
                notes.add(String.format(Locale.ROOT, "left out stream '%s' (%s, %d channels): %s holds one signal "
                        + "stream", other.info().name(), other.info().type(), other.info().channelCount(), format));
            }
        }
    }
}
