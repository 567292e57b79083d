package org.diplograph.evaluate;

/** A gold file that cannot be read; the message names the file, line and problem. */
public class GoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoldException(String message) {
        super(message);
    }
}
