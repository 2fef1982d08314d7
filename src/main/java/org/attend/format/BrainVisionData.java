package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/** The binary samples of a BrainVision .eeg file, multiplexed or vectorized. */
final class BrainVisionData {

    private BrainVisionData() {
    }

    /**
     * Reads the samples; a file that ends early or inside a sample is read as far as it goes, with a warning
     * added to {@code warnings} (as the EDF, BDF and XDF readers do), except vectorized data, where the
     * channels' boundaries would be unknown.
     */
    static float[][] read(BrainVisionHeader vhdr, String common, Path data, BrainVisionChannels chans,
                          List<String> warnings) throws IOException {
        int channels = chans.labels().size();
        int width = chans.bytesPerValue();
        boolean vectorized = vhdr.required(common, "DataOrientation").equalsIgnoreCase("VECTORIZED");
        if (!vectorized && !vhdr.required(common, "DataOrientation").equalsIgnoreCase("MULTIPLEXED")) {
            throw new RecordingFormatException(vhdr.path(), -1, "DataOrientation "
                    + vhdr.required(common, "DataOrientation") + " is not supported");
        }
        try (FileCursor in = new FileCursor(data)) {
            long rowBytes = (long) width * channels;
            long samples = in.size() / rowBytes;
            long leftOver = in.size() % rowBytes;
            String declared = vhdr.section(common).get("datapoints");
            if (vectorized && declared != null) {
                long points = (long) vhdr.number(common, "DataPoints");
                if (points < 0 || points > samples) {
                    throw in.error(0, "header declares " + points + " data points per channel but the file holds "
                            + samples);
                }
                samples = points;
            } else if (vectorized && leftOver != 0) {
                throw in.error(0, "the file's " + in.size() + " bytes are not a whole number of " + channels
                        + " channels × " + width + " bytes, so where each vectorized channel starts is unknown");
            } else if (declared != null) {
                long points = (long) vhdr.number(common, "DataPoints");
                if (points < 0) {
                    throw new RecordingFormatException(vhdr.path(), -1, "DataPoints " + points
                            + ": a count of samples cannot be negative");
                }
                if (points > samples) {
                    warnings.add("truncated: the header declares " + points + " data points but the file holds "
                            + samples + "; reading " + samples);
                }
            }
            if (!vectorized && leftOver != 0) {
                warnings.add("truncated: the file ends " + leftOver + " bytes into a sample; the partial sample "
                        + "is dropped");
            }
            if (samples > Integer.MAX_VALUE - 16) {
                throw in.error(0, samples + " samples per channel are more than one array can hold");
            }
            float[][] out = new float[channels][(int) samples];
            byte[] row = new byte[(int) Math.min(1 << 16, samples * width * (vectorized ? 1 : channels))];
            ByteBuffer b = ByteBuffer.wrap(row).order(chans.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            long values = samples * channels;
            int perRead = row.length / width / (vectorized ? 1 : channels) * (vectorized ? 1 : channels);
            for (long done = 0; done < values; ) {
                int n = (int) Math.min(perRead, values - done);
                in.readFully(row, 0, n * width, "samples");
                b.clear();
                for (int k = 0; k < n; k++, done++) {
                    int channel = (int) (vectorized ? done / samples : done % channels);
                    int sample = (int) (vectorized ? done % samples : done / channels);
                    out[channel][sample] = (float) (value(b, chans.format()) * chans.scale()[channel]);
                }
            }
            return out;
        }
    }

    private static double value(ByteBuffer b, String format) {
        return switch (format) {
            case "int16" -> b.getShort();
            case "int32" -> b.getInt();
            default -> b.getFloat();
        };
    }
}
