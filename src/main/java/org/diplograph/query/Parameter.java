package org.diplograph.query;

import java.util.Locale;

/**
 * A parameter a query declares in its opening comment, one line each:
 * {@code #   ?state  state  a state taking part …}. Every parameter is a variable of the {@code VALUES} clause at
 * the top of the query's {@code WHERE} block, {@code UNDEF} (no restriction) unless bound.
 *
 * @param name        the variable name, without "?"
 * @param type        what values it takes, checked before the query runs
 * @param description the rest of the line
 */
public record Parameter(String name, Type type, String description) {

    /** What a parameter takes. */
    public enum Type {
        /** A state: ISO 3166-1 alpha-3 code, or a name or demonym that resolves to one; bound as the code. */
        STATE,
        /** A day, YYYY-MM-DD; bound as an xsd:date. */
        DATE,
        /** An IRI, in angle brackets, absolute, or with one of Diplograph's prefixes (event:…). */
        IRI,
        /** Anything: an IRI, an RDF term or else a plain string (user queries, undeclared variables). */
        TEXT;

        static Type named(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "state" -> STATE;
                case "date" -> DATE;
                case "iri" -> IRI;
                case "text" -> TEXT;
                default -> null;
            };
        }
    }
}
