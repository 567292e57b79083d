package org.diplograph.nlp;

import java.util.regex.Pattern;

/** The form of a token used for gazetteer look-up: plain apostrophes, and abbreviations without dots ("U.S." → "US"). */
final class TokenNorm {

    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");

    private TokenNorm() {
    }

    static String of(String token) {
        String plain = token.replace('’', '\'').replace('‘', '\'');
        if (plain.length() > 1 && DOTTED_ABBREVIATION.matcher(plain).matches()) {
            return plain.replace(".", "");
        }
        return plain;
    }
}
