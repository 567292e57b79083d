package org.diplograph.article;

/** An article that cannot be read: the message names the file and the problem. */
public class ArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
