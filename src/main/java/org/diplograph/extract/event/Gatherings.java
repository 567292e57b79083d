package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.extract.time.TimeExpression;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.EventCues;
import org.diplograph.model.Gathering;
import org.diplograph.model.GatheringKind;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;

/**
 * The summits, conferences and forums an article names ("the Summit of the Americas", "the G20 summit") and the
 * definite references back to them ("the summit", "the gathering"). Two names with the same content words
 * ("Americas Summit", "Summit of the Americas") are one gathering.
 */
final class Gatherings {

    /** A gathering while the article is read: what the sentences so far say about it. */
    static final class Entry {
        private final String words;
        private final String kind;
        private String label;
        private String organizer;
        private boolean virtual;
        private TimeSpan time;
        private final List<TextSpan> mentions = new ArrayList<>();

        private Entry(String words, String kind, String label) {
            this.words = words;
            this.kind = kind;
            this.label = label;
        }

        /** "gathering:democracy-summit": content words of the name; the year is added by the RDF identity scheme. */
        String key() {
            return "gathering:" + words;
        }

        /** Who organises it, or null. */
        String organizer() {
            return organizer;
        }

        TimeSpan time() {
            return time;
        }

        /** The organiser, unless the text named one already. */
        void organisedBy(String key) {
            if (organizer == null) {
                organizer = key;
            }
        }

        private Gathering toGathering(GatheringKind category) {
            return new Gathering(key(), label, category, organizer, virtual, time, mentions);
        }
    }

    /** Where a sentence names a gathering: tokens {@code [start, end)}. */
    record Ref(int start, int end, Entry entry) {
    }

    private final EventCues cues;
    private final java.util.function.Predicate<String> calendarWord;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private Entry last;

    /** @param calendarWord whether a lower-case word names a month or weekday (names stop before dates) */
    Gatherings(Cues cues, java.util.function.Predicate<String> calendarWord) {
        this.cues = cues.events();
        this.calendarWord = calendarWord;
    }

