package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplograph.extract.time.ActualTime;
import org.diplograph.extract.time.TimeInheritance;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;

/**
 * An event as one mention states it, before mentions of the same event are merged. Mutable while the article is
 * read, through the methods below; the merged events become {@link DiplomaticEvent} records.
 */
final class Candidate {

    private EventType type;
    private String cameo;
    private final Set<String> agents = new LinkedHashSet<>();
    private final Set<String> counterparts = new LinkedHashSet<>();
    private final Set<String> participants = new LinkedHashSet<>();
    private Gatherings.Entry about;
    private Polarity polarity = Polarity.AFFIRMED;
    private Modality modality = Modality.ACTUAL;
    /** Whether the text marks the modality (a noun in a headline does not: "Secretary's Travel to India"). */
    private boolean modalityMarked;
    private TimeSpan time;
    private final List<TextSpan> evidence = new ArrayList<>();
    private double confidence;
    private String source;
    private final int sentence;
    /** A definite noun with no actors ("during the meeting"): a reference to an event reported before. */
    private boolean reference;
    /** The text marks it as a further event ("will also meet", "met again"): not one told before. */
    private boolean additional;
    /** For "spoke this morning and again in the afternoon": the first of the two, which this one never merges with. */
    private Candidate twin;
    /** A plural noun ("held calls with X and Y"): one event per counterpart state. */
    private boolean plural;
    /** Whether the invitation behind this refusal should be recorded too ("declined an invitation by the US"). */
    private boolean impliesInvitation;
    /** The rule that coded this mention, for provenance. */
    private String rule;
    /** The code of the event from the counterpart's side (the dictionary's passive code), or null. */
    private String reverseCameo;
    /** Coded from the CAMEO verb dictionary rather than by a trigger rule. */
    private boolean dictionary;

    Candidate(EventType type, String cameo, double confidence, int sentence) {
        this.type = type;
        this.cameo = cameo;
        this.confidence = confidence;
        this.sentence = sentence;
    }

    /** This event with other counterparts: the same agents, type, time, modality and evidence. */
    Candidate withCounterparts(Collection<String> keys) {
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
        c.rule = rule;
        c.reverseCameo = reverseCameo;
        c.dictionary = dictionary;
        return c;
    }

    /** "X hosted a delegation from Y": the meeting of the hosts with their guests (CAMEO 043). */
    Candidate hostedMeeting() {
        Candidate meeting = withCounterparts(counterparts);
        meeting.retype(EventType.MEETING, "043");
        return meeting;
    }

    /** "Chile declined an invitation by Peru": the invitation by Peru to Chile before the refusal. */
    Candidate impliedInvitation() {
        Candidate c = new Candidate(EventType.INVITATION, EventType.INVITATION.cameo(), 0.6, sentence);
        counterparts.forEach(c::agent);
        agents.forEach(c::counterpart);
        c.about = about;
        c.evidence.addAll(evidence);
        c.modalityMarked = true;
        c.source = source;
        c.rule = "Invitation: implied by the declined invitation, " + rule;
        return c;
    }

