package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;

/**
 * The native backend's glue (CI has no liblsl): a scripted stand-in for liblsl's C API checks that infos are
 * read from their XML, strings are copied and freed with lsl_destroy_string, error codes become exceptions.
 */
class NativeBackendGlueTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Pointer> freed = new ArrayList<>();
    private int floatPulls;

    private static Memory cString(String s) {
        byte[] b = (s + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Memory m = new Memory(b.length);
        m.write(0, b, 0, b.length);
        return m;
    }

    private LibLsl liblsl(LslStreamInfo info) {
        return (LibLsl) Proxy.newProxyInstance(LibLsl.class.getClassLoader(), new Class<?>[] {LibLsl.class},
                (proxy, m, a) -> {
                    calls.add(m.getName());
                    switch (m.getName()) {
                        case "lsl_library_version":
                            return 117;
                        case "lsl_resolve_bypred":
                            ((Pointer[]) a[0])[0] = new Memory(8);
                            return 1;
                        case "lsl_get_xml":
                            return cString(InfoXml.fullInfo(info));
                        case "lsl_destroy_string":
                            freed.add((Pointer) a[0]);
                            return null;
                        case "lsl_create_inlet":
                            return new Memory(8);
                        case "lsl_open_stream", "lsl_destroy_inlet", "lsl_destroy_streaminfo":
                            return null;
                        case "lsl_was_clock_reset":
                            return 0;
                        case "lsl_pull_sample_str":
                            ((Pointer[]) a[1])[0] = cString("left µ");
                            return 12.5;
                        case "lsl_pull_sample_f":
                            floatPulls++;
                            if (floatPulls == 1) {
                                ((float[]) a[1])[0] = 3.5f;
                                return 20.0;
                            }
                            if (floatPulls == 2) {
                                ((IntByReference) a[4]).setValue(-1);
                                return 0.0;
                            }
                            ((IntByReference) a[4]).setValue(-2);
                            return 0.0;
                        case "lsl_time_correction":
                            return 0.001;
                        default:
                            throw new UnsupportedOperationException(m.getName());
                    }
                });
    }

    @Test
    void resolveAndPullStringsThroughTheCApi() throws Exception {
        LslStreamInfo markers = LslStreamInfo.create("Cues", "Markers", 1, ChannelFormat.STRING, 0, "cues");
        try (NativeBackend backend = new NativeBackend(liblsl(markers))) {
            List<LslStreamInfo> found = backend.resolve("type='Markers'", 1, Duration.ofSeconds(1));
            assertEquals(List.of(markers), found);
            assertEquals(1, freed.size(), "the XML string is freed");
            try (LslInlet inlet = backend.inlet(found.get(0), InletOptions.defaults())) {
                inlet.open(Duration.ofSeconds(1));
                LslSample s = inlet.pull(Duration.ofSeconds(1));
                assertEquals(12.5, s.timestamp());
                assertArrayEquals(new String[] {"left µ"}, (String[]) s.values());
                assertEquals(2, freed.size(), "the pulled string is freed");
                assertEquals(0.001, inlet.timeCorrection(Duration.ofSeconds(1)));
            }
            assertTrue(calls.contains("lsl_destroy_inlet"));
        }
        assertTrue(calls.contains("lsl_destroy_streaminfo"), "resolved handles are released on close");
    }

    @Test
    void timeoutIsNullAndLostIsTyped() throws Exception {
        LslStreamInfo eeg = LslStreamInfo.create("EEG", "EEG", 1, ChannelFormat.FLOAT32, 100, "eeg");
        try (NativeBackend backend = new NativeBackend(liblsl(eeg));
             LslInlet inlet = backend.inlet(backend.resolve("", 1, Duration.ofSeconds(1)).get(0),
                     InletOptions.defaults())) {
            assertEquals(3.5f, ((float[]) inlet.pull(Duration.ZERO).values())[0]);
            assertNull(inlet.pull(Duration.ZERO), "lsl_timeout_error is a timeout");
            LslLostException e = assertThrows(LslLostException.class, () -> inlet.pull(Duration.ZERO));
            assertTrue(e.getMessage().contains("'EEG' lost"));
        }
    }
}
