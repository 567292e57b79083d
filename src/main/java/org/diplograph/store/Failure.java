package org.diplograph.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** The innermost cause of an exception chain, in the OS or library's own words ("File too large"). */
final class Failure {

    private Failure() {
    }

    static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The outermost message with the innermost one: "NodeTableTRDF/Read (don't know what type: 15)". */
    static String summary(Throwable e) {
        String outer = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        String inner = reason(e);
        return (outer.equals(inner) ? inner : outer.replaceAll("\\s+", " ") + " (" + inner + ")");
    }

    /** Whether the failure comes from TDB2's storage layer (blocks, B+trees, node table), not from a query. */
    static boolean insideStorage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] where = t.getStackTrace();
            if (storage(t.getClass().getName()) || where.length > 0 && storage(where[0].getClassName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean storage(String className) {
        return className.startsWith("org.apache.jena.dboe.") || className.startsWith("org.apache.jena.tdb2.store.")
                || className.startsWith("org.apache.jena.tdb2.lib.") || className.startsWith("org.apache.thrift.");
    }

    static String reason(Throwable e) {
        Throwable root = root(e);
        if (root instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile() + " is not writable";
        }
        if (root instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s+", " ");
    }
}
