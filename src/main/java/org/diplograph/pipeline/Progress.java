package org.diplograph.pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a user how a run goes. On a terminal: one line that keeps updating (articles done, rate, share done,
 * time left). Otherwise, for logs and pipes: a plain line every {@code every} seconds, and one at the end. Notes
 * and skipped articles are printed as lines of their own in both modes. Time left is estimated from the bytes done
 * out of the bytes to do, so it needs the total size of the input ({@code total < 0}: unknown, e.g. a pipe).
 */
public final class Progress implements RunListener {

    private final PrintWriter err;
    private final boolean bar;
    private final long everyNanos;
    private final long total;
    private final long start = System.nanoTime();
    private long last = start;
    private long articles;
    private long bytes;
    private boolean barShown;

    /**
     * @param bar   update one line in place (for a terminal) rather than print plain lines
     * @param every seconds between plain lines (0: none until the end)
     * @param total bytes the run will read, or -1 when unknown
     */
    public Progress(PrintWriter err, boolean bar, double every, long total) {
        this.err = err;
        this.bar = bar;
        this.everyNanos = every <= 0 ? Long.MAX_VALUE : (long) (every * 1e9);
        this.total = total;
    }

    /** Whether standard error is a terminal the user watches (so a bar can update in place). */
    public static boolean terminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return true;
        }
    }

    @Override
    public void note(String line) {
        print("diplograph: note: " + line);
    }

    @Override
    public void skipped(String line) {
        print("diplograph: " + line);
    }

    @Override
    public void done(long size) {
        articles++;
        bytes += size;
        long now = System.nanoTime();
        if (bar && now - last >= 200_000_000L) {
            last = now;
            err.print("\r" + gauge() + status(now) + "\u001b[K");
            err.flush();
            barShown = true;
        } else if (!bar && now - last >= everyNanos) {
            last = now;
            err.println("diplograph: " + status(now));
            err.flush();
        }
    }

    /** The last word: a final status line (the bar is finished with a line break). */
    public void finish() {
        String status = status(System.nanoTime());
        if (bar) {
            err.print("\r" + gauge() + status + "\u001b[K\n");
        } else {
            err.println("diplograph: " + status);
        }
        err.flush();
    }

    /** "[#########...........] " when the total is known, else nothing. */
    private String gauge() {
        if (total <= 0) {
            return "";
        }
        int filled = (int) Math.min(20, bytes * 20 / total);
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] ";
    }

    /** "1,200 articles, 48%, 105 articles/s, 0:12 left" (percentage and time left when the total is known). */
    String status(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d article%s", articles,
                articles == 1 ? "" : "s"));
        if (total > 0) {
            s.append(String.format(Locale.ROOT, ", %d%%", Math.min(100, bytes * 100 / total)));
        }
        s.append(String.format(Locale.ROOT, ", %.0f articles/s", articles / seconds));
        if (total > 0 && bytes > 0 && bytes < total) {
            long left = (long) (seconds * (total - bytes) / bytes);
            s.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
        } else {
            long took = (long) seconds;
            s.append(String.format(Locale.ROOT, ", %d:%02d elapsed", took / 60, took % 60));
        }
        return s.toString();
    }

    private void print(String line) {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
        err.println(line);
        err.flush();
    }
}
