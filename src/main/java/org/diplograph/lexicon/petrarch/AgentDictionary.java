package org.diplograph.lexicon.petrarch;

import java.util.List;

/**
 * A PETRARCH agent dictionary: generic nouns and titles with the code they add to an actor ("FOREIGN_MINISTER
 * [~GOVFRM]": "~" before the code appends it, after the code prepends it, as in "NGO~").
 *
 * @param problems lines that could not be used, each "line N: reason"
 */
public record AgentDictionary(List<Agent> agents, List<String> problems) {

    /** One surface form (plurals and substitutions already expanded), lower case words. */
    public record Agent(List<String> words, String code, int line) {
    }
}
