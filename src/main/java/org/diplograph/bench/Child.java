package org.diplograph.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a fresh JVM, as a user would: the same JVM options as this one, Diplograph's class path. */
final class Child {

    /** What a child printed, its exit code and its wall time from start to exit. */
    record Result(int code, String output, double seconds) {
    }

    private Child() {
    }

    /** Diplograph's jar when running from it, else null (running from classes, as in tests). */
    static Path jar() {
        try {
            Path p = Path.of(Child.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** This JVM's options (what JAVA_OPTS gave it), without recording and debugging agents. */
    static List<String> jvmOptions(boolean withSharedArchive) {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean tooling = a.startsWith("-XX:StartFlightRecording") || a.startsWith("-agentlib")
                    || a.startsWith("-javaagent") || a.startsWith("-XX:FlightRecorderOptions");
            boolean archive = a.startsWith("-XX:SharedArchiveFile");
            if (!tooling && (withSharedArchive || !archive)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The command that runs Diplograph's main class (or {@code mainClass}) with extra class path entries first. */
    static List<String> java(List<String> options, List<Path> extraClassPath, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        Path jar = jar();
        if (jar != null && extraClassPath.isEmpty() && mainClass == null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            List<String> cp = new ArrayList<>();
            extraClassPath.forEach(p -> cp.add(p.toString()));
            cp.add(jar != null ? jar.toString() : System.getProperty("java.class.path"));
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, cp));
            cmd.add(mainClass == null ? "org.diplograph.cli.Main" : mainClass);
        }
        cmd.addAll(args);
        return cmd;
    }

    static Result run(List<String> command, Path workDir) throws IOException {
        Path log = Files.createTempFile(workDir, "child", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(code, output, seconds);
    }
}
