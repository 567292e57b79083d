package org.diplograph.query;

/** A query that cannot be read, parsed or run, with a message naming the file and the problem. */
public class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
