package org.diplograph.article;

import java.time.LocalDate;

import org.diplograph.model.Article;

/**
 * An article that is known but not read yet, so that reading, and everything after it, can happen on a worker
 * thread while the next inputs are still being listed.
 */
public interface PendingArticle {

    /** What messages call it: the file, or the JSON Lines file with the line number ({@code news.jsonl:12}). */
    String name();

    /** Its size in the input in bytes, for progress; 0 when not known. */
    long size();

    /** Reads it; an {@link ArticleException}'s message names it, the problem and what was done. */
    Read read(LocalDate today) throws ArticleException;

    /** An article as read, with its web address when the input gave one ({@code null} otherwise). */
    record Read(Article article, String url) {
    }

    /** An input that cannot be read at all (a missing path, …): reading it reports {@code message}. */
    static PendingArticle failed(String name, String message) {
        return new Failed(name, message);
    }

    /** An input known to be unusable before it is read: {@code message} names it, the problem and what was done. */
    record Failed(String name, String message) implements PendingArticle {
        @Override
        public long size() {
            return 0;
        }

        @Override
        public Read read(LocalDate today) throws ArticleException {
            throw new ArticleException(message);
        }
    }

    /** An article file; {@code id} is the identifier it gets in the graph. */
    record File(java.nio.file.Path file, String id, long size) implements PendingArticle {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public Read read(LocalDate today) throws ArticleException {
            return new Read(ArticleReader.read(file, id, today), null);
        }
    }
}
