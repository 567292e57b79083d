package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The extractor's packages follow the data flow and use only the packages before them: the lexicon reads the
 * dictionaries with the model only; the sentence view comes first, actors and time use it, events use time and the
 * CAMEO pattern matcher ({@code extract.coder}), which knows only the lexicon.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/diplograph");
    private static final Pattern REFERENCE = Pattern.compile("org\\.diplograph\\.([a-z.]+)\\.[A-Z]");

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "lexicon", Set.of("model"),
            "extract.sentence", Set.of("lexicon", "model"),
            "extract.actor", Set.of("extract.sentence", "lexicon", "model"),
            "extract.time", Set.of("extract.sentence", "lexicon", "model"),
            "extract.coder", Set.of("lexicon", "model"),
            "extract.event", Set.of("extract.sentence", "extract.time", "extract.coder", "lexicon", "model"),
            "extract", Set.of("extract.sentence", "extract.actor", "extract.time", "extract.event", "extract.coder",
                    "lexicon", "model"));

    @Test
    void eachPackageUsesOnlyThePackagesBeforeIt() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                if (!ALLOWED.containsKey(pkg)) {
                    continue;
                }
                seen.add(pkg);
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                        used.computeIfAbsent(pkg, k -> new TreeSet<>()).add(target + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(ALLOWED.keySet(), seen, "every package of the data flow was read");
        assertEquals(Map.of(), used, "package dependencies against the data flow");
    }
}
