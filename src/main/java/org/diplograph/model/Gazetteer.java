package org.diplograph.model;

import java.util.Map;
import java.util.Objects;

/**
 * A list of names of one type for the dictionary name finder.
 *
 * @param type          e.g. "country", "title"
 * @param caseSensitive whether names must match case exactly ("US" must not match "us")
 * @param priority      when names of two types overlap with equal length, the higher priority wins
 * @param names         surface form → canonical key
 * @param tokenized     whether the surface forms are already split into tokens by single spaces, the way the
 *                      tokenizer splits text (large dictionaries are given so, to spare the tokenizer)
 */
public record Gazetteer(String type, boolean caseSensitive, int priority, Map<String, String> names,
                        boolean tokenized) {

    public Gazetteer {
        Objects.requireNonNull(type, "type");
        names = Map.copyOf(names);
    }

    public Gazetteer(String type, boolean caseSensitive, int priority, Map<String, String> names) {
        this(type, caseSensitive, priority, names, false);
    }
}
