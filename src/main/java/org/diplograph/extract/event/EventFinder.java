package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.Subjects;
import org.diplograph.extract.sentence.View;
import org.diplograph.extract.time.TimeExpression;
import org.diplograph.lexicon.CodingLexicon;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.Inflections;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.TimeCues;
import org.diplograph.lexicon.TriggerRule;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;

/**
 * Turns the triggers of one sentence into event candidates: type and CAMEO code from the trigger rule, actors
 * from the rule's frame, polarity and modality from the verb group, time from the nearest time expression of
 * the clause, and the source the sentence attributes it to. A question states no event. Immutable and
 * thread-safe; {@link #article} starts the events of one article.
 */
public final class EventFinder {

    private final Cues cues;
    private final Inflections inflections;
    private final TriggerMatcher matcher;
    private final Mood mood;
    private final VerbCoding coding;
    private final CodingLexicon codes;

    public EventFinder(Lexicon lexicon) {
        this.cues = lexicon.cues();
        this.inflections = lexicon.inflections();
        this.matcher = new TriggerMatcher(lexicon);
        this.mood = new Mood(cues);
        this.codes = lexicon.coding();
        this.coding = new VerbCoding(codes);
    }

    /** The events of an article published on {@code published} (null when unknown), read sentence by sentence. */
    public ArticleEvents article(LocalDate published) {
        return new ArticleEvents(this, new Gatherings(cues, cues.time()::calendarWord), published);
    }

    /** Whether a sentence marks its whole story as one the coder leaves alone (sports, entertainment, history). */
    public boolean discardsStory(View v) {
        return codes.discards().discards(lowerTokens(v), true);
    }

    private static String[] lowerTokens(View v) {
        String[] lower = new String[v.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = v.lower(i);
        }
        return lower;
    }

    /**
     * What the rules need to know about one sentence.
     *
     * @param usedTimes time expressions that date a gathering, which date no event
     * @param coding    whether the CAMEO coder reads the sentence (not in a story it discards)
     */
    record SentenceFacts(View view, List<Mention> mentions, List<Gatherings.Ref> gatherings,
                         List<TimeExpression> times, Set<TimeExpression> usedTimes, String source, boolean coding) {

        SentenceFacts {
            mentions = List.copyOf(mentions);
            gatherings = List.copyOf(gatherings);
            times = List.copyOf(times);
            usedTimes = Set.copyOf(usedTimes);
        }
    }

