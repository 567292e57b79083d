package org.diplograph.lexicon;

/**
 * The cue lists event finding reads: negation and modality, telephone and video, light verbs, the words that
 * mark a further or repeated event, occurrence verbs, and the words of gatherings.
 */
public record EventCues(WordList negation, WordList negationPhrases, WordList negationDeterminers,
                        WordList discontinued, WordList planned, WordList hypothetical, WordList conditional,
                        WordList futureAuxiliaries, WordList additional, WordList repetition, WordList phone,
                        WordList virtual, WordList lightVerbs, WordList definiteDeterminers, WordList occurrence,
                        WordList gatheringHeads,
                        WordList gatheringNamedOnly, WordList summitHeads, WordList conferenceHeads,
                        WordList gatheringAnaphors, WordList gatheringGenericAnaphors,
                        WordList gatheringKeyStop, WordList gatheringHeld, WordList organizerPreps) {

    static EventCues read(CueFile f) {
        return new EventCues(f.words("negation"), f.words("negation-phrase"), f.words("negation-determiners"),
                f.words("discontinued"), f.words("planned"), f.words("hypothetical"), f.words("conditional"),
                f.words("future-auxiliaries"), f.words("additional"), f.words("repetition"), f.words("phone"),
                f.words("virtual"), f.words("light-verbs"), f.words("definite-determiners"), f.words("occurrence"), f.words("gathering-heads"),
                f.words("gathering-named-only"), f.words("summit-heads"), f.words("conference-heads"),
                f.words("gathering-anaphors"),
                f.words("gathering-generic-anaphors"), f.words("gathering-key-stop"), f.words("gathering-held"),
                f.words("organizer-preps"));
    }
}
