package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecoderSpecTest {

    private static final ClassLoader LOADER = DecoderSpecTest.class.getClassLoader();

    @Test
    void aGridExpandsIntoEverySettingFirstOptionSlowest() {
        assertEquals(List.of("attend[lr=1e-3,epochs=40]", "attend[lr=1e-3,epochs=80]", "attend[lr=3e-3,epochs=40]",
                "attend[lr=3e-3,epochs=80]"), DecoderSpec.expand("attend[lr=1e-3|3e-3,epochs=40|80]"));
        assertEquals(List.of("csp-lda"), DecoderSpec.expand("csp-lda"));
        assertEquals(List.of("csp-lda[components=4]"), DecoderSpec.expand("csp-lda[components=4]"));
        assertEquals(List.of("model:a[b]|c"), DecoderSpec.expand("model:a[b]|c"), "a path is never a grid");
    }

    @Test
    void aSettingCarriesItsOptionsInOrder() {
        DecoderSpec spec = DecoderSpec.parse("attend[lr=1e-3,epochs=40]", LOADER);
        assertEquals("attend", spec.kind());
        assertEquals(List.of(Map.entry("lr", "1e-3"), Map.entry("epochs", "40")),
                List.copyOf(spec.options().asMap().entrySet()));
        assertEquals("attend_lr_1e-3_epochs_40_", spec.fileLabel());
    }

    @Test
    void malformedOptionsFailWithOneLine() {
        assertEquals("decoder 'attend[lr=1e-3|3e-3]' is a grid of settings; expand it first",
                assertThrows(IllegalArgumentException.class,
                        () -> DecoderSpec.parse("attend[lr=1e-3|3e-3]", LOADER)).getMessage());
        assertEquals("decoder 'csp-lda[components]': option 'components' is not key=value",
                assertThrows(IllegalArgumentException.class, () -> DecoderSpec.expand("csp-lda[components]"))
                        .getMessage());
        assertEquals("decoder 'csp-lda[components=4|]': option 'components' has an empty value or is given twice",
                assertThrows(IllegalArgumentException.class, () -> DecoderSpec.expand("csp-lda[components=4|]"))
                        .getMessage());
        assertEquals("decoder 'csp-lda[components=4': options are written kind[key=value,…]",
                assertThrows(IllegalArgumentException.class, () -> DecoderSpec.expand("csp-lda[components=4"))
                        .getMessage());
    }
}
