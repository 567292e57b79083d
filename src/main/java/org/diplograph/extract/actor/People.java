package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.model.Role;

/**
 * The persons one article names, with coreference by name: "Raychelle Omamo", "Omamo" and
 * "Foreign Minister Omamo" are one person; roles accumulate ("named with a title once keeps it").
 */
final class People {

    /** A person of the article; mutable while the article is read. */
    static final class Person {
        private List<String> name;
        private final List<Role> roles = new ArrayList<>();
        private final String unnamedKey;
        private final NameKeys keys;
        private String represents;

        private Person(List<String> name, String unnamedKey, NameKeys keys) {
            this.name = name;
            this.unnamedKey = unnamedKey;
            this.keys = keys;
        }

        String label() {
            return String.join(" ", name);
        }

        String key() {
            return unnamedKey != null ? unnamedKey : "person:" + keys.slug(name);
        }

        boolean named() {
            return unnamedKey == null;
        }

        List<Role> roles() {
            return List.copyOf(roles);
        }

        String represents() {
            return represents;
        }

        void represent(String code) {
            if (represents == null && code != null) {
                represents = code;
            }
        }

        /** Adds a role unless the person already holds a fuller form of it ("Deputy Secretary" within
         * "Deputy Secretary of State"); a fuller form replaces a shorter one. A person serves one state: a role of
         * another state than the one they represent is not added. */
        void addRole(Role role) {
            if (represents != null && role.country() != null && !role.country().equals(represents)) {
                return; // one state per person: a role of another state is a misreading ("President" of three states)
            }
            for (int i = 0; i < roles.size(); i++) {
                Role held = roles.get(i);
                boolean sameCountry = role.country() == null || held.country() == null
                        || role.country().equals(held.country());
                if (sameCountry && words(held.title()).containsAll(words(role.title()))) {
                    if (held.country() == null && role.country() != null) {
                        roles.set(i, new Role(held.title(), role.country()));
                    }
                    represent(role.country());
                    return;
                }
                if (sameCountry && words(role.title()).containsAll(words(held.title()))) {
                    roles.set(i, new Role(role.title(), role.country() != null ? role.country() : held.country()));
                    represent(role.country());
                    return;
                }
            }
            roles.add(role);
            represent(role.country());
        }

        boolean holds(String title, String country) {
            return roles.stream().anyMatch(r -> words(r.title()).containsAll(words(title))
                    && (country == null || r.country() == null || r.country().equals(country)));
        }
    }

    private final List<Person> persons = new ArrayList<>();
    private final NameKeys keys;

    People(NameKeys keys) {
        this.keys = keys;
    }

    /** The person with this name, registering it (or a fuller form of a name seen before). */
    Person register(List<String> name) {
        List<String> display = display(name);
        Person same = find(display);
        if (same != null) {
            if (keys.core(display).size() > keys.core(same.name).size()) {
                same.name = display;
            }
            return same;
        }
        Person p = new Person(display, null, keys);
        persons.add(p);
        return p;
    }

    /** A person the text refers to by title only ("the Prime Minister of Peru"), one per title and state. */
    Person unnamed(String title, String country, String countryLabel, String articleKey) {
        String key = "person:" + articleKey + "-" + keys.slug(List.of(title, country == null ? "" : country));
        for (Person p : persons) {
            if (key.equals(p.unnamedKey)) {
                return p;
            }
        }
        Person p = new Person(List.of(countryLabel == null ? title : title + " of " + countryLabel), key, keys);
        p.addRole(new Role(title, country));
        persons.add(p);
        return p;
    }

    /**
     * The named person a name refers to: the same name, a name whose core words end the other's ("Omamo"), or a
     * single word that begins it ("Hayashi" for "Hayashi Yoshimasa", family name first).
     */
    Person find(List<String> name) {
        List<String> core = keys.core(display(name));
        if (core.isEmpty()) {
            return null;
        }
        Person best = null;
        for (Person p : persons) {
            if (!p.named()) {
                continue;
            }
            List<String> other = keys.core(p.name);
            if (other.equals(core) || endsWith(other, core) || endsWith(core, other)
                    || core.size() == 1 && other.get(0).equals(core.get(0)) && other.size() > 1
                    || other.size() == 1 && core.get(0).equals(other.get(0)) && core.size() > 1) {
                best = p;
            }
        }
        return best;
    }

    /** The most recently registered person holding a title (and serving the state, when given). */
    Person holding(String title, String country) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            Person p = persons.get(i);
            if (p.named() && p.holds(title, country)) {
                return p;
            }
        }
        return null;
    }

    List<Person> all() {
        return List.copyOf(persons);
    }

    /** Names as a reader expects them: "joe" → "Joe", "BLINKEN" → "Blinken"; particles stay lower case. */
    static List<String> display(List<String> name) {
        List<String> out = new ArrayList<>(name.size());
        for (String w : name) {
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".")) {
                out.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            } else if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && out.isEmpty()) {
                out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean endsWith(List<String> whole, List<String> tail) {
        return tail.size() < whole.size() && whole.subList(whole.size() - tail.size(), whole.size()).equals(tail);
    }

    private static List<String> words(String title) {
        return List.of(title.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }
}
