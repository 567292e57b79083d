package org.diplograph.lexicon;

import java.util.Map;

/** The cue lists time expressions read: number words. */
public record TimeCues(Map<String, Integer> numbers) {

    public TimeCues {
        numbers = Map.copyOf(numbers);
    }

    static TimeCues read(CueFile f) {
        return new TimeCues(f.numbers("number-words"));
    }
}
