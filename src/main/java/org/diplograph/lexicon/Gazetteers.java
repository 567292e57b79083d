package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Gazetteer;

/**
 * The name data of the lexicon: states, organisations, news outlets, titles of office, the titles that belong to
 * one state, the lines that identify a publisher, and given names. Immutable.
 */
public final class Gazetteers {

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

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Outlet> outlets = new LinkedHashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, String> titleCountries = new HashMap<>();
    private final List<Publisher> publishers = new ArrayList<>();
    private final List<String> blockedPhrases;
    private final WordList givenNames;

    Gazetteers(LexiconSource source, List<String> blockedPhrases) {
        this.blockedPhrases = List.copyOf(blockedPhrases);
        for (Tsv.Row r : Tsv.rows(source, "countries.tsv", 7, 7, "iso3")) {
            if (!r.cell(0).matches("[A-Z]{3}")) {
                throw r.error("'" + r.cell(0) + "' is not an ISO 3166 alpha-3 code");
            }
            countries.put(r.cell(0), new Country(r.cell(0), r.cell(1), r.cell(2), Tsv.list(r.cell(3)),
                    Tsv.list(r.cell(4)), Tsv.list(r.cell(5)), Tsv.list(r.cell(6))));
        }
        for (Tsv.Row r : Tsv.rows(source, "organizations.tsv", 4, 4, "code")) {
            organizations.put(r.cell(0), new Organization(r.cell(0), r.cell(1), Tsv.list(r.cell(2)), r.cell(3)));
        }
        for (Tsv.Row r : Tsv.rows(source, "news-media.tsv", 5, 5, "code")) {
            outlets.put(r.cell(0), new Outlet(r.cell(0), r.cell(1), Tsv.list(r.cell(2)),
                    r.cell(3).isEmpty() ? null : r.cell(3), r.cell(4)));
        }
        for (Tsv.Row r : Tsv.rows(source, "titles.tsv", 3, 3, "surface")) {
            titles.put(r.cell(0).toLowerCase(Locale.ROOT), new Title(r.cell(1), r.cell(2)));
            titles.putIfAbsent(r.cell(1).toLowerCase(Locale.ROOT), new Title(r.cell(1), r.cell(2)));
        }
        for (Tsv.Row r : Tsv.rows(source, "title-countries.tsv", 2, 3, "title")) {
            titleCountries.put(r.cell(0), r.cell(1));
        }
        for (Tsv.Row r : Tsv.rows(source, "publishers.tsv", 3, 3, "line")) {
            publishers.add(new Publisher(r.cell(0), r.cell(1), r.cell(2)));
        }
        List<String> given = new ArrayList<>();
        for (Tsv.Row r : Tsv.rows(source, "given-names.tsv", 1, 1, "name")) {
            if (!r.cell(0).matches("[a-z][a-z'-]*")) {
                throw r.error("given name '" + r.cell(0) + "' is not one lower-case word");
            }
            given.add(r.cell(0));
        }
        givenNames = WordList.of(given);
    }

    /** Whether a lower-case word is a known given name ("joe", "boris"). */
    public boolean givenName(String lower) {
        return givenNames.has(lower);
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
        blockedPhrases.forEach(p -> blocked.put(p, p));
        return List.of(
                new Gazetteer(BLOCKED, true, 9, blocked),
                new Gazetteer(MEDIA, true, 7, media),
                new Gazetteer(ORGANIZATION, true, 6, orgs),
                new Gazetteer(COUNTRY, true, 5, names),
                new Gazetteer(DEMONYM, true, 4, demonyms),
                new Gazetteer(CAPITAL, true, 3, capitals),
                new Gazetteer(TITLE, false, 2, offices));
    }

    /** Every state and organisation, as actors for the reference graph. */
    public List<Actor> referenceActors() {
        List<Actor> out = new ArrayList<>();
        for (Country c : countries.values()) {
            out.add(new Actor("country:" + c.iso3(), ActorKind.COUNTRY, c.label(), c.iso3(), null, List.of()));
        }
        for (Organization o : organizations.values()) {
            out.add(new Actor("org:" + o.code(), ActorKind.ORGANIZATION, o.label(), o.code(), null, List.of()));
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
        return Collections.unmodifiableMap(countries);
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
        return Collections.unmodifiableMap(organizations);
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
        return Collections.unmodifiableList(publishers);
    }
}
