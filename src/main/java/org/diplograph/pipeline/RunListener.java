package org.diplograph.pipeline;

/**
 * What a run tells while it goes, in input order: one line per article with a note or a problem, and a tick per
 * article done. Called from the thread that started the run, never from two threads at once.
 */
public interface RunListener {

    /** An article was stored with something the user should know (a malformed date, …): "name: what". */
    void note(String line);

    /** An article was not stored: "name: problem: what was done". */
    void skipped(String line);

    /** An article is done (stored or skipped); {@code bytes} is its size in the input. */
    void done(long bytes);

    /** A listener that ignores everything. */
    static RunListener silent() {
        return new RunListener() {
            @Override
            public void note(String line) {
            }

            @Override
            public void skipped(String line) {
            }

            @Override
            public void done(long bytes) {
            }
        };
    }
}
