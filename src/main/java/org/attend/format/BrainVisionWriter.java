package org.attend.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a recording's signal stream as BrainVision (the {@code .vhdr} named, with the {@code .eeg} and
 * {@code .vmrk} beside it): multiplexed little-endian float32, which keeps every sample of an integer or float32
 * recording, each channel in its own unit, the markers as {@code Stimulus} markers (read back, as by MNE, as
 * {@code Stimulus/LABEL}), the start date as the first {@code New Segment}'s. BrainVision holds one rate: a
 * recording whose channels differ in rate is refused.
 */
public final class BrainVisionWriter {

    private static final DateTimeFormatter SEGMENT_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private BrainVisionWriter() {
    }

    /** Writes {@code recording} to {@code vhdr} and the two files beside it; returns what it wrote and changed. */
    public static Conversion write(Recording recording, Path vhdr) throws IOException {
        RecordedStream s = Conversion.oneRateSignal(recording, "BrainVision",
                "BrainVision holds one rate for all channels");
        double rate = s.info().sampleRateHz();
        List<String> notes = new ArrayList<>();
        Conversion.otherStreams(recording, s, "BrainVision", notes);
        if (List.of("int32", "int64", "double64").contains(s.channelFormat())) {
            notes.add(s.channelFormat() + " samples stored as 32-bit floats (24 bits of precision)");
        }
        int n = s.sampleCount();
        List<Annotation> events = Conversion.events(recording, s, Math.max(0, n - 1) / rate, notes);
        if (!events.isEmpty()) {
            notes.add("markers written as BrainVision Stimulus markers: readers (MNE, Attend) name them "
                    + "'Stimulus/LABEL'");
        }
        String name = vhdr.getFileName().toString();
        String base = name.substring(0, name.length() - ".vhdr".length());
        Path eeg = vhdr.resolveSibling(base + ".eeg");
        Path vmrk = vhdr.resolveSibling(base + ".vmrk");
        writeData(s, eeg);
        StringBuilder h = new StringBuilder("Brain Vision Data Exchange Header File Version 1.0\n")
                .append("; Data written by Attend\n\n[Common Infos]\nCodepage=UTF-8\n")
                .append("DataFile=").append(eeg.getFileName()).append('\n')
                .append("MarkerFile=").append(vmrk.getFileName()).append('\n')
                .append("DataFormat=BINARY\nDataOrientation=MULTIPLEXED\n")
                .append("NumberOfChannels=").append(s.info().channelCount()).append('\n')
                .append("SamplingInterval=").append(new BigDecimal(1e6 / rate).round(new java.math.MathContext(12))
                        .stripTrailingZeros().toPlainString()).append("\n\n")
                .append("[Binary Infos]\nBinaryFormat=IEEE_FLOAT_32\n\n[Channel Infos]\n");
        for (int c = 0; c < s.info().channelCount(); c++) {
            String unit = s.channelUnits().get(c);
            h.append("Ch").append(c + 1).append('=').append(escape(s.info().channels().label(c))).append(",,1,")
                    .append(unit.equals("uV") ? "µV" : escape(unit)).append('\n');
        }
        Files.writeString(vhdr, h, StandardCharsets.UTF_8);
        StringBuilder m = new StringBuilder("Brain Vision Data Exchange Marker File, Version 1.0\n\n[Common Infos]\n")
                .append("Codepage=UTF-8\nDataFile=").append(eeg.getFileName()).append("\n\n[Marker Infos]\n")
                .append("Mk1=New Segment,,1,1,0");
        if (recording.startTime() != null) {
            LocalDateTime t = LocalDateTime.ofInstant(recording.startTime(), ZoneOffset.UTC);
            m.append(',').append(SEGMENT_DATE.format(t))
                    .append(String.format(Locale.ROOT, "%06d", t.getNano() / 1000));
        }
        m.append('\n');
        int k = 2;
        for (Annotation a : events) {
            long position = Math.round(a.onsetSeconds() * rate) + 1;
            long length = Math.max(1, Math.round(a.durationSeconds() * rate));
            m.append("Mk").append(k++).append("=Stimulus,").append(escape(a.label())).append(',').append(position)
                    .append(',').append(length).append(",0\n");
        }
        Files.writeString(vmrk, m, StandardCharsets.UTF_8);
        return new Conversion(s.info().channelCount(), n / rate, events.size(), notes);
    }

    private static void writeData(RecordedStream s, Path eeg) throws IOException {
        int channels = s.info().channelCount();
        ByteBuffer frame = ByteBuffer.allocate(4 * channels).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(eeg), 1 << 16)) {
            for (int i = 0; i < s.sampleCount(); i++) {
                frame.clear();
                for (int c = 0; c < channels; c++) {
                    frame.putFloat(s.samples()[c][i]);
                }
                o.write(frame.array());
            }
        }
    }

    /** A field of a header line: its commas as BrainVision's {@code \1}, line breaks as spaces. */
    private static String escape(String text) {
        return text.replace(",", "\\1").replace('\n', ' ').replace('\r', ' ');
    }
}
