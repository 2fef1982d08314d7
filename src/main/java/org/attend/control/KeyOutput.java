package org.attend.control;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.stream.Command;

/**
 * Presses keys for commands (java.awt.Robot), so that assistive software, games and any focused window can
 * be steered without knowing about Attend. In {@link Mode#TAP} a command presses and releases its key; in
 * {@link Mode#HOLD} it holds its key down until the next command. {@code stop} first releases whatever is
 * held, then taps its own key if it has one; closing releases everything too. Commands without a key are
 * ignored.
 */
public final class KeyOutput implements ControlOutput {

    /** How a command moves its key. */
    public enum Mode {
        /** Press and release at once. */
        TAP,
        /** Keep the key down until the next command or {@code stop}. */
        HOLD
    }

    private final Robot robot;
    private final Map<String, KeyBinding> bindings = new LinkedHashMap<>();
    private final Mode mode;
    private final Deque<Integer> held = new ArrayDeque<>();

    /**
     * Keys for {@code bindings}, each of whose commands must be one of {@code commands} (the ones this
     * session can emit, {@code stop} included); needs a display.
     */
    public KeyOutput(List<KeyBinding> bindings, Mode mode, List<String> commands) throws IOException {
        for (KeyBinding b : bindings) {
            if (!commands.contains(b.command())) {
                throw new IllegalArgumentException("--keys: '" + b.command() + "' is not a command of this session "
                        + commands);
            }
            if (this.bindings.put(b.command(), b) != null) {
                throw new IllegalArgumentException("--keys: '" + b.command() + "' is bound twice");
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new IOException("--keys needs a display to press keys on (DISPLAY is "
                    + (System.getenv("DISPLAY") == null ? "not set" : "'" + System.getenv("DISPLAY") + "'")
                    + ", or java.awt.headless is true)");
        }
        this.mode = mode;
        try {
            this.robot = new Robot();
        } catch (AWTException e) {
            throw new IOException("--keys: cannot press keys on this display: " + e.getMessage(), e);
        }
    }

    @Override
    public void accept(Command command) {
        releaseHeld();
        KeyBinding binding = bindings.get(command.name());
        if (binding == null) {
            return;
        }
        for (int modifier : binding.modifierKeys()) {
            press(modifier);
        }
        press(binding.keyCode());
        if (mode == Mode.TAP || ControlPolicy.STOP.equals(command.name())) {
            releaseHeld();
        }
    }

    /** Key codes held down now, last pressed first. */
    public List<Integer> heldKeys() {
        return List.copyOf(held);
    }

    private void press(int keyCode) {
        robot.keyPress(keyCode);
        held.push(keyCode);
    }

    private void releaseHeld() {
        while (!held.isEmpty()) {
            robot.keyRelease(held.pop());
        }
    }

    @Override
    public void close() {
        releaseHeld();
    }
}
