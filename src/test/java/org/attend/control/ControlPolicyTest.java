package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

class ControlPolicyTest {

    private static final String[] CLASSES = {"left", "right", "rest"};

    private static Prediction p(double time, float left, float right, float rest) {
        return new Prediction(CLASSES, new float[] {left, right, rest}, null, time, 0);
    }

    @Test
    void commandNeedsDwellConsecutiveWindowsAboveThreshold() {
        ControlPolicy policy = new ControlPolicy(new PolicySettings(0.7, 3, 1.0, "rest"));
        assertFalse(policy.update(p(0.0, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(0.1, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(0.2, 0.6f, 0.3f, 0.1f)).isPresent(), "below threshold breaks the streak");
        assertFalse(policy.update(p(0.3, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(0.4, 0.05f, 0.9f, 0.05f)).isPresent(), "another class restarts the streak");
        assertFalse(policy.update(p(0.5, 0.05f, 0.9f, 0.05f)).isPresent());
        Optional<Command> command = policy.update(p(0.6, 0.05f, 0.8f, 0.15f));
        assertTrue(command.isPresent());
        assertEquals("right", command.get().name());
        assertEquals(0.8f, command.get().confidence());
        assertEquals(0.6, command.get().sourceTime());
    }

    @Test
    void aCommandIsStampedWithThePolicysClock() {
        FakeTicker clock = new FakeTicker(42);
        ControlPolicy policy = new ControlPolicy(new PolicySettings(0.5, 1, 0, "rest"), clock);
        clock.advance(1_000);
        assertEquals(1_042, policy.update(p(1.0, 0.9f, 0.05f, 0.05f)).orElseThrow().emitNanos());
    }

    @Test
    void refractoryPeriodSuppressesCommandsInSourceTime() {
        ControlPolicy policy = new ControlPolicy(new PolicySettings(0.5, 1, 1.0, "rest"));
        assertTrue(policy.update(p(10.0, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(10.5, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(10.99, 0.05f, 0.9f, 0.05f)).isPresent());
        assertTrue(policy.update(p(11.0, 0.05f, 0.9f, 0.05f)).isPresent());
    }

    @Test
    void restClassNeverBecomesACommand() {
        ControlPolicy policy = new ControlPolicy(new PolicySettings(0.5, 1, 0, "rest"));
        for (int i = 0; i < 10; i++) {
            assertFalse(policy.update(p(i, 0.05f, 0.05f, 0.9f)).isPresent());
        }
    }

    @Test
    void resetForgetsTheDwellSoFar() {
        ControlPolicy policy = new ControlPolicy(new PolicySettings(0.7, 3, 0, "rest"));
        assertFalse(policy.update(p(0.0, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(0.1, 0.9f, 0.05f, 0.05f)).isPresent());
        assertEquals(2, policy.state(0.1).dwellCount());
        policy.reset(); // a gap or a held window: windows before it do not count towards the next command
        assertEquals(0, policy.state(0.1).dwellCount());
        assertFalse(policy.update(p(5.0, 0.9f, 0.05f, 0.05f)).isPresent());
        assertFalse(policy.update(p(5.1, 0.9f, 0.05f, 0.05f)).isPresent());
        assertEquals("left", policy.update(p(5.2, 0.9f, 0.05f, 0.05f)).orElseThrow().name());
    }

    @Test
    void invalidSettingsAreRejectedWithTheirRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PolicySettings(1.5, 1, 0, null));
        assertTrue(e.getMessage().contains("0..1"));
        assertThrows(IllegalArgumentException.class, () -> new PolicySettings(0.5, 0, 0, null));
    }
}
