package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SPARQL files shipped in {@code queries/}, and user files given by path. */
public final class Queries {

    /** The bundled queries, in the order {@code run} prints them. */
    public static final List<String> BUNDLED = List.of("declined-invitations", "phone-calls", "meetings",
            "events-between", "actors-and-roles", "timeline", "evidence");

    /** Larger files are not read at all: a query file is kilobytes. */
    private static final long MAX_FILE_BYTES = 16L << 20;

    private Queries() {
    }

    /** A query by file path or bundled name ("phone-calls" or "phone-calls.rq"). */
    public static NamedQuery load(String nameOrPath) throws QueryException {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            try {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new QueryException(nameOrPath + ": " + Files.size(path) / (1 << 20) + " MB is not a query"
                            + " file (queries are limited to " + MAX_FILE_BYTES / (1 << 20) + " MB before even"
                            + " --max-query-size applies)", 413, null);
                }
                return NamedQuery.parse(path.getFileName().toString().replaceFirst("\\.rq$", ""), nameOrPath,
                        Files.readString(path));
            } catch (IOException e) {
                throw new QueryException(nameOrPath + ": cannot read the query file (" + e.getMessage() + ")");
            }
        }
        String name = path.getFileName().toString().replaceFirst("\\.rq$", "");
        String text = bundled(name);
        if (text == null) {
            throw new QueryException(nameOrPath + ": no such query file, and no bundled query of that name (bundled: "
                    + String.join(", ", BUNDLED) + ")");
        }
        return NamedQuery.parse(name, text);
    }

    public static List<NamedQuery> bundled() {
        List<NamedQuery> out = new ArrayList<>();
        for (String name : BUNDLED) {
            out.add(NamedQuery.parse(name, bundled(name)));
        }
        return out;
    }

    private static String bundled(String name) {
        try (InputStream in = Queries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled query " + name, e);
        }
    }
}
