package org.attend.lsl;

import java.util.Map;

/**
 * A protocol 1.10 feed request ({@code LSL:streamfeed/110 UID} and its headers, PROTOCOL.md 6.1), checked: the
 * version is an integer, counts and sizes ({@code Value-Size}, {@code Max-Buffer-Length},
 * {@code Max-Chunk-Length}, {@code Data-Protocol-Version}) are whole numbers of at least 0, the flags and the byte
 * order are numbers, {@code Endian-Performance} is a finite number. Absent headers take liblsl's defaults.
 *
 * @param version           the proposed protocol version, e.g. 110
 * @param uid               the uid of the stream asked for, empty for any
 * @param valueSize         bytes per channel value the client assumes
 * @param ieeeFloats        whether the client has IEEE-754 floats
 * @param subnormals        whether the client keeps subnormal floats
 * @param byteOrder         the client's byte order (1234 or 4321; other values mean neither)
 * @param endianPerformance how fast the client swaps bytes
 * @param maxBuffer         samples the client buffers (0: header and test patterns only)
 * @param maxChunk          most samples per write (0: no preference)
 */
record FeedRequest(int version, String uid, long valueSize, boolean ieeeFloats, boolean subnormals, long byteOrder,
                   double endianPerformance, long maxBuffer, long maxChunk) {

    /** The request line's prefix before the version. */
    static final String PREFIX = "LSL:streamfeed/";

    /**
     * @param requestLine      the first line, {@code LSL:streamfeed/110 UID}
     * @param headers          the headers as {@link WireText#readHeaders} returns them
     * @param defaultValueSize the outlet's value size (what a client that sends none assumes)
     * @throws LslProtocolException naming the line or header that makes no sense
     */
    static FeedRequest parse(String requestLine, Map<String, String> headers, long defaultValueSize, String peer)
            throws LslProtocolException {
        String[] parts = requestLine.trim().split("\\s+");
        int version;
        try {
            version = Integer.parseInt(parts[0].substring(PREFIX.length()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new LslProtocolException(peer + ": bad request line '" + requestLine + "'");
        }
        count(headers, "data-protocol-version", 0, peer);
        return new FeedRequest(version, parts.length > 1 ? parts[1] : "",
                count(headers, "value-size", defaultValueSize, peer),
                number(headers, "has-ieee754-floats", 1, peer) != 0,
                number(headers, "supports-subnormals", 1, peer) != 0,
                (long) number(headers, "native-byte-order", 1234, peer),
                number(headers, "endian-performance", 0, peer),
                count(headers, "max-buffer-length", 1, peer),
                count(headers, "max-chunk-length", 0, peer));
    }

    /** A finite number, or {@code dflt} when the header is absent or empty. */
    private static double number(Map<String, String> headers, String key, double dflt, String peer)
            throws LslProtocolException {
        String v = headers.get(key);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new LslProtocolException(peer + ": header " + key + " is not a number: '" + v + "'");
    }

    /** A whole number of at least 0 (written as liblsl may write it: {@code 100}, {@code 1e+03}). */
    private static long count(Map<String, String> headers, String key, long dflt, String peer)
            throws LslProtocolException {
        double d = number(headers, key, dflt, peer);
        if (d < 0 || d != Math.rint(d)) {
            throw new LslProtocolException(peer + ": header " + key + " must be a whole number of at least 0, got '"
                    + headers.get(key) + "'");
        }
        return (long) Math.min(d, Long.MAX_VALUE);
    }
}
