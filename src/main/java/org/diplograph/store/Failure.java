package org.diplograph.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** The innermost cause of an exception chain, in the OS or library's own words ("File too large"). */
final class Failure {

    private Failure() {
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
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
