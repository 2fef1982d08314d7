package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backend selection for {@code --lsl-backend}; CI has no liblsl, so "present" is a stand-in library. */
class LslBackendsTest {

    private static final LslConfig CONFIG = LslTestSupport.loopback();

    /** A stand-in liblsl answering only its version. */
    private static LibLsl fakeLiblsl() {
        return (LibLsl) Proxy.newProxyInstance(LibLsl.class.getClassLoader(), new Class<?>[] {LibLsl.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("lsl_library_version")) {
                        return 117;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void javaNeverLooksForLiblsl() {
        LslBackend b = LslBackends.select("java", CONFIG, () -> {
            throw new AssertionError("liblsl looked up for --lsl-backend java");
        });
        assertInstanceOf(JavaBackend.class, b);
        assertEquals("java", b.name());
    }

    @Test
    void autoTakesLiblslWhenPresentElseJava() {
        assertInstanceOf(JavaBackend.class, LslBackends.select("auto", CONFIG, Optional::empty));
        LslBackend nativeOne = LslBackends.select("AUTO", CONFIG, () -> Optional.of(fakeLiblsl()));
        assertInstanceOf(NativeBackend.class, nativeOne);
        assertEquals("native (liblsl 117)", nativeOne.name());
        assertInstanceOf(NativeBackend.class, LslBackends.select("native", CONFIG, () -> Optional.of(fakeLiblsl())));
    }

    @Test
    void nativeAskedForButAbsentFailsClearly() {
        assertEquals(Optional.empty(), LslBackends.locate("attend-test-no-such-liblsl"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LslBackends.select("native", CONFIG,
                () -> LslBackends.locate("attend-test-no-such-liblsl")));
        assertTrue(e.getMessage().contains("liblsl was not found"), e.getMessage());
        assertTrue(e.getMessage().contains("--lsl-backend java"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LslBackends.select("fast", CONFIG, Optional::empty));
        assertTrue(bad.getMessage().contains("auto, java or native"));
    }
}
