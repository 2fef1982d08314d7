package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.RecordingFormatException;
import org.attend.format.Recordings;
import org.attend.stream.Marker;

/**
 * Reads a run with {@link Recordings#read(Path)}: the EEG stream's EEG channels (every channel when none is
 * typed EEG), and the file's annotations or marker-stream events.
 */
public final class RecordingRunLoader implements RunLoader {

    @Override
    public ContinuousRun load(Path file) throws IOException {
        Recording recording = Recordings.read(file);
        RecordedStream eeg = recording.eegStream().orElseThrow(() ->
                new RecordingFormatException(file, -1, "no numeric signal stream to epoch"));
        if (!eeg.isEvenlySampled()) {
            throw new RecordingFormatException(file, -1, "channels have different sample rates; resample first");
        }
        List<Integer> picks = new ArrayList<>();
        for (int c = 0; c < eeg.info().channelCount(); c++) {
            if ("EEG".equalsIgnoreCase(eeg.channelTypes().get(c))) {
                picks.add(c);
            }
        }
        if (picks.isEmpty()) {
            for (int c = 0; c < eeg.info().channelCount(); c++) {
                picks.add(c);
            }
        }
        List<String> labels = new ArrayList<>();
        float[][] data = new float[picks.size()][];
        for (int i = 0; i < picks.size(); i++) {
            labels.add(eeg.info().channels().label(picks.get(i)));
            data[i] = eeg.samples()[picks.get(i)];
        }
        // annotations and marker streams (XDF), moved from the stream clock to seconds after the first sample
        double origin = eeg.sampleCount() > 0 ? eeg.timestamps()[0] : 0;
        List<Marker> events = new ArrayList<>();
        for (Marker m : recording.markers()) {
            events.add(new Marker(m.label(), m.time() - origin));
        }
        return new ContinuousRun(file.getFileName().toString(), labels, eeg.info().sampleRateHz(), data, events);
    }
}
