package org.diplograph.article;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.model.Article;

/**
 * Articles in JSON Lines: one JSON object per line with the fields {@code text} (required), {@code id},
 * {@code date} (YYYY-MM-DD), {@code title}, {@code url} and {@code source} (the publisher). Lines are read
 * lazily and each is parsed on its own (by Jena's JSON parser), so a broken line costs only itself: it is
 * reported with its line number. A line longer than {@link ArticleReader#MAX_BYTES} is skipped without being
 * held in memory. Blank lines are ignored.
 */
final class JsonLines extends Lookahead implements Closeable {

    private final String source;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    private int number;
    private boolean ended;

    /** @param source what messages call the input: a file name, or "standard input" */
    JsonLines(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    @Override
    protected PendingArticle fetch() {
        while (!ended) {
            PendingArticle read = readLine();
            if (read != null) {
                return read;
            }
        }
        return null;
    }

    /** The next line as a pending article; null for a blank line or the end of the input. */
    private PendingArticle readLine() {
        line.reset();
        long length = 0;
        int b;
        try {
            while ((b = in.read()) >= 0 && b != '\n') {
                if (length++ < ArticleReader.MAX_BYTES) {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            ended = true;
            return PendingArticle.failed(source, source + ": cannot be read after line " + number + " ("
                    + e.getMessage() + "): the rest is skipped");
        }
        if (b < 0) {
            ended = true;
            if (length == 0) {
                return null;
            }
        }
        number++;
        String name = source + ":" + number;
        if (length > ArticleReader.MAX_BYTES) {
            return PendingArticle.failed(name, name + ": line of " + ArticleReader.megabytes(length) + " is too large"
                    + " for a news article (limit " + ArticleReader.megabytes(ArticleReader.MAX_BYTES) + "): skipped");
        }
        byte[] bytes = line.toByteArray();
        if (blank(bytes)) {
            return null;
        }
        return new Line(source, number, bytes);
    }

    private static boolean blank(byte[] bytes) {
        for (byte x : bytes) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of a JSON Lines input, parsed when it is read (on a worker). */
    record Line(String source, int number, byte[] bytes) implements PendingArticle {

        @Override
        public String name() {
            return source + ":" + number;
        }

        @Override
        public long size() {
            return bytes.length + 1L;
        }

        @Override
        public Read read(LocalDate today) throws ArticleException {
            String name = name();
            String text = ArticleReader.decode(name, bytes);
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            JsonObject record = object(name, text.strip());
            String body = field(name, record, "text");
            if (body == null) {
                throw new ArticleException(name + ": no \"text\" (the article body is required): skipped");
            }
            if (body.isBlank()) {
                throw new ArticleException(name + ": \"text\" is " + (body.isEmpty() ? "empty" : "only white space")
                        + " (the article body is required): skipped");
            }
            String id = field(name, record, "id");
            Article article = ArticleParser.fields(id == null || id.isBlank() ? name : id, body,
                    field(name, record, "date"), field(name, record, "title"), field(name, record, "source"), today);
            if (id != null && !id.isBlank()) {
                article = article.withGivenId();
            }
            return new Read(article, field(name, record, "url"));
        }

        private static JsonObject object(String name, String text) throws ArticleException {
            JsonValue value;
            try {
                value = JSON.parseAny(text);
            } catch (JsonException e) {
                throw new ArticleException(name + ": not valid JSON (" + firstLine(e.getMessage()) + "): skipped", e);
            } catch (StackOverflowError e) {
                throw new ArticleException(name + ": JSON nested too deeply: skipped");
            } catch (RuntimeException e) {
                throw new ArticleException(name + ": not valid JSON (" + firstLine(String.valueOf(e.getMessage()))
                        + "): skipped", e);
            }
            if (!value.isObject()) {
                throw new ArticleException(name + ": not a JSON object (each line must be {\"text\": …}): skipped");
            }
            return value.getAsObject();
        }

        /** A string field (an id may also be a number, e.g. 17); null when absent or null. */
        private static String field(String name, JsonObject record, String key) throws ArticleException {
            JsonValue value = record.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isString()) {
                return value.getAsString().value();
            }
            if (value.isNumber() && key.equals("id")) {
                return value.getAsNumber().toString();
            }
            throw new ArticleException(name + ": \"" + key + "\" is not a string: skipped");
        }

        private static String firstLine(String message) {
            String m = message == null ? "" : message.strip();
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }
}
