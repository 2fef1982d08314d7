package org.attend.control;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.attend.stream.Command;

/**
 * Prints each command on a stream: a readable line, or a JSON line. Times are in session time, seconds since the
 * session's first sample (a live stream's LSL clock, an XDF file's time stamps start anywhere); the JSON line also
 * carries the source time.
 */
public final class PrintSink implements CommandSink {

    private final PrintWriter out;
    private final boolean json;
    private volatile double originSourceTime = Double.NaN;

    public PrintSink(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** The source time of the session's first sample: session time 0. Only the first call counts. */
    public void sessionStartsAt(double sourceTime) {
        if (Double.isNaN(originSourceTime)) {
            originSourceTime = sourceTime;
        }
    }

    /** {@code sourceTime} in session time (as it is before the first sample). */
    double sessionTime(double sourceTime) {
        double origin = originSourceTime;
        return Double.isNaN(origin) ? sourceTime : sourceTime - origin;
    }

    @Override
    public void accept(Command command) {
        double t = sessionTime(command.sourceTime());
        if (json) {
            out.println(CommandJson.of(command, Map.of("session_time", Math.round(t * 1000) / 1000.0)));
        } else {
            out.printf(Locale.ROOT, "%9.3f s  %-6s  p=%.2f%n", t, command.name(), command.confidence());
        }
        out.flush();
    }
}
