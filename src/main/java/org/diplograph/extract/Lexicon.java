package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.model.Gazetteer;

/**
 * Every word list the extractor uses, loaded once from {@code src/main/resources/lexicon/}. Each file names its
 * sources and licence in its header; {@code lexicon/SOURCES.md} summarises them. Immutable and shareable.
 */
public final class Lexicon {

    /** A state: ISO codes, the name journalists use, and the words that point to it. */
    public record Country(String iso3, String iso2, String label, List<String> names, List<String> demonyms,
                          List<String> capitals, List<String> seats) {
    }

    /** An international organisation, court, forum or NGO. */
    public record Organization(String code, String label, List<String> names, String kind) {
    }

    /** A news agency, newspaper or broadcaster. */
    public record Outlet(String code, String label, List<String> names, String country, String kind) {
    }

    /** A title of office: canonical form and category (head-of-state, foreign-affairs, …). */
    public record Title(String canonical, String category) {
    }

    /** A line that identifies an official release's publisher. */
    public record Publisher(String line, String country, String label) {
    }

    public static final String COUNTRY = "country";
    public static final String DEMONYM = "demonym";
    public static final String CAPITAL = "capital";
    public static final String ORGANIZATION = "org";
    public static final String MEDIA = "media";
    public static final String TITLE = "title";
    /** Phrases that contain a name but do not denote it ("South China Sea", "New Mexico"). */
    public static final String BLOCKED = "blocked";

    private static volatile Lexicon shared;

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Outlet> outlets = new LinkedHashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, String> titleCountries = new HashMap<>();
    private final List<Publisher> publishers = new ArrayList<>();
    private final Map<String, List<String>> cues = new HashMap<>();
    private final List<TriggerRule> triggers = new ArrayList<>();
    private final Inflections inflections;

    private Lexicon() {
        for (String[] r : Tsv.rows("countries.tsv", 7, "iso3")) {
            countries.put(r[0], new Country(r[0], r[1], r[2], Tsv.list(r[3]), Tsv.list(r[4]), Tsv.list(r[5]),
                    Tsv.list(r[6])));
        }
        for (String[] r : Tsv.rows("organizations.tsv", 4, "code")) {
            organizations.put(r[0], new Organization(r[0], r[1], Tsv.list(r[2]), r[3]));
        }
        for (String[] r : Tsv.rows("news-media.tsv", 5, "code")) {
            outlets.put(r[0], new Outlet(r[0], r[1], Tsv.list(r[2]), r[3].isEmpty() ? null : r[3], r[4]));
        }
        for (String[] r : Tsv.rows("titles.tsv", 3, "surface")) {
            titles.put(r[0].toLowerCase(Locale.ROOT), new Title(r[1], r[2]));
            titles.putIfAbsent(r[1].toLowerCase(Locale.ROOT), new Title(r[1], r[2]));
        }
        for (String[] r : Tsv.rows("title-countries.tsv", 3, "title")) {
            titleCountries.put(r[0], r[1]);
        }
        for (String[] r : Tsv.rows("publishers.tsv", 3, "line")) {
            publishers.add(new Publisher(r[0], r[1], r[2]));
        }
        for (String[] r : Tsv.rows("cues.tsv", 2, "name")) {
            cues.put(r[0], List.copyOf(Tsv.list(r[1])));
        }
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (String[] r : Tsv.rows("triggers.tsv", 9, "type")) {
            TriggerRule rule = TriggerRule.parse(r);
            triggers.add(rule);
            (rule.verb() ? verbs : nouns).add(rule.head());
        }
        inflections = new Inflections(verbs, nouns);
    }

