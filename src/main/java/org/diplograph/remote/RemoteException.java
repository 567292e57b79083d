package org.diplograph.remote;

/** A remote store that cannot be reached or refuses what is sent; the message names the URL and the problem. */
public class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether trying again later may succeed (connection refused, 503, …). */
    private final boolean transientFailure;

    /** The HTTP status of the answer, or 0 when there was none. */
    private final int status;

    public RemoteException(String message, boolean transientFailure, Throwable cause) {
        this(message, transientFailure, 0, cause);
    }

    public RemoteException(String message, boolean transientFailure, int status, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
