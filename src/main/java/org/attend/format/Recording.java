package org.attend.format;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attend.stream.Marker;

/**
 * A recorded session as read from a file: its streams, annotations and clocks.
 *
 * <p>EDF, BDF, GDF and BrainVision files hold one signal stream and a list of {@link Annotation}s whose onsets
 * count from its first sample. XDF files hold any number of streams; marker streams are string streams and
 * {@code annotations} is empty.
 *
 * @param source      the file read
 * @param format      its format
 * @param startTime   wall-clock time of the first sample (sub-second where the file says so), null if unknown
 * @param streams     the streams, in file order
 * @param annotations annotations, sorted by onset
 * @param warnings    problems the reader recovered from (a truncated last record or chunk, a missing footer)
 */
public record Recording(Path source, RecordingFormat format, Instant startTime, List<RecordedStream> streams,
                        List<Annotation> annotations, List<String> warnings) {

    public Recording {
        streams = List.copyOf(streams);
        annotations = annotations.stream().sorted(Comparator.comparingDouble(Annotation::onsetSeconds)).toList();
        warnings = List.copyOf(warnings);
    }

    /**
     * The signal stream to decode: the numeric stream of type EEG with most channels × rate, else the numeric
     * stream with most channels × rate.
     */
    public Optional<RecordedStream> eegStream() {
        Comparator<RecordedStream> size = Comparator.<RecordedStream>comparingDouble(
                s -> s.info().channelCount() * s.info().sampleRateHz()).thenComparingInt(RecordedStream::sampleCount);
        List<RecordedStream> numeric = streams.stream().filter(s -> !s.isStringStream())
                .filter(s -> s.info().channelCount() > 0).toList();
        Optional<RecordedStream> eeg = numeric.stream().filter(s -> s.info().type().equalsIgnoreCase("EEG"))
                .max(size);
        return eeg.isPresent() ? eeg : numeric.stream().max(size);
    }

    /**
     * Every event of the recording as a {@link Marker} on the clock of {@link #eegStream()}: annotations
     * (their onset added to the stream's first time stamp) and the samples of string streams (first channel).
     * Sorted by time.
     */
    public List<Marker> markers() {
        double origin = eegStream().filter(s -> s.sampleCount() > 0).map(s -> s.timestamps()[0]).orElse(0.0);
        List<Marker> markers = new ArrayList<>();
        for (Annotation a : annotations) {
            markers.add(new Marker(a.label(), origin + a.onsetSeconds()));
        }
        for (RecordedStream s : streams) {
            if (s.isStringStream() && s.strings().length > 0) {
                for (int i = 0; i < s.sampleCount(); i++) {
                    markers.add(new Marker(s.strings()[0][i], s.timestamps()[i]));
                }
            }
        }
        markers.sort(Comparator.comparingDouble(Marker::time));
        return markers;
    }

    /** Total duration, seconds: the longest stream's. */
    public double durationSeconds() {
        return streams.stream().mapToDouble(RecordedStream::durationSeconds).max().orElse(0);
    }
}
