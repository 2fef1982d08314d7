package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceProfilesTest {

    private static DeviceProfiles shipped() throws Exception {
        return DeviceProfiles.load(Path.of(System.getProperty("attend.home"), "devices"));
    }

    @Test
    void shipsAtLeastTenHeadsetsWithPlausibleMontages() throws Exception {
        DeviceProfiles profiles = shipped();
        assertTrue(profiles.all().size() >= 10);
        for (DeviceProfile p : profiles.all()) {
            Set<String> labels = new HashSet<>();
            for (Electrode e : p.channels()) {
                assertTrue(labels.add(e.label().toUpperCase()), p.name() + ": duplicate " + e.label());
                double radius = e.distanceTo(0, 0, 0);
                assertTrue(radius > 0.07 && radius < 0.125, p.name() + " " + e.label() + " lies on a head: " + radius);
            }
            assertTrue(p.sampleRateHz() >= 100, p.name());
            assertEquals("EEG", p.lsl().type());
        }
    }

    @Test
    void positionsFollowTheHeadFrame() throws Exception {
        DeviceProfile cap = shipped().get("bci2000-64");
        assertEquals(64, cap.channels().size());
        assertTrue(cap.electrode("C3").x() < 0 && cap.electrode("C4").x() > 0, "x points right");
        assertTrue(cap.electrode("Fpz").y() > 0 && cap.electrode("Oz").y() < 0, "y points to the nose");
        assertTrue(cap.electrode("Cz").z() > cap.electrode("T7").z(), "z points up");
        assertEquals(cap.electrode("C3").x(), -cap.electrode("C4").x(), 0.005, "C3 and C4 mirror each other");
    }

    @Test
    void malformedProfileIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"channels\": [}");
        var e = assertThrows(java.io.IOException.class, () -> DeviceProfiles.load(dir));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"sampleRateHz\": 0, \"channels\": []}");
        e = assertThrows(java.io.IOException.class, () -> DeviceProfiles.load(dir));
        assertTrue(e.getMessage().contains("positive sampleRateHz"), e.getMessage());
    }
}
