package org.attend.lsl;

import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Resolve queries: XPath 1.0 predicates evaluated on the {@code <info>} element, as liblsl's outlets do
 * ({@code session_id='default' and type='EEG'}). Built with {@link #byProp} and {@link #and}, or given as
 * free text.
 */
public final class LslQuery {

    private LslQuery() {
    }

    /**
     * Checks a free-text query before anything is resolved, so that a typo fails at once rather than after the
     * resolve timeout: quotes and parentheses must balance (the error names the 1-based position), and the
     * whole must compile as an XPath 1.0 predicate.
     *
     * @throws IllegalArgumentException naming the query, the position and what is wrong
     */
    public static void check(String predicate) {
        char quote = 0;
        int quoteAt = -1;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < predicate.length(); i++) {
            char c = predicate.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                quoteAt = i;
            } else if (c == '(' || c == '[') {
                open.add(i);
            } else if (c == ')' || c == ']') {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException("LSL query \"" + predicate + "\": '" + c + "' at position "
                            + (i + 1) + " closes nothing");
                }
                open.remove(open.size() - 1);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("LSL query \"" + predicate + "\": the quote at position "
                    + (quoteAt + 1) + " is never closed");
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("LSL query \"" + predicate + "\": '"
                    + predicate.charAt(open.get(open.size() - 1)) + "' at position " + (open.get(open.size() - 1) + 1)
                    + " is never closed");
        }
        try {
            XPathFactory.newInstance().newXPath().compile("/info[" + predicate + "]");
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("LSL query \"" + predicate + "\" is not a valid XPath predicate"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** {@code prop='value'}; quotes in the value switch to double quotes as XPath allows. */
    public static String byProp(String prop, String value) {
        if (!prop.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not an info field name: '" + prop + "'");
        }
        if (value.contains("'") && value.contains("\"")) {
            throw new IllegalArgumentException("value contains both quote kinds: " + value);
        }
        return value.contains("'") ? prop + "=\"" + value + "\"" : prop + "='" + value + "'";
    }

    /** The conjunction of the non-blank predicates. */
    public static String and(String... predicates) {
        List<String> parts = new ArrayList<>();
        for (String p : predicates) {
            if (p != null && !p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return String.join(" and ", parts);
    }

    /** What liblsl's resolver sends for a user predicate: the session term, then the predicate. */
    public static String forSession(String sessionId, String predicate) {
        return and(byProp("session_id", sessionId), predicate);
    }

    /**
     * The recovery query liblsl sends after a lost connection: channel_count, name and type (when not empty),
     * source_id and channel_format, and no session term.
     */
    public static String recovery(LslStreamInfo info) {
        return and(byProp("channel_count", Integer.toString(info.channelCount())),
                info.name().isEmpty() ? "" : byProp("name", info.name()),
                info.type().isEmpty() ? "" : byProp("type", info.type()),
                byProp("source_id", info.sourceId()),
                byProp("channel_format", info.format().xmlName()));
    }

    /**
     * Whether {@code predicate} holds for the info document. An empty predicate matches everything; one that
     * is not valid XPath matches nothing, as in liblsl.
     */
    public static boolean matches(Document infoDocument, String predicate) {
        String p = predicate.trim();
        if (p.isEmpty()) {
            return true;
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        try {
            NodeList hits = (NodeList) xpath.evaluate("/info[" + p + "]", infoDocument, XPathConstants.NODESET);
            return hits.getLength() > 0;
        } catch (XPathExpressionException | RuntimeException e) {
            return false;
        }
    }
}
