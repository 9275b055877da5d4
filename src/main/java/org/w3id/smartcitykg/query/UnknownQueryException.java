package org.w3id.smartcitykg.query;

/** A query name the catalogue does not have. */
public class UnknownQueryException extends Exception {
    public UnknownQueryException(String name) {
        super("no canned query named '" + name + "'");
    }
}
