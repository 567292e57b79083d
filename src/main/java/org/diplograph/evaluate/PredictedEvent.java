package org.diplograph.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.model.Actor;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;

/** An extracted event reduced to what is scored: type, states, time, polarity, modality, evidence. */
public record PredictedEvent(String type, Set<String> states, Set<String> agent, LocalDate earliest, LocalDate latest,
                             boolean negated, String modality, String evidence) {

    public static PredictedEvent of(DiplomaticEvent e, Extraction x) {
        String text = x.source().text();
        return new PredictedEvent(e.type().localName(), parties(e.participants(), x), parties(e.agents(), x),
                e.time() == null ? null : e.time().earliest(), e.time() == null ? null : e.time().latest(),
                e.polarity() == Polarity.NEGATED, e.modality().name().toLowerCase(java.util.Locale.ROOT),
                e.anchor().of(text));
    }

    private static Set<String> parties(List<String> keys, Extraction x) {
        Set<String> out = new TreeSet<>();
        for (String k : keys) {
            x.actor(k).map(Actor::party).ifPresent(out::add);
        }
        return out;
    }

    public boolean affirmedAndActual() {
        return !negated && modality.equals(Modality.ACTUAL.name().toLowerCase(java.util.Locale.ROOT));
    }

    public LocalDate exactDay() {
        return earliest != null && earliest.equals(latest) ? earliest : null;
    }
}