    /** "spoke with X this morning and again in the afternoon": a second contact, at its own time if it has one. */
    Candidate repetition(TimeSpan itsTime) {
        Candidate second = withCounterparts(counterparts);
        second.additional = true;
        second.twin = this;
        second.time = itsTime;
        return second;
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

    void evidence(TextSpan span) {
        if (!evidence.contains(span)) {
            evidence.add(span);
        }
    }

    /** The gathering the event is about, unless it has one already. */
    void concerns(Gatherings.Entry gathering) {
        if (about == null) {
            about = gathering;
        }
    }

    void retype(EventType newType, String newCameo) {
        type = newType;
        cameo = newCameo;
    }

    void polarity(Polarity p) {
        polarity = p;
    }

    /** The modality, and whether the text marks it. */
    void modality(Modality m, boolean marked) {
        modality = m;
        modalityMarked = marked;
    }

    /** "will not travel to Russia": an announced refusal, which did happen (CAMEO 125). */
    void declineInstead() {
        retype(EventType.DECLINED_INVITATION, EventType.DECLINED_INVITATION.cameo());
        polarity = Polarity.AFFIRMED;
        modality = Modality.ACTUAL;
    }

    void dated(TimeSpan span) {
        time = span;
    }

    void attributedTo(String key) {
        source = key;
    }

    void confidence(double value) {
        confidence = value;
    }

    void markReference(boolean isReference) {
        reference = isReference;
    }

    void markAdditional(boolean isAdditional) {
        additional |= isAdditional;
    }

    void markPlural(boolean isPlural) {
        plural = isPlural;
    }

    void markImpliesInvitation(boolean implies) {
        impliesInvitation = implies;
    }

    void codedBy(String ruleText) {
        rule = ruleText;
    }

    void reverseCode(String code) {
        reverseCameo = code;
        dictionary = true;
    }

    boolean dictionary() {
        return dictionary;
    }

    /** Takes in another mention of the same event: a more specific type, the parties, evidence, time, source. */
    void absorb(Candidate c) {
        Optional<EventType> unified = type.unify(c.type);
        if (unified.isPresent() && unified.get() != type) {
            type = unified.get();
            cameo = c.cameo;
        }
        if (type == EventType.VISIT && "043".equals(cameo) && "042".equals(c.cameo)) {
            Set<String> hosts = new HashSet<>(agents);
            agents.clear();
            agents.addAll(counterparts);
            counterparts.clear();
            counterparts.addAll(hosts);
            cameo = "042";
        }
        boolean swap = type == EventType.VISIT && "042".equals(cameo) && "043".equals(c.cameo);
        for (String a : swap ? c.counterparts : c.agents) {
            if (!counterparts.contains(a)) {
                agent(a);
            }
        }
        for (String a : swap ? c.agents : c.counterparts) {
            if (!agents.contains(a)) {
                counterpart(a);
            }
        }
        participants.addAll(c.participants);
        c.evidence.forEach(this::evidence);
        time = time == null ? c.time : time.narrow(c.time);
        if (!modalityMarked && c.modalityMarked) {
            modality = c.modality;
            modalityMarked = true;
        }
        about = about != null ? about : c.about;
        source = source != null ? source : c.source;
        rule = rule != null ? rule : c.rule;
        impliesInvitation |= c.impliesInvitation;
        confidence = Math.min(0.99, Math.max(confidence, c.confidence) + 0.03);
    }

    /** What the time rule needs to know of this event. */
    TimeInheritance.Event forTime() {
        return new TimeInheritance.Event(sentence, type, modality, agents, counterparts, participants, time);
    }

    /** The event as a model record; an actual event's time ends at the latest on the publication day. */
    DiplomaticEvent toEvent(String gatheringKey, LocalDate published) {
        Set<String> all = new LinkedHashSet<>(agents);
        all.addAll(counterparts);
        all.addAll(participants);
        return new DiplomaticEvent(type, cameo, List.copyOf(agents), List.copyOf(counterparts), List.copyOf(all),
                gatheringKey, polarity, modality, ActualTime.bound(time, modality, published), evidence,
                Math.round(confidence * 100) / 100.0, source, rule, reverseCameo);
    }

    EventType type() {
        return type;
    }

    String cameo() {
        return cameo;
    }

    Set<String> agents() {
        return Collections.unmodifiableSet(agents);
    }

    Set<String> counterparts() {
        return Collections.unmodifiableSet(counterparts);
    }

    Set<String> participants() {
        return Collections.unmodifiableSet(participants);
    }

    Gatherings.Entry about() {
        return about;
    }

    Polarity polarity() {
        return polarity;
    }

    Modality modality() {
        return modality;
    }

    boolean modalityMarked() {
        return modalityMarked;
    }

    TimeSpan time() {
        return time;
    }

    List<TextSpan> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    double confidence() {
        return confidence;
    }

    String source() {
        return source;
    }

    int sentence() {
        return sentence;
    }

    boolean reference() {
        return reference;
    }

    boolean additional() {
        return additional;
    }

    Candidate twin() {
        return twin;
    }

    boolean plural() {
        return plural;
    }

    boolean impliesInvitation() {
        return impliesInvitation;
    }
}
