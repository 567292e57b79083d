package org.diplograph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.diplograph.article.ArticleFiles;

/** Articles the store tests load: the seed and the 200-article corpus sample. */
public final class Fixtures {

    public static final Path SEED = Path.of("seeds/2021-12-15-pakistan-us-democracy-summit.txt");
    public static final Path CORPUS = Path.of("src/test/resources/corpus-sample/articles");
    /** The seed's phone call of 13 December 2021 between Qureshi and Sherman. */
    public static final String SEED_CALL = "https://w3id.org/diplograph/id/event/94b3b338ff731116-phonecall-883";

    private Fixtures() {
    }

    /** The seed and the first {@code n} corpus articles, as {@code load} would read them. */
    public static List<ArticleFiles.Input> seedAndCorpus(int n) {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<ArticleFiles.Input> corpus = files.sorted().limit(n)
                    .map(f -> new ArticleFiles.Input(f, f.getFileName().toString())).toList();
            return Stream.concat(Stream.of(new ArticleFiles.Input(SEED, SEED.getFileName().toString())),
                    corpus.stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
