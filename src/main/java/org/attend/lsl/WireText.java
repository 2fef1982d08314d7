package org.attend.lsl;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The text parts of the TCP protocol: CR LF lines and {@code Key: value} headers as liblsl parses them. */
final class WireText {

    /** Longest request or header line accepted; a longer one is not LSL. */
    static final int MAX_LINE = 8192;
    /** Most header lines accepted in one block. */
    static final int MAX_HEADERS = 64;

    private WireText() {
    }

    /**
     * Reads one line up to LF (CR dropped), at most {@link #MAX_LINE} bytes.
     *
     * @return the line (cut short by end of stream), or null at end of stream before any byte
     */
    static String readLine(InputStream in, String peer) throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                // error replies ("LSL/110 404 Not found") end without CR LF: the close ends the line
                return b.length() == 0 ? null : b.toString();
            }
            if (c == '\n') {
                int n = b.length();
                return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
            }
            if (b.length() >= MAX_LINE) {
                throw new LslProtocolException(peer + ": text line longer than " + MAX_LINE + " bytes");
            }
            b.append((char) c);
        }
    }

    /**
     * Reads header lines until an empty one: each line lower-cased, cut at the first {@code ;}, split at the
     * first {@code :}, both parts trimmed; lines without a colon are ignored, as in liblsl.
     */
    static Map<String, String> readHeaders(InputStream in, String peer) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String line = readLine(in, peer);
            if (line == null) {
                throw new EOFException(peer + ": connection closed inside the header block");
            }
            if (line.isBlank()) {
                return headers;
            }
            if (i >= MAX_HEADERS) {
                throw new LslProtocolException(peer + ": more than " + MAX_HEADERS + " header lines");
            }
            String l = line.toLowerCase(Locale.ROOT);
            int semi = l.indexOf(';');
            if (semi >= 0) {
                l = l.substring(0, semi);
            }
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.put(l.substring(0, colon).trim(), l.substring(colon + 1).trim());
            }
        }
    }

    /** An integer header, or {@code dflt} when absent. */
    static long number(Map<String, String> headers, String key, long dflt, String peer) throws LslProtocolException {
        String v = headers.get(key);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return (long) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new LslProtocolException(peer + ": header " + key + " is not a number: '" + v + "'");
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
