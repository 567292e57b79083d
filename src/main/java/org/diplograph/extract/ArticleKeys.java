package org.diplograph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.diplograph.model.Article;

/**
 * The short, stable key of an article, which names it and its graph in IRIs. An article whose source gave it an
 * identifier (a JSON Lines "id") is keyed by that id: {@code id-} and the id, characters other than letters,
 * digits, '.', '_', '~' and '-' percent-encoded (an id that would encode to more than 100 characters is keyed by
 * {@code id-} and the hash of the id). Any other article is keyed by the first 16 hex digits of the SHA-256 of
 * its text. The prefix keeps the two kinds apart.
 */
public final class ArticleKeys {

    private static final int LONGEST_ID = 100;

    private ArticleKeys() {
    }

    public static String of(Article article) {
        if (article.idGiven()) {
            String encoded = encode(article.id());
            return "id-" + (encoded.length() <= LONGEST_ID ? encoded : hash(article.id()));
        }
        return hash(article.text());
    }

    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '-')) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
