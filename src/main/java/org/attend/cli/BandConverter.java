package org.attend.cli;

import picocli.CommandLine;

/** Parses a frequency band {@code LOW-HIGH} in Hz, e.g. {@code 8-30}. */
final class BandConverter implements CommandLine.ITypeConverter<BandConverter.Band> {

    /** A frequency band, Hz. */
    record Band(double lowHz, double highHz) {
    }


    @Override
    public Band convert(String value) {
        String[] parts = value.split("-");
        try {
            if (parts.length == 2) {
                double low = Double.parseDouble(parts[0].trim());
                double high = Double.parseDouble(parts[1].trim());
                if (low > 0 && high > low) {
                    return new Band(low, high);
                }
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new CommandLine.TypeConversionException("band must be LOW-HIGH in Hz with 0 < LOW < HIGH, got '"
                + value + "'");
    }
}
