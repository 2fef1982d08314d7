package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dashboard-png} on the shipped recording and model, as a user types it. */
class DashboardOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of(System.getProperty("attend.home", "."));

    @Test
    void replayWritesTheDashboardPicture(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("out.png");
        CliTestSupport.Result r = CliTestSupport.run("replay",
                HOME.resolve("recordings/eegmmidb/S001R08.edf").toString(), "--model",
                HOME.resolve("models/eegmmidb-lr-attend").toString(), "--speed", "max", "--duration", "12", "--json",
                "--dashboard-png", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode dashboard = JSON.readTree(lines.get(lines.size() - 2));
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("dashboard", dashboard.get("type").asText(), "the dashboard line precedes the summary");
        assertEquals(1, dashboard.get("pictures").asInt());
        assertEquals(0, summary.get("dropped_samples").asLong());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1280 && image.getHeight() >= 720, image.getWidth() + "×" + image.getHeight());
    }

    @Test
    void everyNeedsAPicture() {
        CliTestSupport.Result r = CliTestSupport.run("replay",
                HOME.resolve("recordings/eegmmidb/S001R08.edf").toString(), "--model",
                HOME.resolve("models/eegmmidb-lr-attend").toString(), "--dashboard-every", "2");
        assertNotEquals(0, r.exitCode());
        assertEquals("attend replay: dashboard: --dashboard-every needs --dashboard-png FILE", r.err().strip());
    }
}
