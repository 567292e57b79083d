package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world diplomatic event as one article reports it.
 *
 * @param type         what happened
 * @param cameo        CAMEO code
 * @param agents       actor keys of who acted (the source side in CAMEO terms)
 * @param counterparts actor keys of whom it was directed at
 * @param participants every actor key taking part, agents and counterparts included
 * @param about        key of the gathering the event concerns, or {@code null}
 * @param polarity     whether the text says it happened
 * @param modality     whether it is actual, planned or hypothetical
 * @param time         when, or {@code null} when the text says nothing
 * @param evidence     the text spans stating the event, first the clearest
 * @param confidence   how sure the extractor is, 0..1
 * @param source       actor key of whoever the text attributes the report to, or {@code null}
 * @param rule         the rule that coded the event (a trigger row or a verb pattern with its file and line), or
 *                     {@code null}
 * @param reverseCameo the code of the same event seen from the counterpart's side, when the dictionary gives one
 *                     ("042" to visit is "043" to host the visit), or {@code null}
 */
public record DiplomaticEvent(EventType type, String cameo, List<String> agents, List<String> counterparts,
                              List<String> participants, String about, Polarity polarity, Modality modality,
                              TimeSpan time, List<TextSpan> evidence, double confidence, String source,
                              String rule, String reverseCameo) {

    public DiplomaticEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        agents = List.copyOf(agents);
        counterparts = List.copyOf(counterparts);
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs evidence");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /** The first evidence span, which identifies the event within its article. */
    public TextSpan anchor() {
        return evidence.get(0);
    }
}
