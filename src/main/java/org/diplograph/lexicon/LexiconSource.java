package org.diplograph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the lexicon's files come from: the class-path folder {@code /lexicon/} by default, an in-memory map of file
 * name to text (for tests that build a lexicon from a few rows), or one source laid over another.
 */
public interface LexiconSource {

    /** The lines of the named file ("cues.tsv"), or empty when this source has no such file. */
    Optional<List<String>> lines(String file);

    /** How messages name a file of this source, so that a reader can find it ("lexicon/cues.tsv"). */
    default String where(String file) {
        return file;
    }

    /** The files bundled with Diplograph, in the class-path folder {@code /lexicon/}. */
    static LexiconSource classpath() {
        return new LexiconSource() {
            @Override
            public Optional<List<String>> lines(String file) {
                InputStream in = LexiconSource.class.getResourceAsStream("/lexicon/" + file);
                if (in == null) {
                    return Optional.empty();
                }
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    return Optional.of(reader.lines().toList());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read lexicon resource /lexicon/" + file, e);
                }
            }

            @Override
            public String where(String file) {
                return "lexicon/" + file;
            }
        };
    }

    /** Files given as text, by file name. */
    static LexiconSource of(Map<String, String> files) {
        Map<String, String> copy = Map.copyOf(files);
        return file -> Optional.ofNullable(copy.get(file)).map(text -> List.of(text.split("\r?\n", -1)));
    }

    /** This source's files, and {@code base}'s where this source has none. */
    default LexiconSource over(LexiconSource base) {
        LexiconSource top = this;
        return new LexiconSource() {
            @Override
            public Optional<List<String>> lines(String file) {
                Optional<List<String>> mine = top.lines(file);
                return mine.isPresent() ? mine : base.lines(file);
            }

            @Override
            public String where(String file) {
                return top.lines(file).isPresent() ? top.where(file) : base.where(file);
            }
        };
    }
}
