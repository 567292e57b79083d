package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals: bad options, no store, a port in use — one line each, no stack trace. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusesWithOneLineEach() throws IOException {
        String store = dir.resolve("store").toString();
        Cli missing = Cli.run("serve", "--store", store);
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains(store + ": no store here"), missing.err());

        assertEquals(0, Cli.run("load", "seeds", "--store", store).code());
        assertEquals(2, Cli.run("serve", "--store", store, "--port", "70000").code());
        assertEquals(2, Cli.run("serve", "--store", store, "--max-request-size", "lots").code());
        assertEquals(2, Cli.run("serve", "--store", store, "--timeout", "0").code());
        assertEquals(2, Cli.run("serve", "--store", store, "--cors", "*").code(), "one named origin, never any");
        assertEquals(2, Cli.run("serve", "--store", store, "--cors", "https://example.org/app").code());
        Cli unset = Cli.run("serve", "--store", store, "--allow-updates", "--token-env", "DIPLOGRAPH_NO_SUCH_VARIABLE");
        assertEquals(2, unset.code(), unset.toString());
        assertTrue(unset.err().contains("--token-env DIPLOGRAPH_NO_SUCH_VARIABLE: that environment variable is not set"),
                unset.err());
        assertEquals(2, Cli.run("serve", "--store", store, "--token-env", "DIPLOGRAPH_TEST_PASSWORD").code(),
                "a token is for writes: --allow-updates with it");

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli busy = Cli.run("serve", "--store", store, "--port", Integer.toString(port));
            assertEquals(1, busy.code(), busy.toString());
            assertEquals("diplograph: port " + port + " is in use", busy.err().strip().replaceFirst(" \\(.*", ""));
            assertFalse(busy.err().contains("Exception"), busy.err());
        }
        assertEquals(0, Cli.run("stats", "--store", store).code(), "the store was closed again");
    }
}
