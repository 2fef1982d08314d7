package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.attend.control.ControlPolicy;
import org.attend.stream.Command;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** The fail-safe's rule on a fake clock: a command decided on a chunk that arrived before a stop is not sent. */
class CommandOutputsTest {

    @Test
    void aCommandFromSamplesThatArrivedBeforeTheStopIsHeldBack() throws Exception {
        FakeTicker clock = new FakeTicker(1_000);
        List<String> seen = new ArrayList<>();
        CommandOutputs outputs = new CommandOutputs(List.of(c -> seen.add(c.name() + "@" + c.emitNanos())), clock);
        assertTrue(outputs.send(new Command("left", 0.9f, 1.0, 1_000), 900), "no stop yet: any arrival");
        clock.advance(500);
        Command stop = outputs.failSafe(2.0, "test");
        assertEquals(ControlPolicy.STOP, stop.name());
        assertEquals(1_500, stop.emitNanos(), "stamped on the outputs' clock");
        assertFalse(outputs.send(new Command("right", 0.9f, 2.0, 1_600), 1_500), "arrived at the stop's instant");
        assertFalse(outputs.send(new Command("right", 0.9f, 2.0, 1_600), 1_499));
        assertTrue(outputs.send(new Command("right", 0.9f, 3.0, 1_700), 1_501), "arrived after the stop");
        assertEquals(List.of("left@1000", "stop@1500", "right@1700"), seen);
        assertEquals(1, outputs.stops());
    }
}
