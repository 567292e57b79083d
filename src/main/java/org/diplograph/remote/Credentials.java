package org.diplograph.remote;

/**
 * A user name and password for a remote store. The password is never part of {@link #toString()}, of messages
 * or of logs.
 */
public record Credentials(String user, String password) {

    public Credentials {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user name is empty");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }
}
