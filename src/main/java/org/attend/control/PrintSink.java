package org.attend.control;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.attend.stream.Command;

/** Prints each command on a stream: a readable line, or a JSON line. */
public final class PrintSink implements CommandSink {

    private final PrintWriter out;
    private final boolean json;

    public PrintSink(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void accept(Command command) {
        if (json) {
            out.println(CommandJson.of(command, Map.of()));
        } else {
            out.printf(Locale.ROOT, "%9.3f s  %-6s  p=%.2f%n", command.sourceTime(), command.name(),
                    command.confidence());
        }
        out.flush();
    }
}
