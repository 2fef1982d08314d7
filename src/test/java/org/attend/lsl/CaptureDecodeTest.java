package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;

/**
 * Parses the real liblsl 1.17.7 traffic in src/test/resources/lsl/captures (copied from the LSL lab) with the production parsers and checks
 * every value: discovery, stream info, time probes, handshakes, test patterns, samples of every format,
 * deduced timestamps, the 1.00 archive, error replies, recovery queries.
 */
class CaptureDecodeTest {

    /** Stream infos announced in a capture's discovery replies (and 1.00 archive headers), by uid. */
    static Map<String, LslStreamInfo> infos(Pcap pcap) throws IOException {
        Map<String, LslStreamInfo> out = new HashMap<>();
        for (Pcap.Datagram d : pcap.datagrams) {
            String t = d.text();
            int eol = t.indexOf("\r\n");
            if (eol > 0 && t.substring(eol + 2).startsWith("<?xml")) {
                LslStreamInfo i = InfoXml.parse(new String(d.payload(), StandardCharsets.UTF_8).substring(eol + 2));
                out.putIfAbsent(i.uid(), i);
            }
        }
        for (Pcap.Flow f : pcap.flows("LSL:fullinfo")) {
            LslStreamInfo i = InfoXml.parse(new String(f.response(), StandardCharsets.UTF_8));
            out.put(i.uid(), i);
        }
        return out;
    }

    static LslStreamInfo infoFor(Pcap.Flow flow, Map<String, LslStreamInfo> infos) {
        String[] first = flow.requestText().split("\r\n")[0].split(" ");
        if (first.length > 1 && infos.containsKey(first[1])) {
            return infos.get(first[1]);
        }
        return infos.values().stream().filter(i -> i.v4dataPort() == flow.serverPort).findFirst().orElseThrow();
    }

    /** Every sample follows the lab generators: v[c] = v0 + 1000 c (int8: 10 c), v0 counting up (mod 1000). */
    static void checkCountingValues(LslStreamInfo info, List<LslSample> samples) {
        assertFalse(samples.isEmpty());
        if (info.format() == ChannelFormat.STRING) {
            String first = samples.get(0).text(0);
            boolean markers = first.startsWith("marker-");
            int k0 = Integer.parseInt(markers ? first.substring(7) : first.substring(1, first.indexOf('c')));
            for (int i = 0; i < samples.size(); i++) {
                for (int c = 0; c < info.channelCount(); c++) {
                    String expected = markers ? "marker-" + (k0 + i) : "s" + (k0 + i) + "c" + c;
                    assertEquals(expected, samples.get(i).text(c), "sample " + i + " channel " + c);
                }
            }
            return;
        }
        long k0 = (long) samples.get(0).value(0);
        int step = info.format() == ChannelFormat.INT8 ? 10 : 1000;
        boolean wraps = info.name().startsWith("Lab");
        for (int i = 0; i < samples.size(); i++) {
            long k = wraps ? (k0 + i) % 1000 : k0 + i;
            for (int c = 0; c < info.channelCount(); c++) {
                assertEquals((double) (k + (long) step * c), samples.get(i).value(c), 0.0,
                        info.name() + " sample " + i + " channel " + c);
            }
        }
    }

