package org.diplograph.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A tool a test needs (a server binary, node). Missing on a developer's machine, the test is skipped with a
 * message saying how to get it; missing in CI (CI=true), the test fails, so that CI cannot pass by skipping.
 */
public final class Required {

    private Required() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void tool(boolean present, String what, String howToGetIt) {
        if (present) {
            return;
        }
        String message = what + " is not available here; " + howToGetIt;
        if (ci()) {
            Assertions.fail("CI=true and " + message);
        }
        Assumptions.abort("skipped: " + message + " (in CI, with CI=true, this fails instead)");
    }
}
