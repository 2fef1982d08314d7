package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** The frame loop on a fake clock: a frame that overruns its slot skips exactly the slots it covered. */
class FrameLoopTest {

    /** A closed loop that drew {@code frames} frames of {@code frameMillis} each on a fake clock, then nothing. */
    private static FrameLoop drawn(double framesPerSecond, long frameMillis, int frames) throws Exception {
        FakeTicker clock = new FakeTicker(0);
        AtomicInteger drawn = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        FrameLoop loop = new FrameLoop(framesPerSecond, () -> {
            if (drawn.get() == frames) {
                done.countDown();
                return false;
            }
            drawn.incrementAndGet();
            clock.advanceMillis(frameMillis);
            return true;
        }, clock);
        loop.start();
        done.await(30, TimeUnit.SECONDS);
        loop.close();
        return loop;
    }

    @Test
    void aThreeHundredMillisecondFrameAtFifteenFramesASecondSkipsFourSlots() throws Exception {
        FrameLoop loop = drawn(15, 300, 10);
        assertEquals(10, loop.rendered());
        assertEquals(40, loop.skipped(), "each frame ends in the fifth slot after its own: four skipped");
    }

    @Test
    void framesThatFitTheirSlotSkipNothing() throws Exception {
        assertEquals(0, drawn(10, 99, 50).skipped());
        assertEquals(0, drawn(10, 100, 50).skipped(), "a frame that ends exactly when its slot does");
        assertEquals(50, drawn(10, 101, 50).skipped(), "one slot each, 1 ms over");
    }
}
