package org.attend.lsl;

import static org.attend.stream.XmlText.escape;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.attend.stream.ChannelFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The stream-info XML both ways, laid out as liblsl (pugixml) writes it: declaration, TAB indentation, a
 * newline after every element, {@code <tag></tag>} for empty fields and {@code <desc />} for an empty desc.
 */
public final class InfoXml {

    private InfoXml() {
    }

    /** The shortinfo document: all fields, empty {@code <desc />}. */
    public static String shortInfo(LslStreamInfo info) {
        return write(info, false);
    }

    /** The fullinfo document: all fields and the complete {@code <desc>}. */
    public static String fullInfo(LslStreamInfo info) {
        return write(info, true);
    }

    private static String write(LslStreamInfo i, boolean full) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<?xml version=\"1.0\"?>\n<info>\n");
        field(b, "name", i.name());
        field(b, "type", i.type());
        field(b, "channel_count", Integer.toString(i.channelCount()));
        field(b, "channel_format", i.format().xmlName());
        field(b, "source_id", i.sourceId());
        field(b, "nominal_srate", LslNumbers.showPoint16(i.nominalSrate()));
        field(b, "version", LslNumbers.showPoint16(i.version() / 100.0));
        field(b, "created_at", LslNumbers.showPoint16(i.createdAt()));
        field(b, "uid", i.uid());
        field(b, "session_id", i.sessionId());
        field(b, "hostname", i.hostname());
        field(b, "v4address", i.v4address());
        field(b, "v4data_port", Integer.toString(i.v4dataPort()));
        field(b, "v4service_port", Integer.toString(i.v4servicePort()));
        field(b, "v6address", i.v6address());
        field(b, "v6data_port", Integer.toString(i.v6dataPort()));
        field(b, "v6service_port", Integer.toString(i.v6servicePort()));
        List<DescNode> desc = full ? i.desc() : List.of();
        writeNode(b, DescNode.of("desc", desc), 1);
        b.append("</info>\n");
        return b.toString();
    }

    private static void field(StringBuilder b, String tag, String text) {
        b.append('\t').append('<').append(tag).append('>').append(escape(text)).append("</").append(tag)
                .append(">\n");
    }

    private static void writeNode(StringBuilder b, DescNode n, int depth) {
        b.append("\t".repeat(depth)).append('<').append(n.name());
        if (n.children().isEmpty() && n.text().isEmpty()) {
            b.append(" />\n");
        } else if (n.children().isEmpty()) {
            b.append('>').append(escape(n.text())).append("</").append(n.name()).append(">\n");
        } else {
            b.append(">\n");
            for (DescNode c : n.children()) {
                writeNode(b, c, depth + 1);
            }
            b.append("\t".repeat(depth)).append("</").append(n.name()).append(">\n");
        }
    }

    /**
     * Parses a shortinfo or fullinfo document.
     *
     * @throws LslProtocolException when the XML is malformed or a required field is missing or bad, with the
     *                              reason as liblsl would give it
     */
    public static LslStreamInfo parse(String xml) throws LslProtocolException {
        Element info = parseDocument(xml).getDocumentElement();
        if (!"info".equals(info.getTagName())) {
            throw new LslProtocolException("stream info: root element is <" + info.getTagName() + ">, not <info>");
        }
        String name = text(info, "name");
        if (name.isEmpty()) {
            throw new LslProtocolException("stream info: empty <name>");
        }
        ChannelFormat format = ChannelFormat.fromXmlName(text(info, "channel_format"));
        if (format == null) {
            throw new LslProtocolException("stream info '" + name + "': unknown channel_format '"
                    + text(info, "channel_format") + "'");
        }
        int channels = integer(info, "channel_count", name);
        double srate = number(info, "nominal_srate", name);
        if (srate < 0) {
            throw new LslProtocolException("stream info '" + name + "': negative nominal_srate " + srate);
        }
        double versionValue = number(info, "version", name);
        if (versionValue <= 0) {
            throw new LslProtocolException("stream info '" + name + "': version must be > 0, got " + versionValue);
        }
        String uid = text(info, "uid");
        if (uid.isEmpty()) {
            throw new LslProtocolException("stream info '" + name + "': empty <uid>");
        }
        List<DescNode> desc = List.of();
        Element d = child(info, "desc");
        if (d != null) {
            desc = toNode(d).children();
        }
        try {
            return new LslStreamInfo(name, text(info, "type"), channels, format, text(info, "source_id"), srate,
                    (int) Math.round(versionValue * 100), number(info, "created_at", name), uid,
                    text(info, "session_id"), text(info, "hostname"), text(info, "v4address"),
                    port(info, "v4data_port", name), port(info, "v4service_port", name), text(info, "v6address"),
                    port(info, "v6data_port", name), port(info, "v6service_port", name), desc);
        } catch (IllegalArgumentException e) {
            throw new LslProtocolException("stream info '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Parses an XML document with external entities and DOCTYPEs refused. */
    static Document parseDocument(String xml) throws LslProtocolException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser not configurable", e);
        } catch (SAXException | IOException e) {
            throw new LslProtocolException("stream info is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Bytes of a document as sent on the wire (UTF-8). */
    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static DescNode toNode(Element e) {
        List<DescNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element c) {
                children.add(toNode(c));
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return new DescNode(e.getTagName(), children.isEmpty() ? text.toString() : "", children);
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static int integer(Element info, String tag, String stream) throws LslProtocolException {
        String t = text(info, tag);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new LslProtocolException("stream info '" + stream + "': <" + tag + "> is not an integer: '" + t
                    + "'");
        }
    }

    private static int port(Element info, String tag, String stream) throws LslProtocolException {
        if (child(info, tag) == null) {
            return 0;
        }
        int p = integer(info, tag, stream);
        if (p < 0 || p > 65535) {
            throw new LslProtocolException("stream info '" + stream + "': <" + tag + "> out of range: " + p);
        }
        return p;
    }

    private static double number(Element info, String tag, String stream) throws LslProtocolException {
        String t = text(info, tag);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new LslProtocolException("stream info '" + stream + "': <" + tag + "> is not a number: '" + t
                    + "'");
        }
    }
}
