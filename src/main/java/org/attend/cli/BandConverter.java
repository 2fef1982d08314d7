package org.attend.cli;

import picocli.CommandLine;

/** Parses a frequency band {@code LOW-HIGH} in Hz, e.g. {@code 8-30}. */
final class BandConverter implements CommandLine.ITypeConverter<BandConverter.Band> {

    /** A frequency band, Hz. */
    record Band(double lowHz, double highHz) {

        /**
         * The band of a command that takes {@code --band LOW-HIGH} as every command does and still reads the older
         * {@code --band-low}/{@code --band-high} (hidden; scripts use them): {@code band} where given, else the
         * two edges (either may be null where the command has its own default).
         *
         * @throws IllegalArgumentException when both spellings are given
         */
        static Double[] orEdges(Band band, boolean edgesGiven, Double lowHz, Double highHz) {
            if (band == null) {
                return new Double[] {lowHz, highHz};
            }
            if (edgesGiven) {
                throw new IllegalArgumentException("give the band as --band LOW-HIGH or as --band-low/--band-high, "
                        + "not both");
            }
            return new Double[] {band.lowHz(), band.highHz()};
        }
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
