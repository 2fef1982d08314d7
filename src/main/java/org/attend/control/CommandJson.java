package org.attend.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.stream.Command;

/** The JSON form of a command, shared by every sink that speaks JSON. */
public final class CommandJson {

    private CommandJson() {
    }

    /** {@code {"type":"command","command":…,"confidence":…,"source_time":…,"unix_ms":…}} plus extras. */
    public static String of(Command command, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "command");
        m.put("command", command.name());
        m.put("confidence", Math.round(command.confidence() * 1000) / 1000.0);
        m.put("source_time", Math.round(command.sourceTime() * 1000) / 1000.0);
        m.put("unix_ms", System.currentTimeMillis());
        m.putAll(extra);
        return JsonLine.of(m);
    }
}
