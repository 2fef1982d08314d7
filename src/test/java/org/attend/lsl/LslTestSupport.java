package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.attend.testing.TestFiles;

/** Shared helpers of the LSL tests: the loopback configuration and value generators. */
final class LslTestSupport {

    private LslTestSupport() {
    }

    /** The lab's loopback configuration (machine scope, KnownPeers 127.0.0.1), as Surefire's LSLAPICFG names (a copy in src/test/resources/lsl). */
    static LslConfig loopback() {
        LslConfig c = TestFiles.loopbackLsl();
        assertEquals(ResolveScope.MACHINE, c.resolveScope(), "tests must stay on loopback");
        return c;
    }

    /** The LSL lab's files copied into the test resources: config, peers/, captures/. */
    static Path sharedLsl() {
        return TestFiles.lsl("lsl_api.loopback.cfg").getParent();
    }

    /** Sample {@code i} of a test stream: channel c holds i + 1000 c (int8: i % 100 + 10 c). */
    static Object values(ChannelFormat f, int channels, int i) {
        Object v = f.newArray(channels);
        for (int c = 0; c < channels; c++) {
            long x = (long) i + 1000L * c;
            switch (f) {
                case FLOAT32 -> ((float[]) v)[c] = x + 0.25f;
                case DOUBLE64 -> ((double[]) v)[c] = x + 0.125;
                case INT8 -> ((byte[]) v)[c] = (byte) (i % 100 + 10 * c);
                case INT16 -> ((short[]) v)[c] = (short) (x - 3000);
                case INT32 -> ((int[]) v)[c] = (int) (x * 1000 + Integer.MIN_VALUE / 2);
                case INT64 -> ((long[]) v)[c] = x * 10_000_000_000L;
                case STRING -> ((String[]) v)[c] = c == 1 ? "x".repeat(300 + i) : "s" + i + "/" + c + " µV";
            }
        }
        return v;
    }

    static List<Object> samples(ChannelFormat f, int channels, int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> values(f, channels, i)).toList();
    }
}
