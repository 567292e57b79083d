package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A named gathering that events can be about: a summit, a conference, a forum.
 *
 * @param key       identity ("gathering:2021:democracy-summit")
 * @param label     the fullest name the text uses
 * @param kind      summit, conference or another gathering, from the head noun of its name
 * @param organizer actor key of the organiser, or {@code null}
 * @param virtual   whether the text says it was held online
 * @param time      when it took place, or {@code null}
 * @param mentions  where the text names it
 */
public record Gathering(String key, String label, GatheringKind kind, String organizer, boolean virtual,
                        TimeSpan time, List<TextSpan> mentions) {

    public Gathering {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        mentions = List.copyOf(mentions);
    }
}
