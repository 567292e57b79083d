package org.diplograph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.diplograph.model.Article;

/** Reads article files: strict UTF-8, refusing empty and binary files with a message that names the file. */
public final class ArticleReader {

    /**
     * Files larger than this are refused rather than analysed. A news article is a few KB (the largest of the
     * 2,359 corpus articles is 139 KB); some extraction steps grow with the square of an article's length, so a
     * 1.4 MB text already takes about 45 s (docs/reliability.md).
     */
    public static final long MAX_BYTES = 1024L * 1024;

    private ArticleReader() {
    }

    public static Article read(Path file, String id) throws ArticleException {
        return read(file, id, java.time.LocalDate.now());
    }

    /** Reads and parses an article file; {@code today} tells dates in the future. */
    public static Article read(Path file, String id, java.time.LocalDate today) throws ArticleException {
        return ArticleParser.parse(id, readText(file), today);
    }

    static String readText(Path file) throws ArticleException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ArticleException(file + ": " + megabytes(size) + " is too large for a news article"
                        + " (limit " + megabytes(MAX_BYTES) + "): skipped");
            }
            // read at most one byte past the limit: a pipe or a device (/dev/zero) has no size to check first
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new ArticleException(file + ": more than " + megabytes(MAX_BYTES) + ", too large for a news"
                        + " article: skipped");
            }
        } catch (NoSuchFileException e) {
            throw new ArticleException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new ArticleException(file + ": permission denied: skipped", e);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot be read (" + e.getMessage() + "): skipped", e);
        }
        return decode(file.toString(), bytes);
    }

    /** "1.0 MB", "52.4 MB". */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Decodes strict UTF-8; {@code name} is used in messages. */
    public static String decode(String name, byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(name + ": empty file: skipped");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ArticleException(name + ": binary file (NUL byte at " + i + "), not text: skipped");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ArticleException(name + ": not valid UTF-8 (bad byte at offset " + in.position() + "): skipped");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new ArticleException(name + ": no text (only white space): skipped");
        }
        return text;
    }
}
