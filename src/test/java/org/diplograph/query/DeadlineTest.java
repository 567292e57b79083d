package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The watchdog behind --timeout: a thread still busy a second after its deadline (blocked, or in code that never
 * looks at a clock) is interrupted and its query execution cancelled; a thread that finished in time is never
 * interrupted later, and an interrupt that came is not left behind for the next piece of work on that thread.
 */
class DeadlineTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aThreadStillBusyAfterTheDeadlineIsInterruptedAndItsExecutionCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean();
        boolean interrupted = false;
        long start = System.nanoTime();
        try (Deadline deadline = Deadline.start(200)) {
            deadline.onExpiry(() -> cancelled.set(true));
            try {
                Thread.sleep(20_000); // a thread blocked writing to a client that does not read
            } catch (InterruptedException e) {
                interrupted = true;
            }
            assertTrue(deadline.passed());
            assertThrows(QueryCancelledException.class, Deadline::check, "regular expressions stop here");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(interrupted && cancelled.get(), "interrupted and cancelled");
        assertTrue(seconds < 10, "within 10 s of a 0.2 s deadline (1 s of grace): " + seconds);
        assertFalse(Thread.currentThread().isInterrupted(), "the thread is clean for its next request");
        Deadline.check(); // no deadline on this thread any more
    }

    @Test
    void aThreadThatFinishedInTimeIsLeftAlone() throws InterruptedException {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Deadline deadline = Deadline.start(100)) {
            deadline.onExpiry(() -> cancelled.set(true));
        }
        Thread.sleep(100 + Deadline.GRACE_MILLIS + 500);
        assertFalse(cancelled.get() || Thread.currentThread().isInterrupted(), "nothing happens after close");
        try (Deadline none = Deadline.start(0)) {
            assertFalse(none.passed());
            assertTrue(none.remainingMillis() == Long.MAX_VALUE, "0 is no deadline");
        }
    }
}
