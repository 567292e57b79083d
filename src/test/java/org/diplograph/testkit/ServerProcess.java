package org.diplograph.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A triple store started by a test as a separate process, on free ports of 127.0.0.1, in a directory of its
 * own under {@code target/}: the standalone Fuseki server from Maven Central, or Virtuoso from Debian.
 */
public abstract class ServerProcess implements AutoCloseable {

    protected final Path home;
    protected final Path log;

    protected ServerProcess(Path home) {
        this.home = home;
        this.log = home.resolve("server.log");
    }

    /** The SPARQL endpoint for reading, without credentials. */
    public abstract String queryEndpoint();

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    protected static Path fresh(Path dir) {
        try {
            Dirs.delete(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AssertionError("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The standalone Fuseki server: {@code java -jar jena-fuseki-server.jar --localhost --mem --update /ds}. */
    public static final class Fuseki extends ServerProcess {
        public static final Path JAR = Path.of("target/fuseki/jena-fuseki-server-5.6.0.jar").toAbsolutePath();
        private final Process process;
        private final int port;

        private Fuseki(Path home, Process process, int port) {
            super(home);
            this.process = process;
            this.port = port;
        }

        public static Fuseki start(Path dir) throws IOException {
            Required.tool(Files.isRegularFile(JAR), "the standalone Fuseki server (" + JAR + ")",
                    "mvn verify copies it from Maven Central in pre-integration-test, or run: mvn dependency:copy"
                            + " -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/fuseki");
            Path home = fresh(dir);
            int port = Net.freePort();
            // It writes ./run/ in its working directory: that is home, under target/.
            Process p = new ProcessBuilder(Jar.java(), "-Xmx1g", "-jar", JAR.toString(), "--localhost",
                    "--port=" + port, "--mem", "--update", "/ds").directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile()).start();
            Fuseki f = new Fuseki(home, p, port);
            Net.await(() -> !p.isAlive() || Net.get(f.base() + "$/ping").status() == 200, Duration.ofSeconds(90),
                    "Fuseki on port " + port);
            if (!p.isAlive()) {
                throw new AssertionError("Fuseki did not start:\n" + f.log());
            }
            return f;
        }

        public String base() {
            return "http://127.0.0.1:" + port + "/";
        }

        public String dataset() {
            return base() + "ds";
        }

        @Override
        public String queryEndpoint() {
            return dataset() + "/sparql";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Virtuoso Open Source 7 from Debian, with a private virtuoso.ini and database directory. */
    public static final class Virtuoso extends ServerProcess {
        private static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
        private static final Path ISQL = Path.of("/usr/bin/isql-vt");
        private static final Path INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
        private final int sqlPort;
        private final int httpPort;
        private String password = "dba";

        private Virtuoso(Path home, int sqlPort, int httpPort) {
            super(home);
            this.sqlPort = sqlPort;
            this.httpPort = httpPort;
        }

        public static Virtuoso start(Path dir) throws IOException, InterruptedException {
            Required.tool(Files.isExecutable(BINARY) && Files.isExecutable(ISQL) && Files.isRegularFile(INI),
                    "Virtuoso (" + BINARY + ", " + ISQL + ", " + INI + ")",
                    "apt-get install -y --no-install-recommends virtuoso-opensource (.ci/run does this in CI)");
            Path home = fresh(dir);
            Virtuoso v = new Virtuoso(home, Net.freePort(), Net.freePort());
            Files.writeString(home.resolve("virtuoso.ini"), v.ini(Files.readString(INI, StandardCharsets.ISO_8859_1)),
                    StandardCharsets.ISO_8859_1);
            // +wait: the command returns once the server (now in the background) accepts connections.
            Process p = new ProcessBuilder(BINARY.toString(), "+configfile", "virtuoso.ini", "+wait")
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(v.log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("Virtuoso did not start:\n" + v.log() + v.serverLog());
            }
            Net.await(() -> Net.get(v.queryEndpoint() + "?query=ASK%7B%7D").status() == 200, Duration.ofSeconds(60),
                    "Virtuoso's HTTP port " + v.httpPort);
            return v;
        }

        /** The Debian virtuoso.ini with this instance's files, ports (on 127.0.0.1) and allowed directory. */
        private String ini(String template) {
            StringBuilder out = new StringBuilder();
            String section = "";
            Pattern header = Pattern.compile("^\\s*\\[(.+)]\\s*$");
            for (String line : template.split("\\R")) {
                Matcher h = header.matcher(line);
                if (h.matches()) {
                    section = h.group(1);
                }
                String key = line.contains("=") && !line.strip().startsWith(";") ? line.split("=")[0].strip() : "";
                if ((section.equals("Database") || section.equals("TempDatabase")) && List.of("DatabaseFile",
                        "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file").contains(key)) {
                    String file = line.split("=")[1].strip();
                    line = key + " = " + home.resolve(file.substring(file.lastIndexOf('/') + 1));
                } else if (key.equals("ServerPort") && section.equals("Parameters")) {
                    line = "ServerPort = 127.0.0.1:" + sqlPort;
                } else if (key.equals("ServerPort") && section.equals("HTTPServer")) {
                    line = "ServerPort = 127.0.0.1:" + httpPort;
                } else if (key.equals("DirsAllowed")) {
                    line = "DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, " + home;
                } else if (key.equals("NumberOfBuffers")) {
                    line = "NumberOfBuffers = 20000";
                } else if (key.equals("MaxDirtyBuffers")) {
                    line = "MaxDirtyBuffers = 15000";
                }
                out.append(line).append('\n');
            }
            return out.toString();
        }

        private String serverLog() {
            try {
                Path l = home.resolve("virtuoso.log");
                return Files.exists(l) ? Files.readString(l, StandardCharsets.ISO_8859_1) : "";
            } catch (IOException e) {
                return "";
            }
        }

        public String base() {
            return "http://127.0.0.1:" + httpPort + "/";
        }

        @Override
        public String queryEndpoint() {
            return base() + "sparql";
        }

        /** The endpoint for updates and queries with digest authentication. */
        public String authEndpoint() {
            return base() + "sparql-auth";
        }

        /** The Graph Store Protocol endpoint with digest authentication. */
        public String graphStore() {
            return base() + "sparql-graph-crud-auth";
        }

        public String password() {
            return password;
        }

        /** Replaces the default dba password, so that a test can look for it in output. */
        public void setPassword(String newPassword) {
            isql("USER_SET_PASSWORD('dba', '" + newPassword + "');");
            password = newPassword;
        }

        private String isql(String sql) {
            Jar.Result r = Jar.run(List.of(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", password, "exec=" + sql),
                    Map.of(), home);
            if (r.code() != 0) {
                throw new AssertionError("isql " + sql + " failed: " + r);
            }
            return r.out();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                isql("shutdown;");
            } catch (AssertionError e) {
                // the server may already be gone; the lock file says if it is not
            }
            Path lock = home.resolve("virtuoso.lck");
            for (int i = 0; i < 100 && Files.exists(lock); i++) {
                Thread.sleep(100);
            }
            if (Files.exists(lock)) {
                Matcher pid = Pattern.compile("VIRT_PID=(\\d+)").matcher(Files.readString(lock));
                if (pid.find()) {
                    ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }
}
