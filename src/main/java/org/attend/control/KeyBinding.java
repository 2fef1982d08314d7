package org.attend.control;

import java.awt.AWTKeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A command pressing a key: {@code left=LEFT}, {@code right=D}, {@code stop=ESCAPE}, or with modifiers
 * {@code left=ctrl LEFT}. Key names are those of {@link KeyEvent}'s {@code VK_} constants without the prefix,
 * as {@link AWTKeyStroke#getAWTKeyStroke(String)} reads them.
 *
 * @param command      the command name, e.g. {@code left}
 * @param keyName      the key as given, e.g. {@code LEFT}
 * @param keyCode      the {@link KeyEvent} virtual key code
 * @param modifierKeys virtual key codes of the modifiers held while it is pressed, in press order
 */
public record KeyBinding(String command, String keyName, int keyCode, List<Integer> modifierKeys) {

    private static final int[][] MODIFIERS = {
        {InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_SHIFT},
        {InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_CONTROL},
        {InputEvent.ALT_DOWN_MASK, KeyEvent.VK_ALT},
        {InputEvent.META_DOWN_MASK, KeyEvent.VK_META},
        {InputEvent.ALT_GRAPH_DOWN_MASK, KeyEvent.VK_ALT_GRAPH},
    };

    public KeyBinding {
        modifierKeys = List.copyOf(modifierKeys);
    }

    /** Parses {@code command=KEY}; fails with one line naming the part that is wrong. */
    public static KeyBinding parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--keys wants COMMAND=KEY pairs such as left=LEFT, got '" + spec + "'");
        }
        String command = spec.substring(0, eq).trim();
        String key = spec.substring(eq + 1).trim();
        AWTKeyStroke stroke;
        try {
            stroke = AWTKeyStroke.getAWTKeyStroke(key);
        } catch (IllegalArgumentException e) {
            stroke = null;
        }
        if (stroke == null || stroke.getKeyCode() == KeyEvent.VK_UNDEFINED || stroke.isOnKeyRelease()) {
            throw new IllegalArgumentException("--keys: '" + key + "' is not a key name (use KeyEvent names "
                    + "without VK_, e.g. LEFT, SPACE, A, ENTER, optionally after shift/ctrl/alt/meta)");
        }
        List<Integer> modifiers = new ArrayList<>();
        for (int[] m : MODIFIERS) {
            if ((stroke.getModifiers() & m[0]) != 0) {
                modifiers.add(m[1]);
            }
        }
        return new KeyBinding(command, key, stroke.getKeyCode(), modifiers);
    }
}
