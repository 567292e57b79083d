package org.diplograph.lexicon.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The committed tables under lexicon/petrarch are exactly what the converter makes of the bundled sources. */
class ConvertedDictionariesTest {

    private static final Path SOURCES = Path.of("src/dictionaries/petrarch2");
    private static final Path CONVERTED = Path.of("src/main/resources/lexicon/petrarch");

    @Test
    void committedTablesAreCurrent() throws IOException {
        Map<String, String> fresh = Conversion.convert(SOURCES, Conversion.BUNDLED);
        assertTrue(fresh.size() >= 9, "the converter writes every table");
        for (Map.Entry<String, String> f : fresh.entrySet()) {
            Path committed = CONVERTED.resolve(f.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: rerun the converter (see "
                    + SOURCES.resolve("README.md") + ")");
            assertEquals(f.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    committed + " is not what the converter writes: rerun it (see " + SOURCES.resolve("README.md") + ")");
        }
    }

    @Test
    void convertingTwiceGivesTheSameBytes() {
        assertEquals(Conversion.convert(SOURCES, Conversion.BUNDLED), Conversion.convert(SOURCES, Conversion.BUNDLED));
    }

    @Test
    void theLicenceTravelsWithTheConvertedTables() throws IOException {
        assertEquals(Files.readString(SOURCES.resolve("LICENSE")), Files.readString(CONVERTED.resolve("LICENSE")));
    }
}
