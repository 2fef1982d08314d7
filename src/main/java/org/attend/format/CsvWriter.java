package org.attend.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a recording's signal stream as CSV for a quick look (a spreadsheet, pandas): a header {@code time_s},
 * one column per channel (its label and unit, {@code C3 (uV)}), {@code marker}; one row per sample with its time
 * from the first sample, each value as its shortest exact decimal, and the labels of the markers that fall on
 * that sample (joined by {@code |}). One rate for all channels, as a row holds one sample of each.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes {@code recording} to {@code out}; returns what it wrote and changed. */
    public static Conversion write(Recording recording, Path out) throws IOException {
        RecordedStream s = Conversion.oneRateSignal(recording, "CSV", "a CSV row holds one sample of each channel");
        double rate = s.info().sampleRateHz();
        List<String> notes = new ArrayList<>();
        Conversion.otherStreams(recording, s, "CSV", notes);
        int n = s.sampleCount();
        List<Annotation> events = Conversion.events(recording, s, Math.max(0, n - 1) / rate, notes);
        String[] labels = new String[n];
        for (Annotation a : events) {
            int i = (int) Math.min(n - 1, Math.round(a.onsetSeconds() * rate));
            String label = quote(a.label());
            labels[i] = labels[i] == null ? label : labels[i] + "|" + label;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("time_s");
            for (int c = 0; c < s.info().channelCount(); c++) {
                String unit = s.channelUnits().get(c);
                header.append(',').append(quote(s.info().channels().label(c) + (unit.isEmpty() ? "" : " (" + unit
                        + ")")));
            }
            w.write(header.append(",marker\n").toString());
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < n; i++) {
                row.setLength(0);
                row.append(String.format(Locale.ROOT, "%.6f", i / rate));
                for (int c = 0; c < s.info().channelCount(); c++) {
                    row.append(',').append(Float.toString(s.samples()[c][i]));
                }
                row.append(',').append(labels[i] == null ? "" : labels[i]).append('\n');
                w.write(row.toString());
            }
        }
        return new Conversion(s.info().channelCount(), n / rate, events.size(), notes);
    }

    /** A CSV field, in double quotes where it holds a comma, quote, bar or line break. */
    private static String quote(String text) {
        return text.matches("[^,\"|\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