    /** The lexicon from the class path, loaded on first use. */
    public static Lexicon get() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = new Lexicon();
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** The name lists for the dictionary name finder; keys are ISO alpha-3, organisation/outlet codes, titles. */
    public List<Gazetteer> gazetteers() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        for (Country c : countries.values()) {
            c.names().forEach(n -> names.putIfAbsent(n, c.iso3()));
            names.putIfAbsent(c.label(), c.iso3());
            c.demonyms().forEach(n -> demonyms.putIfAbsent(n, c.iso3()));
            c.capitals().forEach(n -> capitals.putIfAbsent(n, c.iso3()));
            c.seats().forEach(n -> capitals.putIfAbsent(n, c.iso3()));
        }
        Map<String, String> orgs = new HashMap<>();
        organizations.values().forEach(o -> {
            orgs.putIfAbsent(o.label(), o.code());
            o.names().forEach(n -> orgs.putIfAbsent(n, o.code()));
        });
        Map<String, String> media = new HashMap<>();
        outlets.values().forEach(o -> {
            media.putIfAbsent(o.label(), o.code());
            o.names().forEach(n -> media.putIfAbsent(n, o.code()));
        });
        Map<String, String> offices = new HashMap<>();
        titles.forEach((surface, title) -> {
            offices.putIfAbsent(surface, title.canonical());
            offices.putIfAbsent(plural(surface), title.canonical());
        });
        Map<String, String> blocked = new HashMap<>();
        cue("blocked-phrases").forEach(p -> blocked.put(p, p));
        return List.of(
                new Gazetteer(BLOCKED, true, 9, blocked),
                new Gazetteer(MEDIA, true, 7, media),
                new Gazetteer(ORGANIZATION, true, 6, orgs),
                new Gazetteer(COUNTRY, true, 5, names),
                new Gazetteer(DEMONYM, true, 4, demonyms),
                new Gazetteer(CAPITAL, true, 3, capitals),
                new Gazetteer(TITLE, false, 2, offices));
    }

    /** Every state and organisation of the lexicon, as actors for the reference graph. */
    public List<org.diplograph.model.Actor> referenceActors() {
        List<org.diplograph.model.Actor> out = new ArrayList<>();
        for (Country c : countries.values()) {
            out.add(new org.diplograph.model.Actor("country:" + c.iso3(), org.diplograph.model.ActorKind.COUNTRY,
                    c.label(), c.iso3(), null, List.of()));
        }
        for (Organization o : organizations.values()) {
            out.add(new org.diplograph.model.Actor("org:" + o.code(), org.diplograph.model.ActorKind.ORGANIZATION,
                    o.label(), o.code(), null, List.of()));
        }
        return out;
    }

    /** "foreign minister" → "foreign ministers", "secretary" → "secretaries": the plural of a title's last word. */
    static String plural(String title) {
        int space = title.lastIndexOf(' ');
        String last = title.substring(space + 1);
        if (last.length() < 3 || last.contains(".") || last.equals(last.toUpperCase(Locale.ROOT)) || last.endsWith("s")) {
            return title;
        }
        boolean consonantY = last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0;
        String plural = consonantY ? last.substring(0, last.length() - 1) + "ies"
                : last.endsWith("sh") || last.endsWith("ch") || last.endsWith("x") ? last + "es" : last + "s";
        return title.substring(0, space + 1) + plural;
    }

    public Country country(String iso3) {
        return countries.get(iso3);
    }

    public Map<String, Country> countries() {
        return countries;
    }

    /**
     * The party a state or organisation code acts as: institutions of the European Union (Commission, Council,
     * External Action Service, Parliament) act as the EU; every other code as itself.
     */
    public String partyCode(String code) {
        Organization o = organizations.get(code);
        return o != null && "eu-institution".equals(o.kind()) && organizations.containsKey("EU") ? "EU" : code;
    }

    public Organization organization(String code) {
        return organizations.get(code);
    }

    public Map<String, Organization> organizations() {
        return organizations;
    }

    public Outlet outlet(String code) {
        return outlets.get(code);
    }

    /** The outlet a name such as "AFP" or "Reuters" stands for, if the lexicon knows it. */
    public Outlet outletNamed(String name) {
        for (Outlet o : outlets.values()) {
            if (o.code().equalsIgnoreCase(name) || o.label().equalsIgnoreCase(name)
                    || o.names().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                return o;
            }
        }
        return null;
    }

    /** The state a name, demonym or capital stands for ("Kenya", "Kenyan", "Nairobi"), or null. */
    public String countryNamed(String name) {
        for (Country c : countries.values()) {
            if (c.label().equalsIgnoreCase(name) || c.names().stream().anyMatch(n -> n.equalsIgnoreCase(name))
                    || c.capitals().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                return c.iso3();
            }
        }
        return null;
    }

    public Title title(String surfaceOrCanonical) {
        return titles.get(surfaceOrCanonical.toLowerCase(Locale.ROOT));
    }

    /** The state or organisation a title belongs to by itself ("Taoiseach" → IRL), or null; a listed title
     * covers its longer forms ("Assistant Secretary of State for African Affairs"). */
    public String titleCountry(String canonical) {
        String exact = titleCountries.get(canonical);
        if (exact != null) {
            return exact;
        }
        String best = null;
        int length = 0;
        for (Map.Entry<String, String> e : titleCountries.entrySet()) {
            if (canonical.startsWith(e.getKey() + " ") && e.getKey().length() > length) {
                best = e.getValue();
                length = e.getKey().length();
            }
        }
        return best;
    }

    public List<Publisher> publishers() {
        return publishers;
    }

    /** A cue list from {@code cues.tsv}; multi-word entries are kept with their spaces. */
    public List<String> cue(String name) {
        List<String> list = cues.get(name);
        if (list == null) {
            throw new IllegalArgumentException("cues.tsv has no list '" + name + "'");
        }
        return list;
    }

    /** The single-word entries of a cue list, for fast membership tests. */
    Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String w : cue(name)) {
            if (!w.contains(" ")) {
                out.add(w);
            }
        }
        return out;
    }

    List<TriggerRule> triggers() {
        return triggers;
    }

    Inflections inflections() {
        return inflections;
    }
}
