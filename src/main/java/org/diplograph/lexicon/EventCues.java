package org.diplograph.lexicon;

/** The cue lists event finding reads: negation, modality, telephone and video, light verbs, gatherings. */
public record EventCues(WordList negation, WordList negationPhrases, WordList planned, WordList hypothetical,
                        WordList phone, WordList virtual, WordList lightVerbs, WordList gatheringHeads,
                        WordList gatheringAnaphors, WordList gatheringHeld) {

    static EventCues read(CueFile f) {
        return new EventCues(f.words("negation"), f.words("negation-phrase"), f.words("planned"),
                f.words("hypothetical"), f.words("phone"), f.words("virtual"), f.words("light-verbs"),
                f.words("gathering-heads"), f.words("gathering-anaphors"), f.words("gathering-held"));
    }
}
