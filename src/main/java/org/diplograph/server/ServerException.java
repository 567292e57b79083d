package org.diplograph.server;

/** A server that cannot start, with a message naming the port or directory and the problem. */
public class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
