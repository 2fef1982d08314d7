package org.attend.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** The frame loop on a fake clock: a frame that overruns its slot skips exactly the slots it covered. */
class FrameLoopTest {

    @Test
    void aThreeHundredMillisecondFrameAtFifteenFramesASecondSkipsFourSlots() throws Exception {
        FakeTicker clock = new FakeTicker(0);
        AtomicInteger frames = new AtomicInteger();
        CountDownLatch tenDrawn = new CountDownLatch(1);
        FrameLoop loop = new FrameLoop(15, () -> {
            if (frames.get() == 10) {
                tenDrawn.countDown();
                try {
                    new CountDownLatch(1).await(); // the eleventh frame never ends: the loop is closed in it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            frames.incrementAndGet();
            clock.advanceMillis(300); // a slow frame: 4.5 slots of 66.7 ms
            return true;
        }, clock);
        loop.start();
        tenDrawn.await(30, TimeUnit.SECONDS);
        loop.close();
        assertEquals(10, loop.rendered());
        assertEquals(40, loop.skipped(), "each frame ends in the fifth slot after its own: four skipped");
    }

    @Test
    void framesThatFitTheirSlotSkipNothing() throws Exception {
        FakeTicker clock = new FakeTicker(0);
        AtomicInteger frames = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        FrameLoop loop = new FrameLoop(10, () -> {
            if (frames.incrementAndGet() > 50) {
                done.countDown();
                return false;
            }
            clock.advanceMillis(99);
            return true;
        }, clock);
        loop.start();
        done.await(30, TimeUnit.SECONDS);
        loop.close();
        assertEquals(0, loop.skipped());
        assertEquals(50, loop.rendered(), "the frames after the fiftieth draw nothing");
    }
}
