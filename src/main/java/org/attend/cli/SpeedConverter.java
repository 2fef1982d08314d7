package org.attend.cli;

import picocli.CommandLine;

/** Parses {@code --speed}: a positive factor of real time, or {@code max} (as fast as possible). */
final class SpeedConverter implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        if (value.equalsIgnoreCase("max")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double speed = Double.parseDouble(value);
            if (speed > 0 && !Double.isInfinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new CommandLine.TypeConversionException("speed must be a positive factor of real time or 'max', got '"
                + value + "'");
    }
}
