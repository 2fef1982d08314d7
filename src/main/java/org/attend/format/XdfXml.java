package org.attend.format;

import static org.attend.stream.XmlText.escape;

import java.time.OffsetDateTime;
import org.attend.stream.ChannelFormat;
import org.attend.stream.StreamInfo;

/** The XML of the chunks {@link XdfWriter} writes, in LabRecorder's layout. */
final class XdfXml {

    private XdfXml() {
    }

    static String fileHeader(OffsetDateTime now) {
        return "<?xml version=\"1.0\"?><info><version>1.0</version><datetime>" + escape(now.toString())
                + "</datetime><writer>Attend</writer></info>";
    }

    static String streamHeader(StreamInfo info, ChannelFormat format) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><info>");
        element(xml, "name", info.name());
        element(xml, "type", info.type());
        element(xml, "channel_count", String.valueOf(info.channelCount()));
        element(xml, "nominal_srate", String.valueOf(info.sampleRateHz()));
        element(xml, "channel_format", format.xmlName());
        element(xml, "source_id", info.sourceId());
        element(xml, "version", "1.1");
        element(xml, "created_at", String.valueOf(System.nanoTime() / 1e9));
        xml.append("<desc><channels>");
        for (String label : info.channels().labels()) {
            xml.append("<channel>");
            element(xml, "label", label);
            element(xml, "unit", info.unit());
            element(xml, "type", info.type());
            xml.append("</channel>");
        }
        xml.append("</channels><acquisition><manufacturer>Attend</manufacturer></acquisition></desc></info>");
        return xml.toString();
    }

    static String streamFooter(XdfStreamState s) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><info>");
        element(xml, "first_timestamp", String.valueOf(s.sampleCount == 0 ? 0 : s.firstTimestamp));
        element(xml, "last_timestamp", String.valueOf(s.sampleCount == 0 ? 0 : s.lastTimestamp));
        element(xml, "sample_count", String.valueOf(s.sampleCount));
        xml.append("<clock_offsets>");
        for (double[] o : s.offsets) {
            xml.append("<offset>");
            element(xml, "time", String.valueOf(o[0]));
            element(xml, "value", String.valueOf(o[1]));
            xml.append("</offset>");
        }
        xml.append("</clock_offsets></info>");
        return xml.toString();
    }

    private static void element(StringBuilder xml, String tag, String text) {
        xml.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
    }
}
