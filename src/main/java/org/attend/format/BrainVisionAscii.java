package org.attend.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The samples of a BrainVision ASCII data file: one line per sample (multiplexed), after {@code SkipLines}
 * header lines, values separated by white space (or by commas when a line has no white space, as MNE-Python
 * reads Analyzer exports), the first {@code SkipColumns} columns skipped, {@code DecimalSymbol} {@code ,} or
 * {@code .}.
 */
final class BrainVisionAscii {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BrainVisionAscii() {
    }

    static float[][] read(BrainVisionHeader vhdr, String common, Path data, BrainVisionChannels chans)
            throws IOException {
        if (vhdr.required(common, "DataOrientation").equalsIgnoreCase("VECTORIZED")) {
            throw new RecordingFormatException(vhdr.path(), -1, "vectorized ASCII data are not supported (as in "
                    + "MNE-Python)");
        }
        var infos = vhdr.section("ASCII Infos");
        boolean comma = infos.getOrDefault("decimalsymbol", ".").equals(",");
        int skipLines = count(vhdr, infos.getOrDefault("skiplines", "0"), "SkipLines");
        int skipColumns = count(vhdr, infos.getOrDefault("skipcolumns", "0"), "SkipColumns");
        int channels = chans.labels().size();
        // at least two characters per value: a lying channel count cannot allocate more than the file
        float[][] out = new float[channels][(int) Math.min(1024, Files.size(data) / (2L * channels) + 1)];
        int n = 0;
        long offset = 0;
        try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.ISO_8859_1)) {
            String line;
            for (int lineNo = 0; (line = in.readLine()) != null; lineNo++) {
                long at = offset;
                offset += line.length() + 1;
                String text = line.strip();
                if (lineNo < skipLines || text.isEmpty()) {
                    continue;
                }
                if (comma) {
                    text = text.replace(',', '.');
                }
                String[] fields = SPACES.matcher(text).find() ? SPACES.split(text) : text.split(",");
                if (fields.length < skipColumns + channels) {
                    throw new RecordingFormatException(data, at, "line " + (lineNo + 1) + " has " + fields.length
                            + " values, " + (skipColumns + channels) + " expected");
                }
                if (n == out[0].length) {
                    for (int c = 0; c < channels; c++) {
                        out[c] = Arrays.copyOf(out[c], n * 2);
                    }
                }
                for (int c = 0; c < channels; c++) {
                    try {
                        out[c][n] = (float) (Double.parseDouble(fields[skipColumns + c]) * chans.scale()[c]);
                    } catch (NumberFormatException e) {
                        throw new RecordingFormatException(data, at, "line " + (lineNo + 1) + ": '"
                                + fields[skipColumns + c] + "' is not a number");
                    }
                }
                n++;
            }
        }
        for (int c = 0; c < channels; c++) {
            out[c] = Arrays.copyOf(out[c], n);
        }
        return out;
    }

    private static int count(BrainVisionHeader vhdr, String text, String key) throws RecordingFormatException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(vhdr.path(), -1, key + " '" + text + "' is not a count");
    }
}
