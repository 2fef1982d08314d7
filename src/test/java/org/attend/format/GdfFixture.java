package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small GDF 2.20 file made here, so that the GDF tests need no GPL/LGPL sample on a fresh clone: 2 int16
 * signals ("C3", "C4", µV), 4 records of 1 s at 250 Hz, physical ±3276.7 µV over digital ±32767 (0.1 µV per
 * step), and a mode-1 event table with cue 769 at 1 s and cue 770 at 3 s. Sample {@code i} of
 * channel {@code c} holds the digital value {@link #digital(int, int)}. Field offsets follow the GDF 2 layout
 * (Schlögl, GDF v2.20 specification, table 1 and 2).
 */
final class GdfFixture {

    static final int CHANNELS = 2;
    static final int RATE_HZ = 250;
    static final int RECORDS = 4;
    static final double MICROVOLTS_PER_STEP = 0.1;

    /** Offsets of the fixed header's numeric fields. */
    static final int HEADER_BLOCKS_AT = 184;
    static final int RECORDS_AT = 236;
    static final int DURATION_NUMERATOR_AT = 244;
    static final int DURATION_DENOMINATOR_AT = 248;
    static final int SIGNALS_AT = 252;

    private GdfFixture() {
    }

    /** The digital value of sample {@code i} of channel {@code c}. */
    static short digital(int c, int i) {
        return (short) ((i % 200 - 100) * (c + 1) * 10);
    }

    static byte[] bytes() {
        int ns = CHANNELS;
        int header = 256 * (ns + 1);
        int data = RECORDS * RATE_HZ * ns * 2;
        int events = 8 + 2 * 6;
        ByteBuffer b = ByteBuffer.allocate(header + data + events).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GDF 2.20".getBytes(StandardCharsets.US_ASCII));
        b.position(8);
        b.put("X attend-fixture".getBytes(StandardCharsets.US_ASCII));
        b.putShort(HEADER_BLOCKS_AT, (short) (ns + 1));
        b.putLong(RECORDS_AT, RECORDS);
        b.putInt(DURATION_NUMERATOR_AT, 1);
        b.putInt(DURATION_DENOMINATOR_AT, 1);
        b.putShort(SIGNALS_AT, (short) ns);
        int base = 256;
        String[] labels = {"C3", "C4"};
        for (int c = 0; c < ns; c++) {
            b.position(base + 16 * c);
            b.put(labels[c].getBytes(StandardCharsets.US_ASCII));
            b.position(base + 96 * ns + 6 * c);
            b.put("uV".getBytes(StandardCharsets.US_ASCII));
            b.putShort(base + 102 * ns + 2 * c, (short) 4275); // 4256 = volt, prefix 19 = micro
            b.putDouble(base + 104 * ns + 8 * c, -3276.7);
            b.putDouble(base + 112 * ns + 8 * c, 3276.7);
            b.putDouble(base + 120 * ns + 8 * c, -32767);
            b.putDouble(base + 128 * ns + 8 * c, 32767);
            b.putInt(base + 216 * ns + 4 * c, RATE_HZ);
            b.putInt(base + 220 * ns + 4 * c, 3); // int16
        }
        b.position(header);
        for (int r = 0; r < RECORDS; r++) {
            for (int c = 0; c < ns; c++) {
                for (int i = 0; i < RATE_HZ; i++) {
                    b.putShort(digital(c, r * RATE_HZ + i));
                }
            }
        }
        b.put((byte) 1).put((byte) 2).put((byte) 0).put((byte) 0).putFloat(RATE_HZ);
        b.putInt(251).putInt(751); // 1-based positions: onsets 1 s and 3 s
        b.putShort((short) 769).putShort((short) 770);
        return b.array();
    }

    static Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }
}
