package org.attend.format;

import java.util.Locale;

/** The value types of an XDF/LSL stream, with their name in the stream header and their size in bytes. */
public enum XdfChannelFormat {
    FLOAT32("float32", 4),
    DOUBLE64("double64", 8),
    INT8("int8", 1),
    INT16("int16", 2),
    INT32("int32", 4),
    INT64("int64", 8),
    /** Text values, each written with its own length (markers). */
    STRING("string", 0);

    private final String xmlName;
    private final int bytes;

    XdfChannelFormat(String xmlName, int bytes) {
        this.xmlName = xmlName;
        this.bytes = bytes;
    }

    /** The name used in {@code <channel_format>}. */
    public String xmlName() {
        return xmlName;
    }

    /** Bytes per value, 0 for strings (variable). */
    public int bytes() {
        return bytes;
    }

    /** The format named {@code name} in a stream header, or null if unknown. */
    public static XdfChannelFormat fromXml(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (XdfChannelFormat f : values()) {
            if (f.xmlName.equals(n)) {
                return f;
            }
        }
        return null;
    }
}
