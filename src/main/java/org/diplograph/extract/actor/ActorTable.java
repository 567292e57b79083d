package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.sentence.Mention;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.DiplomaticEvent;

/** The actors of an article as model records: all of them by key, and the ones its output needs. */
public final class ActorTable {

    private final Lexicon lexicon;
    private final NameKeys nameKeys;

    public ActorTable(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.nameKeys = new NameKeys(lexicon.cues().actors());
    }

    /** Every actor of the article by key: persons, delegations, sources, and the states and organisations mentioned. */
    public Map<String, Actor> table(ArticleActors found) {
        Map<String, Actor> table = new LinkedHashMap<>();
        for (People.Person p : found.people().all()) {
            table.put(p.key(), new Actor(p.key(), ActorKind.PERSON, p.label(), null, p.represents(), p.roles()));
        }
        for (ArticleActors.Delegation d : found.delegations()) {
            table.put(d.key(), new Actor(d.key(), ActorKind.DELEGATION, d.label(), null, d.country(), List.of()));
        }
        for (ArticleActors.Source s : found.sources()) {
            table.put(s.key(), new Actor(s.key(), ActorKind.NEWS_SOURCE, s.label(), s.code(), s.country(), List.of()));
        }
        for (List<Mention> sentence : found.allMentions()) {
            for (Mention m : sentence) {
                if (!table.containsKey(m.key())) {
                    Actor a = reference(m.key());
                    if (a != null) {
                        table.put(a.key(), a);
                    }
                }
            }
        }
        return table;
    }

    /**
     * A state or organisation actor, labelled from the lexicon, or from the actor dictionaries for those only
     * they define.
     */
    Actor reference(String key) {
        if (key.startsWith("country:")) {
            String code = key.substring(8);
            Gazetteers.Country c = lexicon.names().country(code);
            String label = c != null ? c.label() : lexicon.directory().states().get(code);
            return label == null ? null : new Actor(key, ActorKind.COUNTRY, label, code, null, List.of());
        }
        if (key.startsWith("org:")) {
            String code = key.substring(4);
            Gazetteers.Organization o = lexicon.names().organization(code);
            String label = o != null ? o.label() : lexicon.directory().organizations().get(code);
            return label == null ? null : new Actor(key, ActorKind.ORGANIZATION, label, code, null, List.of());
        }
        return null;
    }

    /** The actors the output needs: event parties, the states they serve, organisers, cited and reporting sources. */
    public List<Actor> used(Map<String, Actor> table, List<DiplomaticEvent> result, List<String> organizers,
                            List<String> cited, Article article) {
        Set<String> keys = new LinkedHashSet<>();
        for (DiplomaticEvent e : result) {
            keys.addAll(e.participants());
            if (e.source() != null) {
                keys.add(e.source());
            }
        }
        keys.addAll(cited);
        keys.addAll(organizers);
        List<Actor> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String k : keys) {
            Actor a = table.get(k);
            if (a == null) {
                continue;
            }
            out.add(a);
            if (a.represents() != null) {
                codes.add(a.represents());
            }
            a.roles().forEach(r -> {
                if (r.country() != null) {
                    codes.add(r.country());
                }
            });
        }
        for (String code : codes) {
            for (String k : List.of("country:" + code, "org:" + code)) {
                Actor a = table.containsKey(k) ? table.get(k) : reference(k);
                if (a != null && out.stream().noneMatch(x -> x.key().equals(k))) {
                    out.add(a);
                }
            }
        }
        if (article.agency() != null) {
            Gazetteers.Outlet o = lexicon.names().outletNamed(article.agency());
            String key = "source:" + (o != null ? o.code() : nameKeys.slug(List.of(article.agency()))).toLowerCase(java.util.Locale.ROOT);
            if (out.stream().noneMatch(x -> x.key().equals(key))) {
                out.add(new Actor(key, ActorKind.NEWS_SOURCE, o != null ? o.label() : article.agency(),
                        o != null ? o.code() : null, o != null ? o.country() : null, List.of()));
            }
        }
        return out;
    }

}
