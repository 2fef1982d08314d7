package org.attend.lsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of a stream info's free meta-data tree ({@code <desc>}): a name and either text or children.
 *
 * @param name     element name
 * @param text     text content (empty when the element has children or nothing)
 * @param children child elements in document order
 */
public record DescNode(String name, String text, List<DescNode> children) {

    public DescNode {
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    /** An element holding only text. */
    public static DescNode leaf(String name, String text) {
        return new DescNode(name, text, List.of());
    }

    /** An element holding only children. */
    public static DescNode of(String name, List<DescNode> children) {
        return new DescNode(name, "", children);
    }

    /** The first child named {@code name}. */
    public Optional<DescNode> child(String name) {
        return children.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    /** All children named {@code name}. */
    public List<DescNode> all(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** Text of the first child named {@code name}, or empty. */
    public String childText(String name) {
        return child(name).map(DescNode::text).orElse("");
    }

    /**
     * The conventional channel description (XDF meta-data spec): {@code channels/channel/{label,unit,type}}.
     */
    public static DescNode channels(List<String> labels, String unit, String type) {
        List<DescNode> channels = new ArrayList<>();
        for (String label : labels) {
            List<DescNode> fields = new ArrayList<>();
            fields.add(leaf("label", label));
            if (!unit.isEmpty()) {
                fields.add(leaf("unit", unit));
            }
            if (!type.isEmpty()) {
                fields.add(leaf("type", type));
            }
            channels.add(of("channel", fields));
        }
        return of("channels", channels);
    }
}