    List<Ref> find(View v) {
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            int head = v.match(cues.gatheringHeads(), i);
            if (head == 0 && !v.in(cues.gatheringAnaphors(), i)) {
                continue;
            }
            Ref ref = head == 0 ? null : named(v, i, head);
            if (ref == null) {
                ref = anaphor(v, i);
            }
            Ref found = ref;
            if (found != null && refs.stream().noneMatch(r -> r.start() < found.end() && found.start() < r.end())) {
                refs.add(ref);
                ref.entry().mentions.add(new TextSpan(v.token(ref.start()).begin(), v.token(ref.end() - 1).end()));
                last = ref.entry();
            }
        }
        return refs;
    }

    /**
     * A gathering named around the head words {@code [first, first + length)}: capitalised words before them
     * ("the G20 summit"), or "of"/"for"/"on" and capitalised words after a capitalised head ("Summit for
     * Democracy"). A head of several words ("council meeting") is a name by itself.
     */
    private Ref named(View v, int first, int length) {
        int head = first + length - 1;
        boolean phrase = length > 1;
        boolean capitalHead = v.capitalised(head);
        if (!capitalHead && !phrase && v.in(cues.gatheringNamedOnly(), head)) {
            return null;
        }
        int start = first;
        while (start > 0 && nameWord(v, start - 1)) {
            start--;
        }
        int end = head + 1;
        if (capitalHead && (v.is(end, "for") || v.is(end, "on") || v.is(end, "of"))) {
            int k = v.is(end + 1, "the") ? end + 2 : end + 1;
            int m = k;
            while (m < v.size() && v.capitalised(m) && !v.possessive(m) && !calendarWord.test(v.lower(m))) {
                m++;
            }
            if (m > k) {
                end = m;
            }
        }
        boolean named = start < first || end > head + 1 || phrase;
        if (!named || !capitalHead && start == first && !phrase) {
            return null;
        }
        if (v.sentence().headline() && (v.is(end, "with") || v.is(end, "between"))) {
            return null;
        }
        if (v.is(end, "with") || v.is(end, "between")) {
            return null;
        }
        TreeSet<String> words = new TreeSet<>();
        for (int t = start; t < end; t++) {
            String w = v.lower(t);
            if (!cues.gatheringKeyStop().has(w) && !w.matches("(19|20)\\d\\d")) {
                words.add(w.replaceAll("[^\\p{L}\\p{N}]+", ""));
            }
        }
        words.remove("");
        String key = String.join("-", words);
        String label = v.span(start, end);
        Entry e = entries.computeIfAbsent(key, k -> new Entry(k, v.lower(head), label));
        if (label.length() > e.label.length()) {
            e.label = label;
        }
        return new Ref(start, end, e);
    }

    /** Capitalised words, numbers and organisation names that can precede a gathering's head word. */
    private static boolean nameWord(View v, int i) {
        if (v.possessive(i) || v.tag(i, "PUNCT") && !v.is(i, "-")) {
            return false;
        }
        return v.capitalised(i) || v.lower(i).matches("[a-z]*\\d+[a-z]*") || v.is(i, "-") && v.capitalised(i - 1);
    }

    private Ref anaphor(View v, int i) {
        String w = v.lower(i);
        if (!cues.gatheringAnaphors().has(w) || !v.is(i - 1, "the") || v.capitalised(i)) {
            return null;
        }
        if (v.is(i + 1, "with") || v.is(i + 1, "between") || v.is(i + 1, "of") || v.is(i + 1, "on")) {
            return null;
        }
        Entry target = null;
        for (Entry e : entries.values()) {
            if (e.kind.equals(w) || cues.gatheringGenericAnaphors().has(w)) {
                target = e;
            }
        }
        if (target == null || cues.gatheringGenericAnaphors().has(w) && target != last) {
            return null;
        }
        return new Ref(i - 1, i + 1, target);
    }

    /**
     * Notes what a sentence says about a gathering it names: virtual, when, organised by whom. Returns the time
     * expressions that date the gathering, which then date no event.
     *
     * @param used time expressions of the sentence that date another gathering already
     */
    Set<TimeExpression> describe(View v, Ref ref, List<Mention> mentions, List<TimeExpression> times,
                                 Set<TimeExpression> used, java.time.LocalDate published) {
        Entry e = ref.entry();
        Set<TimeExpression> dating = new HashSet<>();
        int from = Math.max(0, ref.start() - 3);
        int to = Math.min(v.size(), ref.end() + 10);
        int stop = to;
        for (int t = ref.end(); t < to; t++) {
            if (v.clauseBreak(t) && !v.in(v.grammar().relativePronouns(), t)) {
                stop = t;
                break;
            }
        }
        for (int t = from; t < stop; t++) {
            if (v.match(cues.virtual(), t) > 0 && (t < ref.start() || v.is(ref.end(), ","))) {
                e.virtual = true;
            }
        }
        for (TimeExpression x : times) {
            if (x.start() >= ref.end() && x.start() < stop && !used.contains(x) && !dating.contains(x)
                    && held(v, ref.end(), x.start())) {
                TimeSpan span = x.resolve(published, false);
                e.time = e.time == null ? span : e.time.compatible(span) ? e.time.narrow(span) : e.time;
                dating.add(x);
            }
        }
        for (int t = ref.end(); t + 2 < stop; t++) {
            int by = v.match(cues.organizerPreps(), t);
            if (by > 0) {
                Mention m = Clauses.at(mentions, t + by);
                if (m != null && m.actor()) {
                    e.organisedBy(m.key());
                }
            }
        }
        for (int t = ref.start(); t < ref.end(); t++) {
            Mention m = Clauses.at(mentions, t);
            if (m != null && m.kind() == Mention.Kind.ORGANIZATION) {
                e.organisedBy(m.key());
            }
        }
        return dating;
    }

    /**
     * Whether the words between a gathering and a time say when it was held: an occurrence verb ("…, a virtual
     * event that took place on", "will be held in") or another word that dates it ("scheduled for", "on").
     */
    private boolean held(View v, int from, int to) {
        return to == from || v.anyIn(cues.occurrence(), from, to) || v.anyIn(cues.gatheringHeld(), from, to);
    }

    /** The organisers of the gatherings named so far. */
    List<String> organizers() {
        return entries.values().stream().map(Entry::organizer).filter(java.util.Objects::nonNull).toList();
    }

    /** The gatherings the article names, as model records. */
    List<Gathering> gatherings() {
        List<Gathering> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!e.mentions.isEmpty()) {
                out.add(e.toGathering(kind(e)));
            }
        }
        return out;
    }

    /** Summit, conference or another gathering, by the head noun of its name. */
    private GatheringKind kind(Entry e) {
        return cues.summitHeads().has(e.kind) ? GatheringKind.SUMMIT
                : cues.conferenceHeads().has(e.kind) ? GatheringKind.CONFERENCE : GatheringKind.OTHER;
    }
}
