package org.attend.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code [Channel Infos]} and {@code [Binary Infos]} of a BrainVision header.
 *
 * @param labels     channel names
 * @param scale      factor from a stored value to Attend's unit (resolution × unit-to-µV for voltages)
 * @param units      unit of the scaled values
 * @param types      {@code EEG} for voltage channels, {@code MISC} for others
 * @param format     {@code int16}, {@code int32}, {@code float32} or {@code ascii}
 * @param bigEndian  whether the binary data are big-endian ({@code UseBigEndianOrder=YES})
 */
record BrainVisionChannels(List<String> labels, double[] scale, List<String> units, List<String> types,
                           String format, boolean bigEndian) {

    static BrainVisionChannels parse(BrainVisionHeader vhdr, int count, boolean ascii)
            throws RecordingFormatException {
        String[] labels = new String[count];
        double[] scale = new double[count];
        String[] units = new String[count];
        for (Map.Entry<String, String> e : vhdr.section("Channel Infos").entrySet()) {
            int n = BrainVisionReader.channelIndex(e.getKey());
            if (n < 0) {
                continue;
            }
            if (n >= count) {
                throw new RecordingFormatException(vhdr.path(), -1, "channel " + e.getKey() + " beyond NumberOfChannels "
                        + count);
            }
            List<String> props = new ArrayList<>(Arrays.asList(e.getValue().split(",", -1)));
            if (props.size() < 3) {
                throw new RecordingFormatException(vhdr.path(), -1, "channel " + e.getKey() + " '" + e.getValue()
                        + "' lacks name, reference and resolution");
            }
            if (props.size() < 4) {
                props.add("µV"); // older files: the unit defaults to µV (BrainVision specification)
            } else if (props.get(3).isEmpty()) {
                props.set(3, "µV");
            }
            String unit = props.get(3).replace("\u00C2", "");
            double resolution;
            try {
                resolution = props.get(2).isEmpty() ? (unit.isEmpty() ? 1e-6 : 1) : Double.parseDouble(props.get(2));
            } catch (NumberFormatException ex) {
                throw new RecordingFormatException(vhdr.path(), -1, "channel " + e.getKey() + " resolution '"
                        + props.get(2) + "' is not a number");
            }
            labels[n] = props.get(0).replace("\\1", ",");
            scale[n] = resolution * Units.toMicrovolts(unit);
            units[n] = Units.isVoltage(unit) ? "uV" : unit;
        }
        List<String> types = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (labels[i] == null) {
                throw new RecordingFormatException(vhdr.path(), -1, "no Ch" + (i + 1) + " in [Channel Infos]");
            }
            types.add(units[i].equals("uV") ? "EEG" : "MISC");
        }
        List<String> labelList = ChannelNames.unique(List.of(labels));
        if (ascii) {
            return new BrainVisionChannels(labelList, scale, List.of(units), types, "ascii", false);
        }
        String binary = vhdr.required("Binary Infos", "BinaryFormat");
        String format = switch (binary.toUpperCase(Locale.ROOT)) {
            case "INT_16" -> "int16";
            case "INT_32" -> "int32";
            case "IEEE_FLOAT_32" -> "float32";
            default -> throw new RecordingFormatException(vhdr.path(), -1, "BinaryFormat " + binary
                    + " is not supported (INT_16, INT_32, IEEE_FLOAT_32)");
        };
        boolean bigEndian = vhdr.section("Binary Infos").getOrDefault("usebigendianorder", "NO")
                .equalsIgnoreCase("YES");
        return new BrainVisionChannels(labelList, scale, List.of(units), types, format, bigEndian);
    }

    int bytesPerValue() {
        return format.equals("int16") ? 2 : 4;
    }
}
