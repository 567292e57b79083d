package org.diplograph.lexicon;

/** The function words the sentence view and the argument finder treat by their grammatical role. */
public record GrammarCues(WordList nounModifiers, WordList clauseOpeners, WordList notClauseOpeners,
                          WordList relativePronouns, WordList beForms, WordList listConjunctions,
                          WordList compoundPrepositions) {

    static GrammarCues read(CueFile f) {
        return new GrammarCues(f.words("noun-modifiers"), f.words("clause-openers"), f.words("not-clause-openers"),
                f.words("relative-pronouns"), f.words("be-forms"), f.words("list-conjunctions"),
                f.words("compound-prepositions"));
    }
}
