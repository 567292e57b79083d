package org.diplograph.lexicon;

/**
 * The cue lists actor recognition reads: nouns for officials, groups and media, pronouns and their antecedents,
 * the prepositions that make a name a place, name particles, honorifics, and the words of attribution.
 */
public record ActorCues(WordList officialNouns, WordList counterpartNouns, WordList delegationNouns,
                        WordList delegationLeaders, WordList memberNouns, WordList personPronouns,
                        WordList groupPronouns, WordList statePronouns, WordList stateNouns, WordList pairAnaphors,
                        WordList locativePrepositions, WordList collectivePrepositions, WordList placePrepositions,
                        WordList nameParticles, WordList honorifics, WordList nameSuffixes, WordList notPerson,
                        WordList titleLowercaseStop, WordList mediaNouns, WordList speech, WordList report,
                        WordList according, WordList pressAudience, WordList stateAgents) {

    /**
     * @param stateAgents the nouns of PETRARCH's agent dictionary whose code is a sector of the state
     *                    (government, military, police …: cue list "state-agent-sectors"), which stand for their
     *                    state like "officials" do ("Israeli police", "soldiers from Gondor")
     */
    static ActorCues read(CueFile f, WordList stateAgents) {
        return new ActorCues(f.words("official-nouns"), f.words("counterpart-nouns"), f.words("delegation-nouns"),
                f.words("delegation-leaders"), f.words("member-nouns"), f.words("person-pronouns"),
                f.words("group-pronouns"), f.words("state-pronouns"), f.words("state-nouns"),
                f.words("pair-anaphors"), f.words("locative-prepositions"), f.words("collective-prepositions"),
                f.words("place-prepositions"), f.words("name-particles"), f.words("honorifics"),
                f.words("name-suffixes"), f.words("not-person"), f.words("title-lowercase-stop"),
                f.words("media-nouns"), f.words("speech"), f.words("report"), f.words("according"),
                f.words("press-audience"), stateAgents);
    }
}
