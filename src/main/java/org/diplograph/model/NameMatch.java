package org.diplograph.model;

/**
 * A gazetteer hit inside a sentence: tokens {@code [start, end)} matched an entry of {@code type}.
 *
 * @param key the entry's canonical key (ISO code, organisation code, canonical title, …)
 */
public record NameMatch(String type, String key, int start, int end) {

    public int length() {
        return end - start;
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
