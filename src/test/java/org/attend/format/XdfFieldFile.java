package org.attend.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A small XDF file made here whose StreamHeader fields are given as text, so that tests can set them to any
 * value: FileHeader, one StreamHeader ({@code channel_count}, {@code nominal_srate}, {@code channel_format} as
 * given), one Samples chunk of 4 one-channel int16 samples at 250 Hz from time 10 s, and the StreamFooter.
 */
final class XdfFieldFile {

    private XdfFieldFile() {
    }

    static byte[] bytes(String channels, String rate, String format) {
        String footer = "<?xml version=\"1.0\"?><info><first_timestamp>10</first_timestamp><last_timestamp>10.012"
                + "</last_timestamp><sample_count>4</sample_count></info>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("XDF:".getBytes(StandardCharsets.US_ASCII));
        chunk(out, 1, "<?xml version=\"1.0\"?><info><version>1.0</version></info>".getBytes(StandardCharsets.UTF_8));
        byte[] xml = ("<?xml version=\"1.0\"?><info><name>Field</name><type>EEG</type><channel_count>" + channels
                + "</channel_count><nominal_srate>" + rate + "</nominal_srate><channel_format>" + format
                + "</channel_format><source_id>x</source_id></info>").getBytes(StandardCharsets.UTF_8);
        chunk(out, 2, concat(le(1, 4), xml));
        ByteBuffer samples = ByteBuffer.allocate(4 + 2 + 4 * (1 + 8 + 2)).order(ByteOrder.LITTLE_ENDIAN);
        samples.putInt(1).put((byte) 1).put((byte) 4);
        for (int i = 0; i < 4; i++) {
            samples.put((byte) 8).putDouble(10 + i / 250.0).putShort((short) (100 * i));
        }
        chunk(out, 3, samples.array());
        chunk(out, 6, concat(le(1, 4), footer.getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(4);
        out.writeBytes(le(content.length + 2, 4));
        out.writeBytes(le(tag, 2));
        out.writeBytes(content);
    }

    private static byte[] le(long v, int width) {
        byte[] b = new byte[width];
        for (int i = 0; i < width; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
