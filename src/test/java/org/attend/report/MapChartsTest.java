package org.attend.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's class-average scalp maps and ERD/ERS maps. */
class MapChartsTest {

    @Test
    void theReportShowsBothMaps(@TempDir Path dir) throws Exception {
        List<ScalpPosition> sites = List.of(ScalpPosition.fromHeadFrame("C3", -0.065, -0.012, 0.064),
                ScalpPosition.fromHeadFrame("Cz", 0, -0.009, 0.1), ScalpPosition.fromHeadFrame("C4", 0.067, -0.011, 0.064));
        ReportData.ClassTopomap topomap = new ReportData.ClassTopomap("attend", List.of("left", "right"), sites,
                new double[][] {{0.2, 0.3, 0.5}, {0.5, 0.3, 0.2}});
        double[] times = {-1, -0.5, 0, 0.5, 1};
        double[] freqs = {8, 9, 10};
        double[][] change = new double[5][3];
        change[4][2] = -60;
        ReportData.TimeFrequency erd = new ReportData.TimeFrequency("C3", "right", times, freqs, change, "1 subject");
        ReportData data = new ReportData("maps", Map.of(), List.of("accuracy"),
                List.of(new ReportData.ScoreRow("1", "attend", Map.of("accuracy", 0.7))), List.of(), List.of(),
                List.of(), List.of(), List.of(topomap), List.of(erd));
        String html = Files.readString(HtmlReport.write(dir, data));
        assertTrue(html.contains("<img src=\"topomap-attend.png\""), html);
        assertTrue(html.contains("<img src=\"erds.png\""), html);
        BufferedImage scalp = ImageIO.read(dir.resolve("topomap-attend.png").toFile());
        assertTrue(contains(scalp, ColorMap.VIRIDIS.at(1.0).getRGB()), "the maximum's colour is drawn");
        assertTrue(contains(scalp, ColorMap.BLUE_WHITE_RED.at(0.0).getRGB()), "the difference map's extreme");
        BufferedImage tf = ImageIO.read(dir.resolve("erds.png").toFile());
        assertTrue(contains(tf, ColorMap.BLUE_WHITE_RED.at(0.0).getRGB()), "the −60 % bin at the bottom of the scale");
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
