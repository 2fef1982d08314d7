package org.attend.dashboard;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/** Axis ticks at integer positions shown as the labels at those indices (channel names on trace lanes). */
final class LabelFormat extends NumberFormat {

    private final List<String> labels;

    LabelFormat(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return format(Math.round(number), to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        if (number >= 0 && number < labels.size()) {
            to.append(labels.get((int) number));
        }
        return to;
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        int i = labels.indexOf(source);
        if (i < 0) {
            return null;
        }
        parsePosition.setIndex(parsePosition.getIndex() + source.length());
        return i;
    }
}
