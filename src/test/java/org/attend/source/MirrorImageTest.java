package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.attend.stream.ChannelLayout;
import org.junit.jupiter.api.Test;

/**
 * The mirror images {@link ChannelLayout#mirrorIndices()} derives from 10-05 names are the mirror images of the
 * device profiles' electrode positions across the midline (x → −x), for every profile in which each electrode has
 * its image.
 */
class MirrorImageTest {

    @Test
    void namedMirrorImagesAreTheElectrodesAcrossTheMidline() throws Exception {
        DeviceProfiles profiles = DeviceProfiles.load(Path.of(System.getProperty("attend.home", ".")).resolve("devices"));
        int checked = 0;
        for (DeviceProfile profile : profiles.all()) {
            ChannelLayout layout = profile.layout();
            Optional<int[]> mirror = layout.mirrorIndices();
            if (mirror.isEmpty()) {
                continue;
            }
            for (int c = 0; c < layout.size(); c++) {
                Electrode e = profile.electrode(layout.label(c));
                Electrode image = profile.electrode(layout.label(mirror.get()[c]));
                String what = profile.name() + ": " + e.label() + " ↔ " + image.label();
                assertEquals(-e.x(), image.x(), 0.012, what);
                assertEquals(e.y(), image.y(), 0.012, what);
                assertEquals(e.z(), image.z(), 0.012, what);
                checked++;
            }
        }
        assertTrue(checked >= 64, "the 64-channel BCI2000 cap alone has 64 electrodes; checked " + checked);
    }
}
