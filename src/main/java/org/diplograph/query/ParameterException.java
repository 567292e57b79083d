package org.diplograph.query;

/** A parameter value that a query's declaration does not accept: the message says which forms it takes. */
public class ParameterException extends QueryException {

    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }
}
