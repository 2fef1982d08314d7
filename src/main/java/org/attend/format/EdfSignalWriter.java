package org.attend.format;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;

/**
 * One signal as {@link EdfWriter} stores it: its header range, chosen so the data fit, and its digital values
 * computed from the range exactly as written (so a reader's scaling gives back the values to half a step).
 *
 * @param label       label
 * @param unit        physical dimension
 * @param physicalMin physical minimum as written
 * @param physicalMax physical maximum as written
 * @param perRecord   samples per data record
 * @param data        the values
 * @param bdf         24-bit rather than 16-bit
 */
record EdfSignalWriter(String label, String unit, String physicalMin, String physicalMax, int perRecord,
                       float[] data, boolean bdf) {

    static EdfSignalWriter of(String label, String unit, float[] data, int perRecord, boolean bdf) {
        long digitalMax = bdf ? 8_388_607 : 32_767;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integers = true;
        for (float v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            integers &= v == Math.rint(v);
        }
        if (data.length == 0) {
            min = -1;
            max = 1;
        }
        String lo;
        String hi;
        if (integers && min >= -digitalMax - 1 && max <= digitalMax) {
            // physical = digital: integer channels (stim, status, counters) stay exact, also for readers that
            // take a status channel's digital value as it is
            lo = String.valueOf(-digitalMax - 1);
            hi = String.valueOf(digitalMax);
        } else {
            if (max <= min) {
                max = min + 1;
            }
            lo = EdfWriter.number(min, RoundingMode.FLOOR);
            hi = EdfWriter.number(max, RoundingMode.CEILING);
        }
        return new EdfSignalWriter(label, unit.equals("uV") ? "uV" : unit, lo, hi, perRecord, data, bdf);
    }

    /** Writes record {@code r}'s samples, zeros past the end of the data. */
    void writeRecord(OutputStream out, long r) throws IOException {
        long digitalMax = bdf ? 8_388_607 : 32_767;
        PhysicalScale scale = new PhysicalScale(Double.parseDouble(physicalMin), Double.parseDouble(physicalMax),
                -digitalMax - 1, digitalMax);
        double gain = scale.gain();
        double offset = scale.offset();
        byte[] bytes = new byte[perRecord * (bdf ? 3 : 2)];
        for (int i = 0; i < perRecord; i++) {
            long index = r * perRecord + i;
            long digital = index < data.length ? Math.round((data[(int) index] - offset) / gain) : 0;
            digital = Math.max(-digitalMax - 1, Math.min(digitalMax, digital));
            int at = i * (bdf ? 3 : 2);
            bytes[at] = (byte) digital;
            bytes[at + 1] = (byte) (digital >> 8);
            if (bdf) {
                bytes[at + 2] = (byte) (digital >> 16);
            }
        }
        out.write(bytes);
    }
}
