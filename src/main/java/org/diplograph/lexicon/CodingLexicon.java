package org.diplograph.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplograph.model.EventType;

/**
 * What the CAMEO coder knows: the verb dictionary ({@link VerbLexicon}), how a governing verb and the verb it
 * governs combine into one code ({@code cameo/combinations.tsv}), which event class a code belongs to ({@code
 * cameo/event-classes.tsv}), and the coder's settings ({@code cameo/coder.tsv}: the roles the actors around a
 * coded verb take, its base confidence). Checked while read. Immutable.
 */
public final class CodingLexicon {

    static final String COMBINATIONS = "cameo/combinations.tsv";
    static final String CLASSES = "cameo/event-classes.tsv";
    static final String SETTINGS = "cameo/coder.tsv";

    private final VerbLexicon verbs;
    private final DiscardList discards;
    private final Map<String, Map<String, String>> combinations = new LinkedHashMap<>();
    private final Map<String, EventType> classes = new LinkedHashMap<>();
    private final Map<String, TriggerRule.Role> frame;
    private final double confidence;
    private final List<String> actorFiles;
    private final boolean allOrganizations;

    CodingLexicon(LexiconSource source) {
        verbs = VerbLexicon.read(source);
        discards = new DiscardList(source);
        for (Tsv.Row r : Tsv.rows(source, COMBINATIONS, 3, 3, "governing")) {
            for (int c = 0; c < 3; c++) {
                if (!r.cell(c).matches("[0-9]{2,4}")) {
                    throw r.error("'" + r.cell(c) + "' is not a CAMEO code or root");
                }
            }
            combinations.computeIfAbsent(r.cell(0), k -> new LinkedHashMap<>()).put(r.cell(1), r.cell(2));
        }
        for (Tsv.Row r : Tsv.rows(source, CLASSES, 2, 2, "prefix")) {
            if (!r.cell(0).matches("[0-9]{2,4}")) {
                throw r.error("'" + r.cell(0) + "' is not a CAMEO code prefix");
            }
            classes.put(r.cell(0), EventType.byLocalName(r.cell(1))
                    .orElseThrow(() -> r.error("unknown event class " + r.cell(1))));
        }
        Map<String, Tsv.Row> settings = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.rows(source, SETTINGS, 2, 2, "setting")) {
            settings.put(r.cell(0), r);
        }
        Tsv.Row f = required(source, settings, "frame");
        frame = TriggerRule.frame(f, f.cell(1));
        actorFiles = Tsv.list(required(source, settings, "actors").cell(1));
        Tsv.Row orgs = required(source, settings, "organizations");
        if (!orgs.cell(1).equals("ours") && !orgs.cell(1).equals("all")) {
            throw orgs.error("organizations is 'ours' or 'all', not '" + orgs.cell(1) + "'");
        }
        allOrganizations = orgs.cell(1).equals("all");
        Tsv.Row c = required(source, settings, "confidence");
        try {
            confidence = Double.parseDouble(c.cell(1));
        } catch (NumberFormatException e) {
            throw c.error("confidence is not a number: '" + c.cell(1) + "'");
        }
    }

    private static Tsv.Row required(LexiconSource source, Map<String, Tsv.Row> settings, String name) {
        Tsv.Row r = settings.get(name);
        if (r == null) {
            throw new LexiconException(source.where(SETTINGS), 0, "the setting '" + name + "' is missing");
        }
        return r;
    }

    public VerbLexicon verbs() {
        return verbs;
    }

    /** The sentences and stories the coder leaves alone (sports, entertainment, history). */
    public DiscardList discards() {
        return discards;
    }

    /**
     * The code of a verb of family {@code governingRoot} governing a verb coded {@code complement} ("urged … to
     * meet": 02 and 040 give 026), by the longest listed prefix of the complement's code; empty when they do not
     * combine.
     */
    public Optional<String> combine(String governingRoot, String complement) {
        Map<String, String> row = combinations.get(governingRoot);
        if (row == null) {
            return Optional.empty();
        }
        for (int n = complement.length(); n >= 2; n--) {
            String result = row.get(complement.substring(0, n));
            if (result != null) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    /** Whether verbs of this family govern others ("urge", "agree", "refuse", "threaten" …). */
    public boolean governs(String root) {
        return combinations.containsKey(root);
    }

    /** The event class of a CAMEO code: the longest listed prefix wins. */
    public Optional<EventType> classOf(String code) {
        for (int n = code.length(); n >= 2; n--) {
            EventType t = classes.get(code.substring(0, n));
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** How actors around a coded verb take part: subject, direct object, prepositions. */
    public Map<String, TriggerRule.Role> frame() {
        return frame;
    }

    public double confidence() {
        return confidence;
    }

    /** The actor dictionaries to read ({@code petrarch/actors-*.tsv}). */
    List<String> actorFiles() {
        return actorFiles;
    }

    /**
     * Whether organisations the actor dictionaries define but organizations.tsv lacks are parties too ("all"), or
     * only those the two agree on ("ours").
     */
    boolean allOrganizations() {
        return allOrganizations;
    }

    /** The codes the class table knows, for tests. */
    List<String> prefixes() {
        return List.copyOf(classes.keySet());
    }
}
