package org.diplograph.article;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over inputs that finds each next article only when asked; subclasses say how to find one. */
abstract class Lookahead implements Iterator<PendingArticle> {

    private PendingArticle next;
    private boolean finished;

    /** The next article, or {@code null} when there are no more; not called again after that. */
    protected abstract PendingArticle fetch();

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            next = fetch();
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public final PendingArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PendingArticle out = next;
        next = null;
        return out;
    }
}
