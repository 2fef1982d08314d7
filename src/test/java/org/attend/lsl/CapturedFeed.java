package org.attend.lsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A data connection of a capture decoded with the production reader: status line, headers, test patterns
 * and every sample, with the byte offsets where the header and the patterns end.
 */
record CapturedFeed(String status, Map<String, String> headers, int protocol, List<LslSample> patterns,
                    List<LslSample> samples, List<Boolean> deduced, int headerEnd, int patternsEnd) {

    /** Decodes a {@code LSL:streamfeed/110} or 1.00 response of the stream {@code info}. */
    static CapturedFeed decode(Pcap.Flow flow, LslStreamInfo info) throws IOException {
        byte[] bytes = flow.response();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        String status = "";
        Map<String, String> headers = Map.of();
        int protocol = 100;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        boolean suppress = false;
        if (flow.requestText().startsWith("LSL:streamfeed/")) {
            status = WireText.readLine(in, "capture");
            headers = WireText.readHeaders(in, "capture");
            protocol = Integer.parseInt(headers.get("data-protocol-version"));
            order = headers.get("byte-order").equals("4321") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            suppress = headers.get("suppress-subnormals").equals("1");
        }
        int headerEnd = bytes.length - in.available();
        SampleReader reader = new SampleReader(in, info, order, protocol < 110, suppress, "capture");
        if (protocol < 110) {
            reader.readArchiveHeader(info.uid());
        }
        List<LslSample> patterns = List.of(reader.readTestPattern(), reader.readTestPattern());
        int patternsEnd = bytes.length - in.available();
        List<LslSample> samples = new ArrayList<>();
        List<Boolean> deduced = new ArrayList<>();
        while (in.available() > 0) {
            samples.add(reader.read());
            deduced.add(reader.lastWasDeduced());
        }
        return new CapturedFeed(status, headers, protocol, patterns, samples, deduced, headerEnd, patternsEnd);
    }

    /** True when both test patterns are the ones liblsl's inlet expects. */
    boolean patternsMatch(LslStreamInfo info) {
        return patterns.get(0).sameAs(TestPatterns.sample(info.format(), info.channelCount(), 4))
                && patterns.get(1).sameAs(TestPatterns.sample(info.format(), info.channelCount(), 2));
    }
}
