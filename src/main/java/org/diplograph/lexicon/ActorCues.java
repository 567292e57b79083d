package org.diplograph.lexicon;

/** The cue lists actor recognition reads: nouns for officials and groups, pronouns, name particles, sources. */
public record ActorCues(WordList officialNouns, WordList counterpartNouns, WordList delegationNouns,
                        WordList memberNouns, WordList personPronouns, WordList groupPronouns, WordList statePronouns,
                        WordList nameParticles, WordList honorifics, WordList notPerson, WordList titleLowercaseStop,
                        WordList mediaNouns, WordList pairAnaphors, WordList speech, WordList report) {

    static ActorCues read(CueFile f) {
        return new ActorCues(f.words("official-nouns"), f.words("counterpart-nouns"), f.words("delegation-nouns"),
                f.words("member-nouns"), f.words("person-pronouns"), f.words("group-pronouns"),
                f.words("state-pronouns"), f.words("name-particles"), f.words("honorifics"), f.words("not-person"),
                f.words("title-lowercase-stop"), f.words("media-nouns"), f.words("pair-anaphors"), f.words("speech"),
                f.words("report"));
    }
}
