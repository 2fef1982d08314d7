package org.attend.realtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attend.stream.ChannelFormat;
import org.attend.format.XdfWriter;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamInfo;
import org.attend.stream.StreamState;

/**
 * Records a session to XDF as LabRecorder would: the raw EEG, the markers, the predictions (one channel per
 * class probability) and the commands, as four streams on the source clock; a gap in the stream is marked. Every
 * stream gets clock offsets (zero: its time stamps are already on the source clock) when it starts, every
 * {@value #CLOCK_OFFSET_SECONDS} s and at the end, as LabRecorder measures them for each stream, so that readers
 * (pyxdf) find a clock segment for each stream's samples. The file is flushed once a second of signal, so a
 * killed process leaves everything up to the last second readable.
 * Sessions run it behind a {@link QueuedListener}, so that disk writes never delay the processing thread.
 */
public final class XdfSessionRecorder implements SessionListener {

    /** Label of the marker written where the stream went stale. */
    public static final String GAP_MARKER = "attend-gap";
    private static final double FLUSH_SECONDS = 1.0;
    private static final double CLOCK_OFFSET_SECONDS = 5.0;

    private final XdfWriter xdf;
    private final int eeg;
    private final int markers;
    private final int commands;
    private final String sourceId;
    private int predictions = -1;
    private double lastFlush = Double.NEGATIVE_INFINITY;
    private double lastClockOffset = Double.NEGATIVE_INFINITY;
    private double lastTime = Double.NaN;

    /**
     * Bytes a second of {@code eeg} takes in the recording: its samples as float32 with a time stamp each (the
     * marker, prediction and command streams add little).
     */
    public static double bytesPerSecond(StreamInfo eeg) {
        return eeg.sampleRateHz() * XdfWriter.sampleBytes(eeg.channelCount(), ChannelFormat.FLOAT32);
    }

    /** Creates {@code file} and declares the EEG, marker and command streams of {@code eegInfo}'s session. */
    public XdfSessionRecorder(Path file, StreamInfo eegInfo) throws IOException {
        this.xdf = XdfWriter.create(file);
        this.sourceId = eegInfo.sourceId();
        this.eeg = xdf.addStream(eegInfo, ChannelFormat.FLOAT32);
        this.markers = xdf.addStream(markerInfo("Attend markers", "Markers"), ChannelFormat.STRING);
        this.commands = xdf.addStream(markerInfo("Attend commands", "Commands"), ChannelFormat.STRING);
    }

    private StreamInfo markerInfo(String name, String type) {
        return new StreamInfo(name, type, ChannelLayout.of(type.toLowerCase(Locale.ROOT)), 0, "", sourceId);
    }

    @Override
    public void onChunk(Chunk raw, List<Marker> chunkMarkers) throws IOException {
        if (!chunkMarkers.isEmpty()) {
            xdf.writeStrings(markers, chunkMarkers.stream().map(Marker::label).toArray(String[]::new),
                    chunkMarkers.stream().mapToDouble(Marker::time).toArray());
        }
        if (raw.sampleCount() == 0) {
            return;
        }
        xdf.writeSamples(eeg, raw);
        double t = raw.lastTime();
        lastTime = t;
        if (t - lastClockOffset >= CLOCK_OFFSET_SECONDS) {
            clockOffsets(t);
            lastClockOffset = t;
        }
        if (t - lastFlush >= FLUSH_SECONDS) {
            xdf.flush();
            lastFlush = t;
        }
    }

    @Override
    public void onPrediction(Prediction prediction) throws IOException {
        if (predictions < 0) {
            predictions = xdf.addStream(new StreamInfo("Attend predictions", "Predictions",
                    ChannelLayout.of(prediction.classes()), 0, "probability", sourceId), ChannelFormat.FLOAT32);
            xdf.writeClockOffset(predictions, prediction.sourceTime(), 0);
        }
        float[][] column = new float[prediction.probabilities().length][1];
        for (int k = 0; k < column.length; k++) {
            column[k][0] = prediction.probabilities()[k];
        }
        xdf.writeSamples(predictions, new Chunk(column, new double[] {prediction.sourceTime()}));
    }

    @Override
    public void onCommand(Command command) throws IOException {
        xdf.writeStrings(commands, new String[] {command.name()}, new double[] {command.sourceTime()});
    }

    /** Marks each gap in the marker stream: {@value #GAP_MARKER} at the last sample before it. */
    @Override
    public void onHealth(StreamHealth health) throws IOException {
        if (health.state() == StreamState.STALE && !Double.isNaN(health.lastSampleTime())) {
            xdf.writeStrings(markers, new String[] {GAP_MARKER}, new double[] {health.lastSampleTime()});
            xdf.flush();
        }
    }

    /** A clock offset of zero at {@code time} for every stream (time stamps are already on the source clock). */
    private void clockOffsets(double time) throws IOException {
        for (int stream : new int[] {eeg, markers, commands, predictions}) {
            if (stream > 0) {
                xdf.writeClockOffset(stream, time, 0);
            }
        }
    }

    /** Writes the last clock offsets (so that each stream's last samples lie within its offsets) and closes. */
    @Override
    public void close() throws IOException {
        try {
            if (!Double.isNaN(lastTime) && lastTime > lastClockOffset) {
                clockOffsets(lastTime);
            }
        } finally {
            xdf.close();
        }
    }
}
