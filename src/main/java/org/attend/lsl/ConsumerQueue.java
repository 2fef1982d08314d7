package org.attend.lsl;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded queue of samples: an outlet keeps one per connected inlet, and an inlet buffers what it received
 * in one. When full, the oldest sample is dropped and counted, as liblsl's consumer queues do, so a slow
 * reader never blocks the writing thread. An inlet queues the received {@link LslSample}s themselves, so a
 * sample costs no allocation beyond its values between the socket and {@code pull}.
 *
 * @param <T> what is queued: {@link Item} in an outlet, {@link LslSample} in an inlet
 */
final class ConsumerQueue<T> {

    /** A sample queued in an outlet; {@code pushthrough} asks the sender to write it out without waiting. */
    record Item(double timestamp, Object values, boolean pushthrough) {
    }

    private final ArrayDeque<T> items;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long dropped;
    private boolean closed;

    ConsumerQueue(int capacity) {
        this.capacity = Math.max(1, capacity);
        this.items = new ArrayDeque<>(Math.min(this.capacity, 1024));
    }

    void push(T item) {
        lock.lock();
        try {
            if (items.size() >= capacity) {
                items.pollFirst();
                dropped++;
            }
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item, waiting up to {@code timeoutMillis}; null on timeout or once closed and empty. */
    T take(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (items.isEmpty() && !closed) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return items.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item if one is queued, else null, without waiting. */
    T poll() {
        lock.lock();
        try {
            return items.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
