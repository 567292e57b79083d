package org.diplograph.remote;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tries an operation again after transient failures (connection refused or reset, 408, 425, 429, 502, 503,
 * 504), waiting twice as long each time, up to {@code maxDelay}; a server's Retry-After is honoured within the
 * same bound. Permanent failures (400, 401, 404, 500, …) are not retried.
 *
 * @param retries how many times to try again after the first attempt
 */
public record RetryPolicy(int retries, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("--retries must not be negative");
        }
    }

    public static RetryPolicy standard(int retries) {
        return new RetryPolicy(retries, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /** Counts the retries made, for the report. */
    public static final class Counter {
        private int retries;

        public int retries() {
            return retries;
        }
    }

    /** Requests run under a policy, with one counter and one listener for the notes. */
    public static final class Runner {
        private final RetryPolicy policy;
        private final Counter counter;
        private final Consumer<String> notes;

        Runner(RetryPolicy policy, Counter counter, Consumer<String> notes) {
            this.policy = policy;
            this.counter = counter;
            this.notes = notes;
        }

        /** Runs a request that may be sent twice; see {@link RetryPolicy#run}. */
        public <T> T run(Supplier<T> work) {
            return policy.run(work, counter, notes, true);
        }

        /** Runs a request that must not be sent again when it may have been carried out (a MOVE). */
        <T> T runOnce(Supplier<T> work) {
            return policy.run(work, counter, notes, false);
        }

        void note(String line) {
            notes.accept(line);
        }
    }

    /** A runner for one push: its retries are counted in {@code counter}, and told to {@code notes}. */
    public Runner runner(Counter counter, Consumer<String> notes) {
        return new Runner(this, counter, notes);
    }

    /**
     * Runs {@code work}, retrying transient {@link RemoteException}s.
     *
     * @param notes hears one line per retry ("…: 503 Service Unavailable; trying again in 1.0 s")
     */
    public <T> T run(Supplier<T> work, Counter counter, Consumer<String> notes) {
        return run(work, counter, notes, true);
    }

    /** @param idempotent whether a request that got no answer may be sent again */
    private <T> T run(Supplier<T> work, Counter counter, Consumer<String> notes, boolean idempotent) {
        Duration delay = firstDelay;
        for (int attempt = 0; ; attempt++) {
            try {
                return work.get();
            } catch (RemoteException e) {
                if (!e.isTransient() || attempt >= retries || !idempotent && e.outcomeUnknown()) {
                    throw e;
                }
                Duration wait = e instanceof Throttled t && t.retryAfter() != null
                        ? min(t.retryAfter(), maxDelay) : delay;
                notes.accept(e.getMessage() + "; trying again in " + String.format(java.util.Locale.ROOT, "%.1f",
                        wait.toMillis() / 1000.0) + " s (retry " + (attempt + 1) + " of " + retries + ")");
                counter.retries++;
                sleep(wait);
                delay = min(delay.multipliedBy(2), maxDelay);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while waiting to try again", false, e);
        }
    }

    /** A transient failure whose server said when to come back. */
    static final class Throttled extends RemoteException {
        private static final long serialVersionUID = 1L;
        private final transient Duration retryAfter;

        Throttled(String message, int status, Duration retryAfter) {
            super(message, true, status, null);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
