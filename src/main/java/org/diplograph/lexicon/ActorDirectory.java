package org.diplograph.lexicon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who, and when: the actor dictionaries of PETRARCH-2 (states with their capitals, adjectives and
 * provinces; institutions; international organisations; office holders with dated codes up to early 2014) and
 * the office holders of {@code office-holders.tsv} and {@code office-holders-own.tsv} (heads of state and
 * government 1990–2026, foreign ministers, UN officials). A name resolves to the party (state or organisation) and
 * office it stands for on a given day: a holder is used only when the day falls in the tenure. The actor files are
 * listed in {@code cameo/coder.tsv} ({@code actors}). Immutable.
 */
public final class ActorDirectory {

    /** What a name stands for. */
    public enum Kind { STATE, INSTITUTION, PERSON, ORGANIZATION }

    /** A code (PETRARCH actor code, or ISO/organisation code) with the office, valid {@code [from, to]}. */
    record Tenure(String code, String office, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** One actor: its display label, its undated code (or null) and its dated tenures. */
    record Entry(String id, Kind kind, String label, String code, List<Tenure> tenures) {
    }

    /**
     * What a name means on a day.
     *
     * @param party  the state (ISO or dictionary code) or organisation code it stands for
     * @param office the office a person holds that day, or null
     */
    public record Resolved(Kind kind, String party, boolean organization, String label, String office) {
    }

    static final String HOLDERS = "office-holders.tsv";
    static final String OWN_HOLDERS = "office-holders-own.tsv";

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    private final Map<String, String> states = new LinkedHashMap<>();
    private final Map<String, String> organizationCodes = new HashMap<>();
    private final Map<String, String> organizationLabels = new LinkedHashMap<>();
    private final boolean allOrganizations;
    private final Gazetteers known;

    ActorDirectory(LexiconSource source, List<String> actorFiles, boolean allOrganizations, Gazetteers known) {
        this.allOrganizations = allOrganizations;
        this.known = known;
        Map<String, String> ourOrganizations = new HashMap<>();
        for (Gazetteers.Organization o : known.organizations().values()) {
            ourOrganizations.put(o.label().toLowerCase(Locale.ROOT), o.code());
            o.names().forEach(n -> ourOrganizations.put(n.toLowerCase(Locale.ROOT), o.code()));
        }
        for (String file : actorFiles) {
            for (Tsv.Row r : Tsv.rows(source, file, 4, 4, "phrases")) {
                petrarch(r, ourOrganizations);
            }
        }
        for (String file : List.of(HOLDERS, OWN_HOLDERS)) {
            for (Tsv.Row r : Tsv.rows(source, file, 10, 11, "name")) {
                holder(r, known);
            }
        }
    }

    private void petrarch(Tsv.Row r, Map<String, String> ourOrganizations) {
        List<String> phrases = Tsv.list(r.cell(0));
        String code = r.cell(1).isEmpty() ? null : r.cell(1).toUpperCase(Locale.ROOT);
        List<Tenure> tenures = new ArrayList<>();
        for (String d : Tsv.list(r.cell(2))) {
            int at = d.indexOf('@');
            int dots = d.indexOf("..");
            if (at < 1 || dots < at) {
                throw r.error("dated code '" + d + "' is not CODE@from..to");
            }
            tenures.add(new Tenure(d.substring(0, at).toUpperCase(Locale.ROOT), null, date(r, d.substring(at + 1, dots)),
                    date(r, d.substring(dots + 2))));
        }
        if (phrases.isEmpty() || code == null && tenures.isEmpty()) {
            return;
        }
        String root = (code != null ? code : tenures.get(0).code());
        Kind kind;
        if (!tenures.isEmpty()) {
            kind = Kind.PERSON;
        } else if (organizationRoot(root)) {
            kind = Kind.ORGANIZATION;
            String ours = phrases.stream().map(ourOrganizations::get).filter(c -> c != null).findFirst().orElse(null);
            if (ours != null) {
                organizationCodes.putIfAbsent(code, ours);
            } else if (allOrganizations) {
                organizationCodes.putIfAbsent(code, code);
                organizationLabels.putIfAbsent(code, title(phrases.get(0)));
            }
        } else if (code.length() == 3) {
            kind = Kind.STATE;
            states.putIfAbsent(code, title(phrases.get(0)));
        } else {
            kind = Kind.INSTITUTION;
        }
        Entry e = new Entry(r.file() + ":" + r.line(), kind, title(phrases.get(0)), code, List.copyOf(tenures));
        for (String p : phrases) {
            byName.computeIfAbsent(normal(p), k -> new ArrayList<>(1)).add(e);
        }
    }

    private void holder(Tsv.Row r, Gazetteers known) {
        String name = r.cell(0);
        String state = r.cell(3);
        if (name.isEmpty() || state.isEmpty()) {
            throw r.error("an office holder needs a name and a state or organisation");
        }
        if (known.country(state) == null && known.organization(state) == null) {
            throw r.error("unknown state or organisation '" + state + "'");
        }
        LocalDate from = start(r, r.cell(6));
        LocalDate to = end(r, r.cell(7));
        List<String> seen = Tsv.list(r.cell(9));
        if (from == null && to == null) {
            if (seen.isEmpty()) {
                return;
            }
            // observed in office, no dates known: a year either side of the observations
            from = start(r, seen.get(0)).minusYears(1);
            to = end(r, seen.get(seen.size() - 1)).plusYears(1);
        }
        Tenure t = new Tenure(state, r.cell(4).isEmpty() ? null : r.cell(4), from, to);
        Entry e = new Entry(r.file() + ":" + r.line(), Kind.PERSON, name, null, List.of(t));
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(Tsv.list(r.cell(1)));
        for (String n : names) {
            byName.computeIfAbsent(normal(n), k -> new ArrayList<>(1)).add(e);
        }
        if (!r.cell(2).isEmpty()) {
            bySurname.computeIfAbsent(normal(r.cell(2)), k -> new ArrayList<>(1)).add(e);
        }
    }

    /** What the phrase (as the gazetteer keys it) stands for on {@code day}; a holder only within the tenure. */
    public Optional<Resolved> resolve(String phrase, LocalDate day) {
        Resolved best = null;
        for (Entry e : byName.getOrDefault(phrase, List.of())) {
            Resolved r = resolve(e, day);
            if (r != null && (best == null || best.office() == null && r.office() != null)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The office holder a surname alone stands for on {@code day} ("Modi", "Erdoğan"): only when exactly one holder
     * of that surname is in office that day.
     */
    public Optional<Resolved> holderBySurname(String surname, LocalDate day) {
        Resolved found = null;
        for (Entry e : bySurname.getOrDefault(surname, List.of())) {
            Resolved r = resolve(e, day);
            if (r == null || r.office() == null) {
                continue;
            }
            if (found != null && !found.label().equals(r.label())) {
                return Optional.empty();
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }

    private Resolved resolve(Entry e, LocalDate day) {
        Tenure held = null;
        for (Tenure t : e.tenures()) {
            if (t.covers(day)) {
                held = t;
                break;
            }
        }
        String code = held != null ? held.code() : e.code();
        if (code == null) {
            return null;
        }
        String office = held == null ? null : held.office();
        if (office != null) {
            return new Resolved(e.kind(), code, known.organization(code) != null, e.label(), office);
        }
        if (organizationRoot(code) || organizationLabels.containsKey(code)) {
            String org = organization(code);
            return org == null ? null : new Resolved(e.kind(), org, true, e.label(), null);
        }
        return code.length() < 3 ? null : new Resolved(e.kind(), code.substring(0, 3), false, e.label(), null);
    }

    /** Our organisation code for a PETRARCH organisation code (the longest known prefix), or null. */
    private String organization(String code) {
        for (int n = code.length(); n >= 3; n--) {
            String ours = organizationCodes.get(code.substring(0, n));
            if (ours != null) {
                return ours;
            }
        }
        return null;
    }

    /** The states the dictionaries define by a three-letter code, with their labels (for states not in the ISO list). */
    public Map<String, String> states() {
        return java.util.Collections.unmodifiableMap(states);
    }

    /** Labels of the organisations the dictionaries define that Diplograph's own list lacks (when all are used). */
    public Map<String, String> organizations() {
        return java.util.Collections.unmodifiableMap(organizationLabels);
    }

    /** Every name, tokenised for the name finder (lower case, space-separated), as its own key. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Every surname of an office holder, tokenised as {@link #names()}. */
    public Set<String> surnames() {
        return bySurname.keySet();
    }

    private static boolean organizationRoot(String code) {
        return code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("NGM");
    }

    /** "Mazar-i-Sharif" → "mazar - i - sharif", "u.s." → "us": the way the tokenizer and normaliser split text. */
    public static String normal(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            for (String part : w.split("(?<=-)|(?=-)")) {
                String p = part.matches("(?:\\p{L}\\.)+\\p{L}?\\.?") ? part.replace(".", "") : part;
                if (!p.isEmpty()) {
                    b.append(b.length() > 0 ? " " : "").append(p);
                }
            }
        }
        return b.toString();
    }

    private static String title(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static LocalDate date(Tsv.Row r, String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw r.error("bad date '" + s + "'");
        }
    }

    /** "2019", "2019-05", "2019-05-26": the first day the value names. */
    private static LocalDate start(Tsv.Row r, String s) {
        return partial(r, s, false);
    }

    /** The last day the value names. */
    private static LocalDate end(Tsv.Row r, String s) {
        return partial(r, s, true);
    }

    private static LocalDate partial(Tsv.Row r, String s, boolean last) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(s + "-01");
                return last ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.parse(s);
        } catch (DateTimeException | NumberFormatException e) {
            throw r.error("bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
