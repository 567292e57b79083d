package org.diplograph.query;

/**
 * The bounds a query runs within, for {@code query} and {@code serve} alike.
 *
 * @param maxChars      longer query texts are refused before they are parsed: Jena's parser and planner cannot be
 *                      stopped half-way, and planning a 100,000-item {@code IN} list alone takes 5 s
 * @param timeoutMillis the whole query — parsing, planning, execution — stops after this long; 0 for no limit
 * @param allowService  whether {@code SERVICE} (and, in updates, {@code LOAD}) may make this process fetch URLs
 */
public record QueryLimits(int maxChars, long timeoutMillis, boolean allowService) {

    /**
     * 64 KB: every bundled query is under 3 KB, push's counting query with 200 graph names is about 15 KB; the
     * slowest query of this size we know to plan (a 10,000-item {@code IN} list) takes 0.3 s to parse and plan.
     */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024;

    public QueryLimits {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("--max-query-size must be positive");
        }
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    /** The defaults with no timeout and no SERVICE: for the bundled queries {@code run} prints. */
    public static QueryLimits standard() {
        return new QueryLimits(DEFAULT_MAX_CHARS, 0, false);
    }
}
