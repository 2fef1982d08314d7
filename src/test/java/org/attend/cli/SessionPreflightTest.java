package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Out-of-range session options are refused before the first sample: one line, exit code 2. */
class SessionPreflightTest {

    @Test
    void outOfRangeOptionsGiveOneLineAndUsageExitCode() {
        List<List<String>> cases = List.of(
                List.of("run", "--duration", "-1", "duration must be positive"),
                List.of("run", "--window", "0.5", "--hop", "1", "shorter than the hop"),
                List.of("run", "--notch", "90", "the Nyquist frequency 80.0 Hz"),
                List.of("run", "--mains", "55", "50 or 60"),
                List.of("run", "--epoch-offset", "3", "inside the 4.0 s trial"),
                List.of("run", "--stale-ms", "0", "stale timeout"),
                List.of("replay", "recordings/eegmmidb/S001R04.edf", "--chunk", "0", "chunk must be positive"),
                List.of("replay", "recordings/eegmmidb/S001R04.edf", "--chunk", "0.001", "shorter than one sample"),
                List.of("record", "--out", "x.xdf", "--duration", "0", "duration must be positive"),
                List.of("live", "--model", "m", "--resolve-timeout", "0", "resolve timeout must be positive"));
        for (List<String> c : cases) {
            String[] args = c.subList(0, c.size() - 1).toArray(String[]::new);
            CliTestSupport.Result r = CliTestSupport.run(args);
            assertEquals(2, r.exitCode(), c + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().contains(c.get(c.size() - 1)), c + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
