package org.attend.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attend.stream.ChannelFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The fields of an XDF StreamHeader's XML that Attend uses.
 *
 * @param name         stream name
 * @param type         content type, e.g. {@code EEG}, {@code Markers}
 * @param channelCount number of channels
 * @param nominalRateHz nominal sampling rate, 0 for irregular streams
 * @param format       value type
 * @param sourceId     source identifier, may be empty
 * @param labels       channel labels ({@code desc/channels/channel/label}), numbered when the header has none
 * @param units        channel units ({@code .../unit}), empty when absent
 */
record XdfStreamHeader(String name, String type, int channelCount, double nominalRateHz, ChannelFormat format,
                       String sourceId, List<String> labels, List<String> units) {

    /** Most channels Attend accepts in one stream (a header claiming more is taken as corrupt). */
    static final int MAX_CHANNELS = 65_536;

    /** Parses the XML of a StreamHeader chunk. */
    static XdfStreamHeader parse(byte[] xml) throws IllegalArgumentException {
        Element info = parseXml(xml);
        if (!info.getTagName().equals("info")) {
            throw new IllegalArgumentException("stream header root is <" + info.getTagName() + ">, not <info>");
        }
        String countText = text(info, "channel_count");
        long count;
        double rate;
        try {
            count = Long.parseLong(countText.trim());
            rate = Double.parseDouble(text(info, "nominal_srate").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stream header has a non-numeric channel_count or nominal_srate");
        }
        if (count < 1 || count > MAX_CHANNELS) {
            throw new IllegalArgumentException("stream header declares channel_count " + count
                    + ": a stream has 1 to " + MAX_CHANNELS + " channels");
        }
        if (rate != 0 && Plausibility.rate(rate) != null) {
            throw new IllegalArgumentException("stream header declares nominal_srate " + rate + ": "
                    + (rate > 0 ? Plausibility.rate(rate) : "a rate must be 0 (irregular) or positive and finite"));
        }
        ChannelFormat format = ChannelFormat.fromXmlName(text(info, "channel_format"));
        if (format == null) {
            throw new IllegalArgumentException("unknown channel_format '" + text(info, "channel_format") + "'");
        }
        List<String> labels = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Element desc = child(info, "desc");
        Element channels = desc == null ? null : child(desc, "channels");
        if (channels != null) {
            NodeList list = channels.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element ch && ch.getTagName().equals("channel")) {
                    labels.add(text(ch, "label"));
                    units.add(text(ch, "unit"));
                }
            }
        }
        if (labels.size() != count) {
            labels.clear();
            units.clear();
            for (int i = 0; i < count; i++) {
                labels.add(String.valueOf(i + 1));
                units.add("");
            }
        }
        return new XdfStreamHeader(text(info, "name"), text(info, "type"), (int) count, rate, format,
                text(info, "source_id"), ChannelNames.unique(labels), units);
    }

    /** Parses an XDF XML chunk with DTDs and external entities disabled. */
    static Element parseXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid XML: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    /** Text of a direct child element, empty when absent. */
    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }
}
