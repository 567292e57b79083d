package org.diplograph.lexicon.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * A PETRARCH actor dictionary as read from its source file: entries of synonymous phrases, each with a default
 * code and codes restricted to date ranges ("IMRAN_KHAN [PAKGOVLEG >20130511]").
 *
 * @param problems lines that could not be used, each "line N: reason"
 */
public record ActorDictionary(List<Entry> entries, List<String> problems) {

    /**
     * One actor: its phrases (the first is the primary one), the code used when no restriction applies (or
     * {@code null}), and the dated codes.
     */
    public record Entry(List<List<String>> phrases, String defaultCode, List<Restriction> restrictions, int line) {
    }

    /** A code valid from {@code from} to {@code to}, both inclusive; {@code null} bounds are open. */
    public record Restriction(String code, LocalDate from, LocalDate to) {
    }
}
