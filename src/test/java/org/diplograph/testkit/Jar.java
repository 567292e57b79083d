package org.diplograph.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line ({@code target/diplograph.jar}) as a separate process, as users run it. */
public final class Jar {

    public static final Path JAR = Path.of("target/diplograph.jar").toAbsolutePath();

    private Jar() {
    }

    /** The exit code and what the process printed. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** {@code java -jar target/diplograph.jar ARGS}, optionally behind a wrapper (e.g. {@code bash -c}). */
    public static List<String> command(String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError(JAR + " is missing: integration tests run after `mvn package` (use mvn verify)");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-XX:-UsePerfData", "-Xshare:auto", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    public static Result run(String... args) {
        return run(command(args), Map.of(), null);
    }

    /** Runs a command to its end (at most five minutes) and collects its output. */
    public static Result run(List<String> command, Map<String, String> env, Path workingDirectory) {
        try {
            Path out = Files.createTempFile("diplograph-out", ".txt");
            Path err = Files.createTempFile("diplograph-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            if (workingDirectory != null) {
                pb.directory(workingDirectory.toFile());
            }
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("still running after 5 minutes: " + command);
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
