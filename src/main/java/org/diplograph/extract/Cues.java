package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue lists of {@code lexicon/cues.tsv} as fast sets, built once per extractor. */
final class Cues {

    final Set<String> negation;
    final List<String> negationPhrases;
    final Set<String> planned;
    final List<String> plannedPhrases;
    final Set<String> hypothetical;
    final Set<String> futureTime;
    final Set<String> phone;
    final Set<String> virtual;
    final Set<String> speech;
    final Set<String> report;
    final Set<String> officialNouns;
    final Set<String> delegationNouns;
    final Set<String> memberNouns;
    final Set<String> personPronouns;
    final Set<String> groupPronouns;
    final Set<String> statePronouns;
    final Set<String> nameParticles;
    final Set<String> honorifics;
    final Set<String> notPerson;
    final Set<String> titleLowercaseStop;
    final Set<String> gatheringHeads;
    final Set<String> gatheringAnaphors;
    final Set<String> gatheringHeld;
    final Set<String> counterpartNouns;
    final Set<String> lightVerbs;
    final List<String> pairAnaphors;
    final Set<String> mediaNouns;
    final Set<String> mediaNameWords;
    final Map<String, Integer> numbers = new HashMap<>();

    Cues(Lexicon lexicon) {
        negation = lexicon.words("negation");
        negationPhrases = lexicon.cue("negation-phrase");
        planned = lexicon.words("planned");
        plannedPhrases = lexicon.cue("planned").stream().filter(w -> w.contains(" ")).toList();
        hypothetical = lexicon.words("hypothetical");
        futureTime = lexicon.words("future-time");
        phone = lexicon.words("phone");
        virtual = lexicon.words("virtual");
        speech = lexicon.words("speech");
        report = lexicon.words("report");
        officialNouns = lexicon.words("official-nouns");
        delegationNouns = lexicon.words("delegation-nouns");
        memberNouns = lexicon.words("member-nouns");
        personPronouns = lexicon.words("person-pronouns");
        groupPronouns = lexicon.words("group-pronouns");
        statePronouns = lexicon.words("state-pronouns");
        nameParticles = lexicon.words("name-particles");
        honorifics = lexicon.words("honorifics");
        notPerson = lexicon.words("not-person");
        titleLowercaseStop = lexicon.words("title-lowercase-stop");
        gatheringHeads = lexicon.words("gathering-heads");
        gatheringAnaphors = lexicon.words("gathering-anaphors");
        gatheringHeld = lexicon.words("gathering-held");
        counterpartNouns = lexicon.words("counterpart-nouns");
        lightVerbs = lexicon.words("light-verbs");
        pairAnaphors = lexicon.cue("pair-anaphors");
        mediaNouns = lexicon.words("media-nouns");
        mediaNameWords = lexicon.words("media-name-words");
        for (String entry : lexicon.cue("number-words")) {
            String[] kv = entry.split("=");
            numbers.put(kv[0], Integer.parseInt(kv[1]));
        }
    }
}
