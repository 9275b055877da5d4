package org.w3id.smartcitykg.query;

/** A parameter value that is missing or does not fit its declared type; the message names it. */
public class ParameterException extends Exception {
    private final String parameter;

    public ParameterException(String parameter, String message) {
        super("parameter '" + parameter + "': " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
