package org.attend.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code --classes} of every session command: marker labels to classes, {@code T1=left,T2=right}, or the classes
 * alone, {@code left,right}, for markers that already carry them. Order is kept: it is the order of the classes.
 */
final class ClassesConverter implements CommandLine.ITypeConverter<Map<String, String>> {

    /** The help text's placeholder. */
    static final String LABEL = "[LABEL=]CLASS,...";

    @Override
    public Map<String, String> convert(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : value.split(",", -1)) {
            String[] kv = pair.split("=", -1);
            String label = kv[0].trim();
            String cls = kv[kv.length - 1].trim();
            if (kv.length > 2 || label.isEmpty() || cls.isEmpty()) {
                throw new CommandLine.TypeConversionException("class mapping '" + pair + "' is not LABEL=CLASS or "
                        + "CLASS (e.g. T1=left,T2=right or left,right)");
            }
            if (out.put(label, cls) != null) {
                throw new CommandLine.TypeConversionException("marker label '" + label + "' is mapped twice");
            }
        }
        return out;
    }

    /** The classes of a mapping, in order, each once. */
    static List<String> classes(Map<String, String> mapping) {
        return mapping.values().stream().distinct().toList();
    }
}
