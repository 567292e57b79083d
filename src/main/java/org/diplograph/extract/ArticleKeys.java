package org.diplograph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.diplograph.model.Article;

/** The short, stable key of an article: the first 16 hex digits of the SHA-256 of its text. */
public final class ArticleKeys {

    private ArticleKeys() {
    }

    public static String of(Article article) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
