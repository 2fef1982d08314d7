package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window on a private Xvfb display: a replay drives it (in a child JVM, which reads that display),
 * and a screen capture of the window shows the drawn dashboard.
 */
class DashboardWindowTest {

    @Test
    void theWindowShowsTheReplay(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("Xvfb"), "no Xvfb binary (apt-get install xvfb): no display for the window");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten",
                "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                    StandardCharsets.US_ASCII));
            String number = display.readLine();
            assertTrue(number != null && number.strip().matches("\\d+"), "Xvfb reported its display: " + number);
            Path shot = dir.resolve("window.png");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dattend.home=" + Replays.HOME.toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                    DashboardWindowDriver.class.getName(), shot.toString()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", ":" + number.strip());
            Process driver = pb.start();
            String out = new String(driver.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(driver.waitFor(3, TimeUnit.MINUTES), "driver finished");
            assertEquals(0, driver.exitValue(), out);
            Matcher m = Pattern.compile("ok dropped=(\\d+) frames=(\\d+)").matcher(out);
            assertTrue(m.find(), out);
            assertEquals(0, Long.parseLong(m.group(1)), "dropped samples");
            assertTrue(Long.parseLong(m.group(2)) >= 3, "frames drawn: " + m.group(2));
            BufferedImage capture = ImageIO.read(shot.toFile());
            assertTrue(capture.getWidth() >= 640 && capture.getHeight() >= 360, capture.getWidth() + "×"
                    + capture.getHeight());
            Set<Integer> colours = new HashSet<>();
            int background = 0;
            for (int y = 0; y < capture.getHeight(); y += 2) {
                for (int x = 0; x < capture.getWidth(); x += 2) {
                    colours.add(capture.getRGB(x, y));
                    background += capture.getRGB(x, y) == Style.BACKGROUND.getRGB() ? 1 : 0;
                }
            }
            assertTrue(colours.size() > 300, "the captured window is drawn (" + colours.size() + " colours)");
            assertTrue(DashboardPngTest.contains(capture, 0, 0, capture.getWidth(), 8, Style.TRACE.getRGB()),
                    "the header bar is on screen");
            assertTrue(background < capture.getWidth() * capture.getHeight() / 8, "mostly panels, not background");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