    @Test
    void v110SessionDiscoveryInfoAndQueries() throws Exception {
        Pcap pcap = Pcap.capture("lsl_v110_session.pcap");
        Pcap.Datagram q = pcap.datagrams.get(0);
        assertEquals("LSL:shortinfo\r\nsession_id='default'\r\n16574 11973266323178842010\r\n", q.text());
        assertEquals(16571, q.dstPort());
        assertEquals("session_id='default'", LslQuery.forSession("default", ""));
        assertEquals("session_id='default' and type='Markers'",
                LslQuery.forSession("default", LslQuery.byProp("type", "Markers")));

        Pcap.Datagram reply = pcap.datagrams.get(1);
        String text = new String(reply.payload(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("11973266323178842010\r\n"));
        String xml = text.substring(text.indexOf("\r\n") + 2);
        LslStreamInfo eeg = InfoXml.parse(xml);
        assertEquals("LabEEG", eeg.name());
        assertEquals("EEG", eeg.type());
        assertEquals(8, eeg.channelCount());
        assertEquals(ChannelFormat.FLOAT32, eeg.format());
        assertEquals("lab-LabEEG", eeg.sourceId());
        assertEquals(250.0, eeg.nominalSrate());
        assertEquals(110, eeg.version());
        assertEquals(913.265137076, eeg.createdAt(), 0.0);
        assertEquals("a5d8f0d4-0863-4919-b14f-918d12c98342", eeg.uid());
        assertEquals("default", eeg.sessionId());
        assertEquals("vm", eeg.hostname());
        assertEquals("", eeg.v4address());
        assertEquals(16573, eeg.v4dataPort());
        assertEquals(16573, eeg.v4servicePort());
        assertEquals(0, eeg.v6dataPort());
        assertTrue(eeg.desc().isEmpty());
        // the writer reproduces liblsl's document byte for byte
        assertEquals(xml, InfoXml.shortInfo(eeg));

        Map<String, LslStreamInfo> infos = infos(pcap);
        LslStreamInfo markers = infos.get("4d4dc94b-1afc-4cbd-9382-6a7cdbc142ce");
        for (LslStreamInfo i : infos.values()) {
            assertTrue(LslQuery.matches(InfoXml.parseDocument(InfoXml.shortInfo(i)), "session_id='default'"));
        }
        var eegDoc = InfoXml.parseDocument(InfoXml.shortInfo(eeg));
        var mrkDoc = InfoXml.parseDocument(InfoXml.shortInfo(markers));
        assertTrue(LslQuery.matches(mrkDoc, "session_id='default' and type='Markers'"));
        assertFalse(LslQuery.matches(eegDoc, "session_id='default' and type='Markers'"));
        assertTrue(LslQuery.matches(eegDoc, "session_id='default' and name='LabEEG'"));
        assertTrue(LslQuery.matches(eegDoc, "starts-with(name,'Lab') and channel_count>4"));
        assertFalse(LslQuery.matches(eegDoc, "name='LabEEG' and"));
        assertTrue(LslQuery.matches(eegDoc, ""));
    }

    @Test
    void v110SessionTimeProbesGiveTheDecodedOffsetsAndRtts() throws Exception {
        Pcap pcap = Pcap.capture("lsl_v110_session.pcap");
        // the annotated decode prints each probe's rtt and offset computed with capture times as t3
        Matcher m = Pattern.compile("rtt ~= (-?[0-9.]+) s, offset\\(remote-local\\) ~= (-?[0-9.]+) s")
                .matcher(Files.readString(LslTestSupport.sharedLsl().resolve("captures/lsl_v110_session.txt")));
        List<double[]> decoded = new ArrayList<>();
        while (m.find()) {
            decoded.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        List<TimeCorrector.Probe> wave = new ArrayList<>();
        int pairs = 0;
        List<Pcap.Datagram> d = pcap.datagrams;
        for (int i = 0; i + 1 < d.size(); i++) {
            if (!d.get(i).text().startsWith("LSL:timedata\r\n")) {
                continue;
            }
            String[] req = d.get(i).text().split("\r\n")[1].split(" ");
            Pcap.Datagram r = d.stream().skip(i + 1).filter(x -> x.text().startsWith(" " + req[0] + " " + req[1]))
                    .findFirst().orElseThrow();
            assertTrue(r.text().matches(" \\d+ [0-9.]+ [0-9.]+ [0-9.]+"), r.text());
            double t0 = Double.parseDouble(req[1]);
            TimeCorrector.Probe p = TimeCorrector.parse(r.text(), req[0], t0 + (r.time() - d.get(i).time()));
            assertNotNull(p);
            assertEquals(decoded.get(pairs)[0], p.rtt(), 1e-6, "rtt of probe " + pairs);
            assertEquals(decoded.get(pairs)[1], p.offset(), 1e-6, "offset of probe " + pairs);
            if (pairs < 8) {
                wave.add(p);
            }
            pairs++;
        }
        assertTrue(pairs >= 16, "timedata pairs: " + pairs);
        TimeCorrector.Estimate e = TimeCorrector.best(wave);
        TimeCorrector.Probe lowest = wave.stream().min((a, b) -> Double.compare(a.rtt(), b.rtt())).orElseThrow();
        assertEquals(-lowest.offset(), e.correction(), 0.0);
        assertTrue(e.rtt() < 5e-5, "loopback rtt " + e.rtt());
        assertEquals(null, TimeCorrector.best(wave.subList(0, 5)), "fewer than 6 replies publish nothing");
    }

    @Test
    void v110SessionFullInfoAndFeedsDecodeToTheGeneratedValues() throws Exception {
        Pcap pcap = Pcap.capture("lsl_v110_session.pcap");
        Pcap.Flow full = pcap.flows("LSL:fullinfo").get(0);
        assertEquals("LSL:fullinfo\r\n", full.requestText());
        String xml = new String(full.response(), StandardCharsets.UTF_8);
        LslStreamInfo eeg = InfoXml.parse(xml);
        assertEquals(List.of("Ch1", "Ch2", "Ch3", "Ch4", "Ch5", "Ch6", "Ch7", "Ch8"), eeg.channelLabels());
        assertEquals(List.of("microvolts"), eeg.channelUnits().stream().distinct().toList());
        assertEquals("lsl-lab", eeg.desc().get(0).text());
        assertEquals(xml, InfoXml.fullInfo(eeg));

        Map<String, LslStreamInfo> infos = infos(pcap);
        List<Pcap.Flow> feeds = pcap.flows("LSL:streamfeed/110");
        assertEquals(2, feeds.size());
        for (Pcap.Flow f : feeds) {
            LslStreamInfo info = infoFor(f, infos);
            // our inlet's request has liblsl's lines in liblsl's order; only the endian benchmark differs
            String ours = FeedClient.request110(info, 110, f.requestText().contains("90000") ? 90000 : 36000, 0);
            assertEquals(f.requestText().replaceAll("Endian-Performance: [^\r]*", "Endian-Performance: 0"), ours);
            CapturedFeed feed = CapturedFeed.decode(f, info);
            assertEquals("LSL/110 200 OK", feed.status());
            assertEquals(Map.of("uid", info.uid(), "byte-order", "1234", "suppress-subnormals", "0",
                    "data-protocol-version", "110"), feed.headers());
            assertTrue(feed.patternsMatch(info));
            checkCountingValues(info, feed.samples());
            if (info.name().equals("LabEEG")) {
                assertEquals(1002, feed.samples().size());
                assertEquals(631, feed.samples().get(0).value(0), 0.0);
                assertEquals(915.790402, feed.samples().get(0).timestamp(), 1e-6);
                assertEquals(919.793551, feed.samples().get(1001).timestamp(), 1e-6);
                // pushthrough: header and patterns in one write, then one segment per 41-byte sample
                assertEquals(213, f.serverSegments.get(0));
                assertTrue(f.serverSegments.stream().skip(1).allMatch(s -> s == 41));
            } else {
                assertEquals(18, feed.samples().size());
                assertEquals("marker-13", feed.samples().get(0).text(0));
                assertEquals(916.515179, feed.samples().get(0).timestamp(), 1e-6);
            }
        }
    }

    @Test
    void allSevenFormatsDecodeWithMatchingTestPatterns() throws Exception {
        Pcap pcap = Pcap.capture("lsl_all_formats.pcap");
        Map<String, LslStreamInfo> infos = infos(pcap);
        List<Pcap.Flow> feeds = pcap.flows("LSL:streamfeed/110");
        List<ChannelFormat> seen = new ArrayList<>();
        for (Pcap.Flow f : feeds) {
            LslStreamInfo info = infoFor(f, infos);
            CapturedFeed feed = CapturedFeed.decode(f, info);
            assertTrue(feed.patternsMatch(info), info.name());
            assertEquals(14, feed.samples().size(), info.name());
            checkCountingValues(info, feed.samples());
            assertEquals(info.format() == ChannelFormat.STRING ? "s6c0" : "6", info.format() == ChannelFormat.STRING
                    ? feed.samples().get(0).text(0) : Long.toString((long) feed.samples().get(0).value(0)));
            for (int i = 1; i < 14; i++) {
                assertEquals(0.1, feed.samples().get(i).timestamp() - feed.samples().get(i - 1).timestamp(), 2e-3);
            }
            seen.add(info.format());
        }
        assertEquals(List.of(ChannelFormat.FLOAT32, ChannelFormat.DOUBLE64, ChannelFormat.INT32,
                ChannelFormat.INT16, ChannelFormat.INT8, ChannelFormat.INT64, ChannelFormat.STRING), seen);
    }

    @Test
    void chunkedPushesDeduceTimestampsAndMaxChunkLengthGroupsSamples() throws Exception {
        Pcap pcap = Pcap.capture("lsl_chunked_deduced.pcap");
        Map<String, LslStreamInfo> infos = infos(pcap);
        for (Pcap.Flow f : pcap.flows("LSL:streamfeed/110")) {
            LslStreamInfo info = infoFor(f, infos);
            CapturedFeed feed = CapturedFeed.decode(f, info);
            assertTrue(feed.patternsMatch(info));
            checkCountingValues(info, feed.samples());
            if (info.name().equals("LabChunked")) {
                assertEquals(520, feed.samples().size());
                byte[] r = f.response();
                int at = feed.patternsEnd();
                for (int i = 0; i < 520; i++) {
                    // 1 transmitted (tag 2, 41 bytes) + 9 deduced (tag 1, 33 bytes) per 10-sample chunk
                    assertEquals(i % 10 == 0 ? 2 : 1, r[at], "tag of sample " + i);
                    at += i % 10 == 0 ? 41 : 33;
                    if (i % 10 != 0) {
                        LslSample prev = feed.samples().get(i - 1);
                        assertEquals(prev.timestamp() + 0.004, feed.samples().get(i).timestamp(), 0.0);
                    }
                }
                assertEquals(935.745856, feed.samples().get(0).timestamp(), 1e-6);
                assertEquals(937.821850, feed.samples().get(519).timestamp(), 1e-6);
                assertTrue(f.serverSegments.stream().skip(1).allMatch(s -> s == 41 + 9 * 33));
            } else {
                assertEquals("LabNoPush", info.name());
                assertTrue(f.requestText().contains("Max-Chunk-Length: 25\r\n"));
                assertEquals(250, feed.samples().size());
                assertEquals(103, feed.samples().get(0).value(0), 0.0);
                assertTrue(f.serverSegments.stream().skip(1).allMatch(s -> s == 25 * 13));
            }
        }
    }

    @Test
    void protocol100ArchiveDecodes() throws Exception {
        Pcap pcap = Pcap.capture("lsl_v100_session.pcap");
        List<Pcap.Flow> feeds = pcap.flows("LSL:streamfeed\r\n");
        assertEquals(2, feeds.size());
        for (Pcap.Flow f : feeds) {
            byte[] r = f.response();
            assertArrayEquals(new byte[] {0x7f, 0x01, 0x09}, java.util.Arrays.copyOf(r, 3));
            int len = (r[4] & 0xFF) | (r[5] & 0xFF) << 8;
            assertEquals(2, r[3]);
            LslStreamInfo info = InfoXml.parse(new String(r, 6, len, StandardCharsets.UTF_8));
            assertEquals(0, r[6 + len]);
            assertEquals(0, r[7 + len]);
            CapturedFeed feed = CapturedFeed.decode(f, info);
            assertTrue(feed.patternsMatch(info));
            checkCountingValues(info, feed.samples());
            if (info.format() == ChannelFormat.FLOAT32) {
                assertEquals("LSL:streamfeed\r\n90000 0\r\n", f.requestText());
                assertEquals(633, len);
                assertEquals(502, feed.samples().size());
                assertEquals(251, feed.samples().get(0).value(0), 0.0);
                assertEquals(928.658671, feed.samples().get(0).timestamp(), 1e-6);
            } else {
                assertEquals("marker-7", feed.samples().get(0).text(0));
            }
        }
    }

    @Test
    void rawProbeErrorRepliesAndFallbacks() throws Exception {
        Pcap pcap = Pcap.capture("lsl_raw_probe.pcap");
        Map<String, LslStreamInfo> infos = infos(pcap);
        LslStreamInfo probe = infos.values().iterator().next();
        assertEquals("ProbeEEG", probe.name());
        Map<String, String> replies = new HashMap<>();
        for (Pcap.Flow f : pcap.flows) {
            String req = f.requestText();
            String resp = new String(f.response(), StandardCharsets.ISO_8859_1);
            if (req.startsWith("LSL:streamfeed/110 0000")) {
                replies.put("wrong uid", resp);
            } else if (req.startsWith("LSL:streamfeed/200")) {
                replies.put("v200", resp);
            } else if (req.startsWith("LSL:shortinfo\r\nname='nope'")) {
                replies.put("no match", resp);
            } else if (req.startsWith("LSL:streamfeed/") && req.contains("Max-Buffer-Length: 0\r\n")) {
                CapturedFeed feed = CapturedFeed.decode(f, probe);
                assertTrue(feed.patternsMatch(probe));
                assertEquals(0, feed.samples().size(), "Max-Buffer-Length 0: header and patterns only");
            } else if (req.startsWith("LSL:streamfeed/")) {
                CapturedFeed feed = CapturedFeed.decode(f, probe);
                assertTrue(feed.patternsMatch(probe), req);
                boolean fallback = req.contains("Value-Size: 8") || req.contains("Has-IEEE754-Floats: 0");
                assertEquals(fallback ? 100 : 110, feed.protocol(), req);
                assertEquals(req.contains("Supports-Subnormals: 0") ? "1" : "0",
                        feed.headers().get("suppress-subnormals"));
                checkCountingValues(probe, feed.samples());
            }
        }
        assertEquals("LSL/110 404 Not found", replies.get("wrong uid"));
        assertEquals("LSL/110 505 Version not supported", replies.get("v200"));
        assertEquals("", replies.get("no match"));
    }

    @Test
    void recoveryQueriesHaveNoSessionTerm() throws Exception {
        Pcap pcap = Pcap.capture("lsl_recovery.pcap");
        Map<String, LslStreamInfo> infos = infos(pcap);
        List<String> queries = pcap.datagrams.stream().map(Pcap.Datagram::text)
                .filter(t -> t.startsWith("LSL:shortinfo\r\n")).map(t -> t.split("\r\n")[1]).distinct().toList();
        List<String> ours = infos.values().stream().map(LslQuery::recovery).distinct().toList();
        assertEquals(1, ours.size(), "the restarted outlet has the same name, type, source_id and format");
        assertTrue(queries.contains(ours.get(0)), queries + " vs " + ours);
        assertFalse(ours.get(0).contains("session_id"));
        assertEquals(2, infos.size(), "two outlet instances (uids) announced");
    }
}
