package org.diplograph.query;

/** A query that cannot be read, parsed or run, with a message naming the file and the problem. */
public class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The HTTP status a server answers this problem with: 400, or 413 for a query over the size limit. */
    private final int status;

    public QueryException(String message) {
        this(message, 400, null);
    }

    public QueryException(String message, Throwable cause) {
        this(message, 400, cause);
    }

    public QueryException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
