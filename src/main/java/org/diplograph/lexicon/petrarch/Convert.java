package org.diplograph.lexicon.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rewrites {@code src/main/resources/lexicon/petrarch/} from the bundled PETRARCH sources:
 * {@code java -cp target/diplograph.jar org.diplograph.lexicon.petrarch.Convert src/dictionaries/petrarch2
 * src/main/resources/lexicon/petrarch}. {@code ConvertedDictionariesTest} fails when the committed files differ
 * from what this writes.
 */
public final class Convert {

    private Convert() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Convert <petrarch-source-dir> <output-dir>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Map<String, String> files = Conversion.convert(Path.of(args[0]), Conversion.BUNDLED);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + files.size() + " files to " + out);
    }
}