    List<Candidate> find(SentenceFacts f, LocalDate published) {
        View v = f.view();
        if (v.is(v.size() - 1, "?")) {
            return List.of();
        }
        boolean phone = v.anyIn(cues.events().phone(), 0, v.size());
        List<Candidate> out = new ArrayList<>();
        boolean[] consumed = new boolean[v.size()];
        boolean[] embedded = new boolean[v.size()];
        for (int i = 0; i < v.size(); i++) {
            if (consumed[i] || !matcher.candidate(v, i) || Clauses.at(f.mentions(), i) != null) {
                continue;
            }
            boolean negated = mood.negated(v, i);
            TriggerMatcher.Match m = matcher.match(v, i, f.mentions(), f.gatherings(), negated, phone);
            if (m == null) {
                continue;
            }
            for (int t = m.start(); t < m.end(); t++) {
                consumed[t] = true;
            }
            if (m.complement() >= 0) {
                consumed[m.complement()] = true;
            }
            if (m.object() >= 0) {
                embedded[m.object()] = true;
                consumed[m.object()] |= m.rule().type() == EventType.INVITATION;
            }
            Candidate c = candidate(f, m, negated, phone, embedded[i], published, null);
            if (c != null) {
                out.add(c);
                Candidate again = repeated(f, c, m.end(), published);
                if (again != null) {
                    out.add(again);
                }
            }
        }
        // The verbs no trigger took are coded from the CAMEO dictionary; calls, meetings, visits, invitations and
        // their refusals stay with the trigger rules, which know their arguments and conventions.
        List<VerbCoding.Coded> codedVerbs = f.coding() && !codes.discards().discards(lowerTokens(v), false)
                ? coding.code(v, f.mentions(), f.times(), consumed) : List.of();
        for (VerbCoding.Coded coded : codedVerbs) {
            EventType type = codes.classOf(coded.code()).orElse(null);
            if (type == null || type.core()) {
                continue;
            }
            TriggerRule rule = new TriggerRule(type, coded.code(), true, coded.verb().form().lemma(), List.of(),
                    List.of(), codes.frame(), codes.confidence(), null, coded.rule());
            int i = coded.verb().verb();
            TriggerMatcher.Match m = new TriggerMatcher.Match(rule, coded.verb().start(), coded.verb().end(),
                    coded.complement(), -1);
            Candidate c = candidate(f, m, mood.negated(v, i), phone, false, published, coded);
            c.reverseCode(coded.reverse());
            out.add(c);
        }
        for (Gatherings.Ref ref : f.gatherings()) {
            Candidate c = bilateral(f, ref, published);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "spoke with X this morning and again in the afternoon", "met on Monday and again on Wednesday": a contact
     * repeated ("and again …") is a second event. It takes the time expression of its own stretch of the clause
     * (up to the next comma); when that stretch names only a part of a day ("in the afternoon", "later"), the
     * second contact is on the day of the first.
     */
    private Candidate repeated(SentenceFacts f, Candidate c, int from, LocalDate published) {
        boolean interaction = c.type() == EventType.PHONE_CALL || c.type() == EventType.MEETING
                || c.type() == EventType.CONSULTATION;
        if (!interaction) {
            return null;
        }
        View v = f.view();
        int window = TriggerMatcher.windowEnd(v, from, 25);
        for (int t = from; t + 1 < window; t++) {
            int again = v.is(t, "and") ? v.match(cues.events().repetition(), t + 1) : 0;
            if (again == 0) {
                continue;
            }
            int start = t + 1;
            int end = start + again;
            while (end < window && !v.is(end, ",")) {
                end++;
            }
            for (TimeExpression x : f.times()) {
                if (x.start() >= start && x.end() <= end && !f.usedTimes().contains(x)) {
                    return c.repetition(x.resolve(published, c.modality() != Modality.ACTUAL));
                }
            }
            TimeCues time = cues.time();
            for (int k = start + again; k < end; k++) {
                int part = v.in(time.dayParts(), k) ? 1 : v.match(time.laterSameDay(), k);
                if (part > 0) {
                    boolean day = c.time() != null && c.time().exactDay() != null;
                    return c.repetition(day ? TimeSpan.day(c.time().exactDay(), v.span(start, k + part)) : null);
                }
            }
            return c.repetition(null);
        }
        return null;
    }

    /**
     * "the U.S.-Morocco Strategic Dialogue", "the China-Africa summit": a gathering named after two or more states
     * is a meeting of those states, with the time and modality of the sentence that mentions it.
     */
    private Candidate bilateral(SentenceFacts f, Gatherings.Ref ref, LocalDate published) {
        View v = f.view();
        Set<String> states = new java.util.LinkedHashSet<>();
        for (Mention m : f.mentions()) {
            if (m.start() >= ref.start() && m.end() <= ref.end() && m.kind() == Mention.Kind.COUNTRY) {
                states.add(m.key());
            }
        }
        if (states.size() < 2) {
            return null;
        }
        Candidate c = new Candidate(EventType.MEETING, EventType.MEETING.cameo(), 0.6, v.sentence().index());
        c.evidence(new TextSpan(v.sentence().begin(), v.sentence().end()));
        states.forEach(c::participant);
        c.concerns(ref.entry());
        Mood.Stated stated = mood.modality(v, ref.start(), List.of());
        Modality modality = stated.modality() == Modality.ACTUAL && mood.governingFuture(v, ref.start())
                ? Modality.PLANNED : stated.modality();
        c.modality(modality, stated.marked());
        c.dated(ref.entry().time() != null ? ref.entry().time()
                : time(v, f, ref.start(), ref.end(), ref.end(), modality != Modality.ACTUAL, published));
        c.attributedTo(f.source());
        return c;
    }

    /**
     * @param coded the verb coded from the dictionary, whose pattern may name the source and target; null for a
     *              trigger rule
     */
    private Candidate candidate(SentenceFacts f, TriggerMatcher.Match m, boolean negated, boolean phone,
                                boolean embedded, LocalDate published, VerbCoding.Coded coded) {
        View v = f.view();
        TriggerRule rule = m.rule();
        EventType type = rule.type();
        String cameo = rule.cameo();
        if (rule.upgrade() != null && phone) {
            type = rule.upgrade();
            cameo = type.cameo();
        }
        Candidate c = new Candidate(type, cameo, rule.confidence(), v.sentence().index());
        c.evidence(new TextSpan(v.sentence().begin(), v.sentence().end()));
        c.codedBy(rule.origin());
        boolean flips = rule.needs(TriggerRule.Condition.NEGATED) && negated;
        c.polarity(negated && !flips ? Polarity.NEGATED : Polarity.AFFIRMED);

        int i = m.start();
        boolean passive = rule.verb() && Arguments.passive(v, i, inflections);
        List<Mention> subjects = List.of();
        List<Mention> possessors = List.of();
        if (rule.verb()) {
            int group = Subjects.groupStart(v, i);
            subjects = Arguments.possessorOfGoverningNoun(v, f.mentions(), group);
            int infinitive = v.is(group, "to") ? group : v.is(i - 1, "to") ? i - 1 : -1;
            if (subjects.isEmpty() && infinitive >= 0) {
                subjects = Subjects.subjectOfGoverningVerb(v, f.mentions(), infinitive);
            }
            if (subjects.isEmpty()) {
                subjects = Subjects.subject(v, f.mentions(), group);
            }
            if (subjects.isEmpty() && (v.lower(i).endsWith("ing") || v.lower(i).endsWith("ed"))) {
                subjects = Subjects.subjectAfterComma(v, f.mentions(), m.end());
            }
        } else {
            possessors = Arguments.possessor(v, f.mentions(), i);
            boolean inPhrase = v.tag(Clauses.before(v, i), "ADP");
            if (possessors.isEmpty() && !embedded && !inPhrase && governedByLightVerb(v, i)) {
                subjects = Subjects.subject(v, f.mentions(), i);
            }
            if (possessors.isEmpty() && subjects.isEmpty() && frontedPhrase(v, i)) {
                subjects = Subjects.subjectsAfterComma(v, f.mentions(), i);
            }
        }
        TriggerRule.Role subjectRole = passive ? TriggerRule.Role.COUNTERPART : rule.role("subj");
        if (subjectRole == null && !rule.verb()) {
            subjectRole = TriggerRule.Role.AGENT;
        }
        int window = TriggerMatcher.windowEnd(v, m.end(), 40);
        int transparent = m.complement() >= 0 ? m.complement()
                : rule.type() == EventType.INVITATION && m.object() >= 0 ? m.object() : -1;
        int skipFrom = transparent;
        int skipTo = transparent >= 0 ? transparent + 1 : -1;
        // a visit goes to a place; a coded verb may act on one ("fired shells at Seoul"); the frame of either has no
        // "in", so a place where something happens is no party
        boolean places = type == EventType.VISIT || coded != null;
        List<Arguments.Filler> objects = Arguments.objects(v, f.mentions(), m.end(), window, rule, skipFrom, skipTo, places);
        if (coded != null && !coded.sources().isEmpty()) {
            subjects = coded.sources();
        }
        if (coded != null && !coded.targets().isEmpty()) {
            objects = coded.targets().stream().map(t -> new Arguments.Filler(t, TriggerRule.Role.COUNTERPART)).toList();
        } else if (coded != null) {
            objects = Arguments.firstGroup(v, objects);
            if (objects.isEmpty()) {
                objects = Arguments.firstActorAfter(v, f.mentions(), m.end(), window);
            }
        }
        boolean agentAfter = objects.stream().anyMatch(o -> o.role() == TriggerRule.Role.AGENT);
        if (rule.verb() || !agentAfter) {
            assign(c, subjects, subjectRole);
        }
        assign(c, possessors, rule.role("poss"));
        for (Arguments.Filler filler : objects) {
            TriggerRule.Role role = passive && filler.mention().start() > 0 && v.is(filler.mention().start() - 1, "by")
                    ? TriggerRule.Role.AGENT : filler.role();
            assign(c, List.of(filler.mention()), role);
        }
        for (Gatherings.Ref g : f.gatherings()) {
            if (g.start() >= m.end() && g.start() < window) {
                c.concerns(g.entry());
            }
        }
        c.markImpliesInvitation(type == EventType.DECLINED_INVITATION && m.object() >= 0
                && matcher.nounOf(v.lower(m.object()), EventType.INVITATION));
        c.markReference(!rule.verb() && c.participants().isEmpty());
        c.markPlural(!rule.verb() && !v.lower(i).equals(rule.head()) && v.lower(i).endsWith("s"));

        Mood.Stated stated = mood.modality(v, i, subjects);
        Modality modality = flips && stated.modality() == Modality.PLANNED ? Modality.ACTUAL : stated.modality();
        boolean marked = stated.marked();
        TimeSpan time = embedded ? null : time(v, f, i, m.end(), window, modality != Modality.ACTUAL, published);
        if (time != null && modality == Modality.ACTUAL && published != null && time.earliest() != null
                && time.earliest().isAfter(published) && !flips) {
            modality = Modality.PLANNED;
            marked = true;
        }
        c.modality(modality, marked);
        c.dated(time);
        if (mood.calledOff(v, c.type(), c.polarity(), modality, i)) {
            c.declineInstead();
        }
        c.markAdditional(v.anyIn(cues.events().additional(), Subjects.groupStart(v, i), i + 2));
        c.attributedTo(f.source());
        boolean pronoun = subjects.stream().anyMatch(Mention::pronoun);
        boolean bothSides = !c.agents().isEmpty() && !c.counterparts().isEmpty();
        c.confidence(Math.max(0.05, Math.min(0.99, c.confidence() + (bothSides ? 0.05 : 0) - (pronoun ? 0.1 : 0))));
        return c;
    }

    /**
     * A noun trigger takes the subject of its clause only through a light verb ("X held talks", "X paid a visit",
     * "X concluded their visit"), or when no verb governs it (a headline); "X welcomed the visit" does not make X
     * the visitor.
     */
    private boolean governedByLightVerb(View v, int noun) {
        for (int t = noun - 1; t >= 0 && !v.clauseBreak(t) && !v.is(t, ","); t--) {
            boolean participleModifier = v.tag(t, "VERB") && (v.tag(t - 1, "DET") || v.tag(t - 1, "ADJ"));
            if (v.tag(t, "VERB") && !participleModifier) {
                return v.in(cues.events().lightVerbs(), t);
            }
        }
        return true;
    }

    /**
     * "In a March 14 trilateral call, X, Y and Z discussed …": an indefinite noun in a phrase opening the sentence
     * introduces the event its subjects take part in ("During the meeting, …" refers to one told before).
     */
    private boolean frontedPhrase(View v, int noun) {
        if (!v.tag(0, "ADP") || v.in(cues.events().definiteDeterminers(), 1)) {
            return false;
        }
        for (int t = 1; t < noun; t++) {
            if (v.is(t, ",") || v.tag(t, "VERB")) {
                return false;
            }
        }
        for (int t = noun + 1; t < v.size(); t++) {
            if (v.is(t, ",")) {
                return true;
            }
            if (v.tag(t, "VERB") || v.clauseBreak(t)) {
                return false;
            }
        }
        return false;
    }

    private static void assign(Candidate c, List<Mention> mentions, TriggerRule.Role role) {
        if (role == null) {
            return;
        }
        for (Mention m : mentions) {
            switch (role) {
                case AGENT -> c.agent(m.key());
                case COUNTERPART -> c.counterpart(m.key());
                case PARTICIPANT -> c.participant(m.key());
            }
        }
    }

    /**
     * The time of a trigger: an unused time expression right by the trigger (a few words away) in its stretch
     * between commas; else one that opens the sentence ("On March 10, …", "Last week, …"); else the nearest in
     * the stretch. Resolved as future for planned events.
     */
    private TimeSpan time(View v, SentenceFacts f, int head, int end, int window, boolean future, LocalDate published) {
        int left = head;
        while (left > 0 && !v.is(left - 1, ",") && !v.clauseBreak(left - 1)) {
            left--;
        }
        int right = end;
        while (right < v.size() && !v.is(right, ",") && !v.clauseBreak(right)) {
            right++;
        }
        right = Math.max(right, window);
        TimeExpression best = null;
        int distance = Integer.MAX_VALUE;
        TimeExpression fronted = null;
        for (TimeExpression x : f.times()) {
            if (f.usedTimes().contains(x)) {
                continue;
            }
            if (x.start() == 0 && v.is(x.end(), ",") && x.end() <= head) {
                fronted = x;
            }
            boolean modifiesOtherNoun = x.end() < v.size() && (v.tag(x.end(), "NOUN") || v.tag(x.end(), "ADJ"))
                    && !(head >= x.end() && head <= x.end() + 3);
            if (modifiesOtherNoun) {
                continue;
            }
            boolean inside = x.start() >= left && x.end() <= right;
            int d = x.start() >= end ? x.start() - end : head - x.end();
            if (inside && d < distance) {
                best = x;
                distance = d;
            }
        }
        if (fronted != null && (best == null || distance > 3)) {
            best = fronted;
        }
        return best == null ? null : best.resolve(published, future);
    }
}
