package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;

/** An event as one mention states it, before mentions of the same event are merged. Mutable. */
final class Candidate {

    EventType type;
    String cameo;
    final Set<String> agents = new LinkedHashSet<>();
    final Set<String> counterparts = new LinkedHashSet<>();
    final Set<String> participants = new LinkedHashSet<>();
    Gatherings.Entry about;
    Polarity polarity = Polarity.AFFIRMED;
    Modality modality = Modality.ACTUAL;
    /** Whether the text marks the modality (a noun in a headline does not: "Secretary's Travel to India"). */
    boolean modalityMarked;
    TimeSpan time;
    final List<TextSpan> evidence = new ArrayList<>();
    double confidence;
    String source;
    int sentence;
    /** A definite noun with no actors ("during the meeting"): a reference to an event reported before. */
    boolean reference;
    /** The text marks it as a further event ("will also meet", "met again"): not one told before. */
    boolean additional;
    /** For "spoke this morning and again in the afternoon": the first of the two, which this one never merges with. */
    Candidate twin;
    /** A plural noun ("held calls with X and Y"): one event per counterpart state. */
    boolean plural;
    /** Whether the invitation behind this refusal should be recorded too ("declined an invitation by the US"). */
    boolean impliesInvitation;

    Candidate(EventType type, String cameo, double confidence, int sentence) {
        this.type = type;
        this.cameo = cameo;
        this.confidence = confidence;
        this.sentence = sentence;
    }

    /** This event with other counterparts: the same agents, type, time, modality and evidence. */
    Candidate withCounterparts(java.util.Collection<String> keys) {
        Candidate c = new Candidate(type, cameo, confidence, sentence);
        agents.forEach(c::agent);
        keys.forEach(c::counterpart);
        participants.stream().filter(p -> !counterparts.contains(p)).forEach(c::participant);
        c.about = about;
        c.polarity = polarity;
        c.modality = modality;
        c.modalityMarked = modalityMarked;
        c.time = time;
        c.evidence.addAll(evidence);
        c.source = source;
        c.reference = reference;
        return c;
    }

    void agent(String key) {
        if (!counterparts.contains(key)) {
            agents.add(key);
            participants.add(key);
        }
    }

    void counterpart(String key) {
        if (!agents.contains(key)) {
            counterparts.add(key);
            participants.add(key);
        }
    }

    void participant(String key) {
        participants.add(key);
    }
}
