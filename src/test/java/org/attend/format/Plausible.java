package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/**
 * What every recording a reader accepts must satisfy, whatever the file said: rates in [0, 100 kHz] (0 for
 * irregular streams), at least one channel where there are samples, finite time stamps, onsets and durations,
 * and finite samples wherever they were scaled from integers (float data may carry NaN on purpose).
 */
final class Plausible {

    /** The highest rate a real EEG recording has, Hz (as the readers' check). */
    static final double MAX_RATE_HZ = 100_000;

    private static final Set<String> INTEGER_FORMATS = Set.of("int8", "uint8", "int16", "uint16", "int24",
            "int32", "uint32", "int64", "uint64");

    private Plausible() {
    }

    static void assertPlausible(Recording r, String what) {
        assertTrue(Double.isFinite(r.durationSeconds()) && r.durationSeconds() >= 0,
                what + ": duration " + r.durationSeconds());
        for (RecordedStream s : r.streams()) {
            String stream = what + " stream '" + s.info().name() + "'";
            double rate = s.info().sampleRateHz();
            assertTrue(rate >= 0 && rate <= MAX_RATE_HZ, stream + ": rate " + rate + " Hz");
            for (double channelRate : s.sampleRatesHz()) {
                assertTrue(channelRate >= 0 && channelRate <= MAX_RATE_HZ, stream + ": channel rate " + channelRate);
            }
            assertTrue(s.sampleCount() == 0 || s.info().channelCount() >= 1, stream + ": samples but no channel");
            for (double t : s.timestamps()) {
                assertTrue(Double.isFinite(t), stream + ": time stamp " + t);
            }
            if (!s.isStringStream() && INTEGER_FORMATS.contains(s.channelFormat())) {
                for (int c = 0; c < s.samples().length; c++) {
                    for (float v : s.samples()[c]) {
                        assertTrue(Float.isFinite(v), stream + " channel " + c + ": sample " + v);
                    }
                }
            }
        }
        for (Annotation a : r.annotations()) {
            assertTrue(Double.isFinite(a.onsetSeconds()) && Double.isFinite(a.durationSeconds()),
                    what + ": annotation " + a);
        }
    }
}
