package org.diplograph.query;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryCancelledException;

/**
 * The moment a query must have stopped by, for the work that Jena's own timeout does not reach. Jena checks its
 * timeout between rows; a regular expression that backtracks for minutes on one value, or a thread blocked writing
 * results to a client that does not read, never gets there. Code that runs for a query sets the deadline for its
 * thread ({@link #start}); {@link BoundedRegex} checks it while matching; and a watchdog interrupts the thread and
 * cancels the execution a little after it, so that the thread and its read transaction are let go.
 */
public final class Deadline implements AutoCloseable {

    /** How long after the deadline the watchdog steps in, for work that stops at its own next check. */
    public static final long GRACE_MILLIS = 1000;

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final long at;
    private final long timeoutMillis;
    private final Thread thread;
    private final ScheduledFuture<?> watch;
    private Runnable cancel = () -> { };
    private boolean over;
    private boolean fired;

    private Deadline(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.thread = Thread.currentThread();
        if (timeoutMillis > 0) {
            this.at = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            this.watch = WATCHDOG.schedule(this::fire, timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            this.at = Long.MAX_VALUE;
            this.watch = null;
        }
    }

    /**
     * Starts the clock for the work the current thread does until {@link #close()}; {@code timeoutMillis} 0 means
     * no deadline (nothing is watched).
     */
    public static Deadline start(long timeoutMillis) {
        Deadline d = new Deadline(timeoutMillis);
        if (d.watch != null) {
            CURRENT.set(d);
        }
        return d;
    }

    /** What the watchdog does besides interrupting the thread: cancel the query execution. */
    public synchronized void onExpiry(Runnable cancelExecution) {
        this.cancel = cancelExecution;
    }

    /** Milliseconds left (at least 1 while any is left; 0 once the deadline passed); Long.MAX_VALUE without one. */
    public long remainingMillis() {
        if (watch == null) {
            return Long.MAX_VALUE;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(at - System.nanoTime());
        return left > 0 ? left : at > System.nanoTime() ? 1 : 0;
    }

    public boolean passed() {
        return watch != null && System.nanoTime() >= at;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** Throws when the current thread's deadline has passed or the thread was interrupted. */
    static void check() {
        Deadline d = CURRENT.get();
        if (d != null && (d.passed() || Thread.currentThread().isInterrupted())) {
            throw new QueryCancelledException();
        }
    }

    private synchronized void fire() {
        if (!over) {
            fired = true;
            cancel.run();
            thread.interrupt();
        }
    }

    /** Ends the watch; a thread the watchdog interrupted gets its interrupt flag cleared. */
    @Override
    public synchronized void close() {
        over = true;
        if (watch != null) {
            watch.cancel(false);
            CURRENT.remove();
        }
        if (fired) {
            Thread.interrupted();
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "diplograph-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
