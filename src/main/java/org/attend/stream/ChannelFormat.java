package org.attend.stream;

import java.util.Locale;

/**
 * The value type of a stream's channels, one wire format for LSL and XDF: liblsl's enum numbers
 * ({@code include/lsl/common.h}), the name in the stream header's {@code <channel_format>} and the size of a value.
 */
public enum ChannelFormat {
    FLOAT32(1, 4),
    DOUBLE64(2, 8),
    /** Text values, each written with its own length (markers). */
    STRING(3, 0),
    INT32(4, 4),
    INT16(5, 2),
    INT8(6, 1),
    INT64(7, 8);

    /** What liblsl (libstdc++) announces as {@code Value-Size} for strings: sizeof(std::string). */
    public static final int STRING_VALUE_SIZE = 32;

    private final int code;
    private final int valueBytes;

    ChannelFormat(int code, int valueBytes) {
        this.code = code;
        this.valueBytes = valueBytes;
    }

    /** liblsl's numeric code (1..7). */
    public int code() {
        return code;
    }

    /** Bytes per value on the wire and in XDF; 0 for strings (variable length). */
    public int valueBytes() {
        return valueBytes;
    }

    /** The {@code Value-Size} header value liblsl would send for this format. */
    public int announcedValueSize() {
        return this == STRING ? STRING_VALUE_SIZE : valueBytes;
    }

    /** Whether values are float32 or double64. */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == DOUBLE64;
    }

    /** The name used in the stream header, e.g. {@code float32}. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code name} in a stream header (surrounding blanks and case ignored); null when unknown
     * (including liblsl's {@code undefined}) or absent.
     */
    public static ChannelFormat fromXmlName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ChannelFormat f : values()) {
            if (f.xmlName().equals(n)) {
                return f;
            }
        }
        return null;
    }

    /** The format whose liblsl code is {@code code}. */
    public static ChannelFormat fromCode(int code) {
        for (ChannelFormat f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("no LSL channel format with code " + code);
    }

    /** A new value array of this format's Java type for {@code n} channels. */
    public Object newArray(int n) {
        return switch (this) {
            case FLOAT32 -> new float[n];
            case DOUBLE64 -> new double[n];
            case STRING -> new String[n];
            case INT32 -> new int[n];
            case INT16 -> new short[n];
            case INT8 -> new byte[n];
            case INT64 -> new long[n];
        };
    }

    /** The format matching a value array's Java type, or null. */
    public static ChannelFormat ofArray(Object values) {
        if (values instanceof float[]) {
            return FLOAT32;
        } else if (values instanceof double[]) {
            return DOUBLE64;
        } else if (values instanceof String[]) {
            return STRING;
        } else if (values instanceof int[]) {
            return INT32;
        } else if (values instanceof short[]) {
            return INT16;
        } else if (values instanceof byte[]) {
            return INT8;
        } else if (values instanceof long[]) {
            return INT64;
        }
        return null;
    }
}
