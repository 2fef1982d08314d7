package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;

class InfoXmlTest {

    @Test
    void descWithChannelsRoundTrips() throws Exception {
        LslStreamInfo info = LslStreamInfo.create("Amp & Co <1>", "EEG", 3, ChannelFormat.INT16, 512, "amp-1")
                .withChannels(List.of("Fp1", "Fp2", "Cz"), "microvolts", "EEG")
                .withDesc(List.of(DescNode.leaf("manufacturer", "Attend"), DescNode.leaf("empty", ""),
                        DescNode.channels(List.of("Fp1", "Fp2", "Cz"), "microvolts", "EEG")));
        String xml = InfoXml.fullInfo(info);
        assertTrue(xml.contains("\t<desc>\n\t\t<manufacturer>Attend</manufacturer>\n\t\t<empty />\n\t\t<channels>\n"
                + "\t\t\t<channel>\n\t\t\t\t<label>Fp1</label>\n"), xml);
        assertTrue(xml.contains("<name>Amp &amp; Co &lt;1&gt;</name>"));
        assertTrue(xml.contains("<nominal_srate>512.0000000000000</nominal_srate>"));
        assertTrue(xml.contains("<version>1.100000000000000</version>"));
        LslStreamInfo back = InfoXml.parse(xml);
        assertEquals(info, back);
        assertEquals(List.of("Fp1", "Fp2", "Cz"), back.channelLabels());
        assertEquals(List.of("microvolts", "microvolts", "microvolts"), back.channelUnits());
        assertTrue(InfoXml.shortInfo(info).contains("\t<desc />\n</info>\n"));
        assertEquals(info.shortInfo(), InfoXml.parse(InfoXml.shortInfo(info)));
    }

    @Test
    void numbersAreWrittenLikeLiblsl() {
        assertEquals("250.0000000000000", LslNumbers.showPoint16(250));
        assertEquals("0.000000000000000", LslNumbers.showPoint16(0));
        assertEquals("913.2651370760000", LslNumbers.showPoint16(913.265137076));
        assertEquals("915.790291591", LslNumbers.plain16(915.790291591));
        assertEquals("1", LslNumbers.plain16(1.0));
    }

    @Test
    void badInfosAreRejectedWithTheReason() {
        String good = InfoXml.shortInfo(LslStreamInfo.create("S", "T", 2, ChannelFormat.FLOAT32, 10, "x"));
        assertReason(good.replace("<name>S</name>", "<name></name>"), "empty <name>");
        assertReason(good.replace("float32", "float128"), "unknown channel_format 'float128'");
        assertReason(good.replace("<channel_count>2", "<channel_count>two"), "<channel_count> is not an integer");
        assertReason(good.replace("<nominal_srate>10.00", "<nominal_srate>-10.00"), "negative nominal_srate");
        assertReason(good.replace("<version>1.100000000000000", "<version>0"), "version must be > 0");
        assertReason(good.replaceAll("<uid>[^<]*</uid>", "<uid></uid>"), "empty <uid>");
        assertReason(good.replace("<v4data_port>0", "<v4data_port>70000"), "out of range");
        assertReason(good.substring(0, 100), "not well-formed");
        assertReason("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><info>&e;</info>", "not well-formed");
    }

    private static void assertReason(String xml, String reason) {
        LslProtocolException e = assertThrows(LslProtocolException.class, () -> InfoXml.parse(xml));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
