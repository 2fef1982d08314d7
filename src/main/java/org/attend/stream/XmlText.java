package org.attend.stream;

/** Text inside XML and HTML elements and attributes: the one escaper of the XDF header, LSL stream info and reports. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * {@code <}, {@code >}, {@code &} and {@code "} as entities; control characters other than tab, line feed and
     * carriage return (not allowed in XML 1.0) as spaces.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
