package org.diplograph.cli;

/** A failure the user can act on: the message says which file or option, the problem, and what to do. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
