package org.diplograph.remote;

/** A remote store that cannot be reached or refuses what is sent; the message names the URL and the problem. */
public class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether trying again later may succeed (connection refused, 503, …). */
    private final boolean transientFailure;

    /** {@link #status()} of a request that reached the server but got no (complete) answer. */
    public static final int NO_ANSWER = -1;

    /**
     * The HTTP status of the answer; 0 when the request never reached the server, {@link #NO_ANSWER} when it did
     * and no answer came.
     */
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

    /**
     * Whether the server may have carried out the request: it got it and did not answer (a server that answers with
     * an error status refused the request, and one that was never reached did not see it).
     */
    public boolean outcomeUnknown() {
        return status == NO_ANSWER;
    }

    /** The same failure with more said about it (what it left behind). */
    public RemoteException adding(String more) {
        return new RemoteException(getMessage() + more, transientFailure, status, this);
    }
}
