#!/usr/bin/env python3
"""Build office-holders.tsv: who held which office of which state (or organisation) when.

Usage (from the repository root):

    python3 src/main/resources/lexicon/build/build_office_holders.py \\
        --leaders /work/shared/leaders [--out src/main/resources/lexicon]

--leaders is the folder described by its README.md ("World leaders with dates"); it must hold
factbook_heads_tenures.tsv, wikidata_heads_2021_2024.tsv, wikidata_foreign_ministers_2022.tsv,
cia_world_leaders_2019.tsv and wikidata_international_2023.tsv. Nothing is fetched. The
script also reads countries.tsv from the output folder (country-name words are never part of a
person's name). Python 3 standard library only; the output is byte-identical on every run.

The hand-curated office-holders-own.tsv is NOT produced or read here (see build_office_holders_own.py).
"""

import argparse
import csv
import difflib
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_common import fold, key, plain_apostrophes, read_lexicon_tsv, update_sources_md, write_tsv  # noqa: E402

HEADER = ["name", "aliases", "family_name", "state", "office", "role", "from", "to", "source", "seen"]

SOURCE_IDS = {
    "factbook": "CIA World Factbook 1990-2017 editions (archive MilkMp/CIA-World-Factbooks-Archive-1990-2025 "
                "b998f60a) and factbook/factbook.json monthly snapshots 2017-03..2026-05 (8662a8b1), "
                "via shared/leaders/factbook_heads_tenures.tsv; public domain (US government work) / CC0",
    "wd-heads": "Wikidata heads of state/government as listed 2021-08-26..2024-10-23 "
                "(every-politician-scrapers/world-leaders-2021 data/wikidata.csv, c67f3c9d..85a38819), "
                "via shared/leaders/wikidata_heads_2021_2024.tsv; CC0",
    "wd-fm": "Wikidata foreign ministers as listed 2022-08-08..2023-01-09 (every-politician-scrapers/world "
             "4a3b394d, sources/foreign/wikidata.csv), via shared/leaders/wikidata_foreign_ministers_2022.tsv; CC0",
    "cia2019": "CIA 'World Leaders' directory scraped 2019-06-04 (WilliamRADFunk/cia-world-leaders d52b3b8f), "
               "via shared/leaders/cia_world_leaders_2019.tsv; public domain (US government work)",
    "wd-intl": "Wikidata holders of international offices (every-politician-scrapers/world 4a3b394d, "
               "html/holders21.csv), via shared/leaders/wikidata_international_2023.tsv; CC0",
}

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
PARTICLES = {
    "da", "de", "do", "dos", "das", "del", "della", "dello", "di", "du", "van", "von", "der", "den",
    "ter", "la", "le", "y", "i", "e", "bin", "ibn", "ibni", "bint", "binti", "al", "el", "wa", "ould",
    "ben", "abu", "st.", "zu", "af", "av", "ag", "ap", "mac", "bte", "a",
}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")
# Capitalised words that are never part of a person's name in these sources (titles, ranks,
# institutions, honorifics). Country-name words are added from countries.tsv.
NON_NAME_WORDS = set("""
Sir Dame Lord Lady Gen. Gen General Maj. Major Lt. Lt Lieutenant Col. Colonel Adm. Admiral Air Marshal
Chief Brig. Brigadier Capt. Captain Cmdr. Commander Commander-in-Chief Field Flt. Sr. Dr. Prof. Mr. Mrs.
Ms. Rev. Rt. Right Reverend Hon. Honorable Honourable His Her Excellency Majesty Highness Father Mgr.
Monseigneur Archbishop Bishop Cardinal Sheikh Shaykh Shaikh Emir Amir Sultan King Queen Prince
Princess Raja Tuanku Tunku President Prime Minister Premier Chancellor Chairman Chairperson Chair
Council Commission Committee Government Governor Administrator Assembly Affairs Defense Defence
Foreign Political Internal Interior Planning Development Peace Order Restoration Law State Republic
Islamic Federal Federation National Provisional Interim Acting Transitional Executive Supreme
Revolution Ayatollah Army Armed Forces Administration House Representatives Legislative Tynwald
Business Operational Management Economy Reconciliation Presidency Presidential Regent Captain
Co-Vice Vice Deputy Secretary Commonwealth Islands Island Territories Territory Governorate City
Prefect Ussr USSR GNU CNSP RN US UK UN EU NA Us Uk Iraqi Of The Zealand
""".split())
ACRONYMS = {"US", "UK", "USSR", "GNU", "CNSP", "RN", "NA", "UN", "EU", "OBE", "KBE", "GCMG", "CBE", "MBE",
            "GNZM", "QSO", "AC", "AK", "CVO", "KCMG", "DCMG", "CMG", "PC", "QC", "MP", "KC", "GCB"}
# Very common Arabic given names: as family_name they would match far too much; left empty.
COMMON_GIVEN = {key(x) for x in """
Muhammad Mohammed Mohamed Mohammad Muhammed Mohamad Ahmad Ahmed Ahmet Ali Abdallah Abdullah Abdulla
Hamad Hamed Khalid Khaled Hasan Hassan Husayn Hussein Hussain Umar Omar Salim Said Saad Sabah Jabir
Nasir Nasser Abd Sultan Tamim Zayid Zayed Khalifa Fahd Faisal Faysal Salman Abdelaziz Ibrahim Yusuf
""".split()}
# A few well-known holders whose CAPS-marked Factbook surname is not the part news uses alone.
FAMILY_OVERRIDES = {
    # key(display or factbook name) -> family_name
    key("Luiz Inácio Lula da Silva"): "Lula",
    key("Luiz Inacio Lula da Silva"): "Lula",
}
NICKNAME = re.compile(r'["“”]([^"“”]+)["“”]')


def recase(tok, first):
    """Title-cases a token the Factbook wrote in capitals ('LULA' -> 'Lula', 'I.K.' stays)."""
    if re.fullmatch(r"([A-Z]\.)+", tok):
        return tok
    if ROMAN.match(tok) and not first:
        return tok
    m = ARTICLE.match(tok)
    if m:
        return m.group(0) + recase(tok[m.end():], True)
    low = tok.lower()
    if not first and low in PARTICLES and low not in ("le", "la", "a", "e", "i"):   # French 'Le Drian' keeps its capital
        return low
    out = []
    for part in re.split(r"([-'’])", tok):
        if part in ("-", "'", "’"):
            out.append(part)
        elif part:
            # McX / MacX cannot be restored reliably; plain title case.
            out.append(part[0].upper() + part[1:].lower())
    s = "".join(out)
    # 'Al-sabah' -> 'Al-Sabah'; "N'guessan" -> "N'Guessan"
    s = re.sub(r"(?<=[-'’])([a-z])", lambda m: m.group(1).upper(), s)
    return s


ARTICLE = re.compile(r"^(al|el|Al|El|ad|ash|as|at|an|ar|az|ud|ul)-")


def is_caps(tok):
    tok = ARTICLE.sub("", tok)
    if "-" in tok and tok.split("-")[0].isupper() and len(tok.split("-")[0]) > 1:
        tok = tok.split("-")[0]
    t = re.sub(r"[^\w]", "", tok)
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 2:
        return False
    return all(not c.islower() for c in letters) and tok.strip(",.") not in ACRONYMS


def is_name_word(tok, stop):
    core = ARTICLE.sub("", tok.strip(",;:"))
    if not core or core in stop:
        return False
    if re.fullmatch(r"([A-Z]\.)+|[A-Z]\.?", core):  # initials
        return True
    if core.lower() in PARTICLES:
        return True
    return core[0].isupper() and not re.search(r"\d|%", core)


def parse_factbook_name(raw, stop):
    """(display name, family name, nickname or None) from a Factbook name with its surname in CAPS;
    None when no usable name is found (sentence fragments that do not contain a name)."""
    raw = plain_apostrophes(raw.strip())
    nick = None
    m = NICKNAME.search(raw)
    if m:
        nick = m.group(1).strip()
        raw = (raw[:m.start()] + raw[m.end():]).strip()
    raw = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", raw)
    raw = raw.replace(", Jr.", " Jr.").replace(", Sr.", " Sr.")
    toks = raw.split()
    caps = [i for i, t in enumerate(toks) if is_caps(t) and not (ROMAN.match(t) and i > 0 and is_caps(toks[i - 1]))]
    if not caps:
        return None
    i = caps[0]
    j = i
    # extend the CAPS run over particles followed by more capitals
    k = i + 1
    while k < len(toks):
        t = toks[k].strip(",")
        if is_caps(toks[k]) or ROMAN.match(t):
            j = k
        elif t.lower() in PARTICLES and k + 1 < len(toks) and is_caps(toks[k + 1]):
            pass
        else:
            break
        if toks[k].endswith(","):
            break
        k += 1
    fam_toks = [toks[x].strip(",") for x in range(i, j + 1)]
    # left: given names
    a = i
    while a - 1 >= 0 and is_name_word(toks[a - 1], stop) and not toks[a - 1].endswith(","):
        a -= 1
    while a < i and toks[a].lower() in PARTICLES:   # never start with a particle
        a += 1
    # right: trailing name parts (Arabic/Spanish/Portuguese second surnames, Jr., numerals)
    b = j
    if not toks[j].endswith(","):
        while b + 1 < len(toks):
            t = toks[b + 1]
            core = t.rstrip(",")
            if core in ("Jr.", "Sr.", "Jr", "Sr") or ROMAN.match(core):
                b += 1
            elif toks[b].lower() in ("bin", "ibn", "bint", "binti", "ibni", "al") and core[:1].isupper():
                b += 1   # the father's / family name after 'bin', 'Al' (Zayid bin Sultan Al Nuhayyan)
            elif is_name_word(t, stop) and core.lower() not in ("of", "the", "and"):
                b += 1
            else:
                break
            if t.endswith(","):
                break
        while b > j and toks[b].rstrip(",").lower() in PARTICLES:
            b -= 1
    name_toks = [toks[x].rstrip(",") for x in range(a, b + 1)]
    disp = []
    for n, t in enumerate(name_toks):
        disp.append(recase(t, n == 0) if is_caps(t) or (t.isupper() and len(t) > 1) else t)
    display = " ".join(disp)
    fam = []
    for n, t in enumerate(fam_toks):
        if ROMAN.match(t) and n > 0:
            continue
        fam.append(recase(t, n == 0))
    family = " ".join(fam).strip()
    family = re.sub(r"^(al|el)\s+", lambda m: m.group(1).capitalize() + " ", family)
    return display, family, nick


def split_multi(raw):
    """Factbook rows that name several persons ('A BCD and Captain Regent E FGH')."""
    parts = re.split(r"\s+and\s+(?:Captain\s+Regent\s+|Captain\s+)?|,\s+(?:and\s+)?", raw)
    return [p for p in parts if any(is_caps(t) for t in p.split())]


# ---------------------------------------------------------------------------------------------
# Offices
# ---------------------------------------------------------------------------------------------
RANK_WORDS = re.compile(
    r"\s+(Dr\.|Sir|Dame|Gen\.?|General|Maj\.|Major|Lt\.?|Col\.|Adm\.|Admiral|Air|Marshal|Chief|Father|Lord|"
    r"Rev\.|Raja|Ms\.|Mr\.|Sheikh|Shaykh|Prince|Archbishop|Cardinal|Mgr\.|Monseigneur|Episcopal|The|"
    r"His|Excellency|Grand|Sultan)\b.*$")

OFFICE_RULES = [
    (r"^(Taliban Leader|Leader of the Islamic)", "Supreme Leader"),
    (r"^(Acting) (Prime Minister|Premier)", "Acting Prime Minister"),
    (r"^(Interim|Transition|Provisional) (Prime Minister|Premier)", "Interim Prime Minister"),
    (r"^Caretaker Prime Minister", "Caretaker Prime Minister"),
    (r"^Acting President", "Acting President"),
    (r"^(Interim|Provisional) President", "Interim President"),
    (r"^Transition(al)?( Federal)? President", "Transitional President"),
    (r"^President of the Government", "Prime Minister"),
    (r"^(Co-?c|C)hair(man|person) of the Council of Ministers|^President of (the )?Council of Ministers",
     "Chairman of the Council of Ministers"),
    (r"^(Chairman|Chairperson) of the Presidency", "Chairman of the Presidency"),
    (r"^Prime Minister", "Prime Minister"),
    (r"^Premier", "Premier"),
    (r"^(Federal )?Chancellor", "Chancellor"),
    (r"^Taoiseach", "Taoiseach"),
    (r"^(Executive |State |Venezuela )?President", "President"),
    (r"^(Acting )?Governor[- ]General", "Governor-General"),
    (r"^Lieutenant Governor", "Lieutenant Governor"),
    (r"^Governor", "Governor"),
    (r"^King|^Paramount Ruler", "King"),
    (r"^Queen", "Queen"),
    (r"^Amir|^Emir", "Emir"),
    (r"^Sultan", "Sultan"),
    (r"^Emperor", "Emperor"),
    (r"^Grand Duke", "Grand Duke"),
    (r"^Pope", "Pope"),
    (r"^Prince", "Prince"),
    (r"^(French |Spanish )?(Episcopal )?Co-?[Pp]rince", "Co-Prince"),
    (r"^(Co-?chiefs of State )?Captains? Regent", "Captain Regent"),
    (r"^Chief Minister", "Chief Minister"),
    (r"^Chief Executive", "Chief Executive"),
    (r"^Secretary of State", "Secretary of State"),
    (r"^(High )?Administrator|^Senior Administrator", "Administrator"),
    (r"^(High )?Commissioner", "Commissioner"),
    (r"^Chief of Armed Forces", "Head of State"),
]
DROP_TITLES = re.compile(r"Deputy|Vice (Premier|President)|^Foreign Minister|^President-elect")


def canon_office(title, role):
    t = RANK_WORDS.sub("", " " + title).strip() if title else ""
    t = t or title
    for pat, office in OFFICE_RULES:
        if re.search(pat, title) or (t and re.search(pat, t)):
            return office
    return "Head of State" if role == "head_of_state" else "Head of Government"


FM_OFFICE = {"USA": "Secretary of State", "GBR": "Foreign Secretary", "IND": "External Affairs Minister"}


def fm_office(state):
    return FM_OFFICE.get(state, "Foreign Minister")


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
def lo(d):
    """Earliest day a (possibly partial) date can mean, as a comparable string."""
    if not d:
        return "0000-00-00"
    return d + ("-01-01" if len(d) == 4 else "-01" if len(d) == 7 else "")


def hi(d):
    if not d:
        return "9999-99-99"
    return d + ("-12-31" if len(d) == 4 else "-31" if len(d) == 7 else "")


def seen_date(d):
    """Observation dates of the yearly Factbook editions (<= 2017) are conventions (YYYY-01-01
    before 2002, YYYY-07-01 after): keep only the year for them."""
    if d <= "2017-07-01" and (d.endswith("-01-01") or d.endswith("-07-01")):
        return d[:4]
    return d


def overlaps(a_from, a_to, b_from, b_to):
    return lo(a_from) <= hi(b_to) and lo(b_from) <= hi(a_to)


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


class Holding:
    __slots__ = ("name", "aliases", "family", "state", "office", "role", "frm", "to", "sources", "seen",
                 "qids", "person", "cia_family")

    def __init__(self, name, family, state, office, role, frm, to, source, seen=(), aliases=(), qid=None):
        self.name, self.family, self.state, self.office, self.role = name, family, state, office, role
        self.frm, self.to = frm, to
        self.sources = {source}
        self.seen = set(s for s in seen if s)
        self.aliases = set(a for a in aliases if a)
        self.qids = {qid} if qid else set()
        self.person = None
        self.cia_family = None


def stop_words(countries_path):
    stop = set(NON_NAME_WORDS)
    # one-word country names and demonyms only ('Afghanistan', 'Iraqi'): the words of longer names
    # are often given names (San Marino, Saint Lucia, Saint Vincent, Saint Helena, São Tomé)
    for r in read_lexicon_tsv(countries_path):
        for col in ("names", "demonyms"):
            for s in r[col].split("|"):
                if " " not in s and s[:1].isupper() and s not in ("Jordan", "Georgia", "Chad"):
                    stop.add(s)
    return stop


def load_factbook(path, stop, log):
    rows = [r for r in read(path) if r["principal"] == "1"]
    out = []
    dropped = defaultdict(int)
    rep_spans = defaultdict(list)     # iso3 -> [(from, to)] of head_of_state representatives
    for r in rows:
        if r["role"] == "head_of_state_representative":
            rep_spans[r["iso3"]].append((r["start_date"], r["end_date"]))
    for r in rows:
        iso3, role, title = r["iso3"], r["role"], r["title"]
        if not iso3:
            dropped["no ISO code"] += 1
            continue
        if role == "head_of_government_representative":
            dropped["head_of_government_representative"] += 1
            continue
        if role == "head_of_state" and r["entity_type"] in ("territory", "crown_dependency", "special_admin"):
            dropped["head of state of a dependency (the sovereign's monarch/president)"] += 1
            continue
        if role == "head_of_state_representative":
            office = canon_office(title, role)
            if r["entity_type"] != "sovereign" or office != "Governor-General":
                dropped["representative other than a Governor-General of a sovereign realm"] += 1
                continue
        if DROP_TITLES.search(title):
            dropped["deputy/vice/foreign minister listed as principal"] += 1
            continue
        raws = [r["name_raw"]]
        multi = split_multi(r["name_raw"])
        if len(multi) > 1:
            if "Captain" in title or "Captain" in r["name_raw"]:
                raws = multi
            else:
                dropped["several persons in one name"] += 1
                continue
        for raw in raws:
            parsed = parse_factbook_name(raw, stop)
            if not parsed:
                dropped["no name found"] += 1
                continue
            display, family, nick = parsed
            if len(display.split()) == 1 and display.lower() in SINGLE_WORD_DROP:
                dropped["single-word name that is an English word"] += 1
                continue
            aliases = set()
            if nick:
                aliases.add(nick)
            for v in r["name_variants"].split("|") if r["name_variants"] else []:
                pv = parse_factbook_name(v, stop)
                # the Factbook's variants sometimes hold another person's name (North Korea):
                # keep a variant only when it has the same surname
                if pv and pv[0] != display and family and fuzzy_common(name_tokens(pv[1]), name_tokens(family)) \
                        and len(fuzzy_common(name_tokens(pv[0]), name_tokens(display))) >= \
                        min(len(name_tokens(pv[0])), len(name_tokens(display))):
                    aliases.add(pv[0])
            office = canon_office(title, role)
            hrole = "head_of_state" if role == "head_of_state_representative" else role
            frm = r["start_date"]
            to = r["end_date"]
            seen = [seen_date(r["first_seen"]), seen_date(r["last_seen"])] if r["first_seen"] else []
            h = Holding(display, family, iso3, office, hrole, frm, to, "factbook", seen, aliases)
            h.person = (iso3, key(display))
            out.append(h)
    log.append("factbook: %d principal rows read, %d holdings kept" % (len(rows), len(out)))
    for k_, v in sorted(dropped.items()):
        log.append("factbook: dropped %d (%s)" % (v, k_))
    return out, rep_spans


SINGLE_WORD_DROP = {"english", "major", "may", "moon", "brown", "king", "rice"}


def generic_offices(holdings, log):
    """Rows whose Factbook title is missing or cut off get the office the same state's other
    holders of that role carry most often (Chancellor for Austria, President for the Philippines)."""
    counts = defaultdict(lambda: defaultdict(int))
    for h in holdings:
        if h.office not in ("Head of State", "Head of Government"):
            counts[(h.state, h.role)][h.office] += 1
    n = 0
    for h in holdings:
        if h.office in ("Head of State", "Head of Government"):
            c = counts.get((h.state, h.role))
            if c:
                h.office = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                n += 1
    log.append("factbook: %d rows without a usable title given the office most used for that state and role" % n)


def drop_shared_heads(holdings, rep_spans, log):
    """A monarch or president who is head of state of several states at once (Elizabeth II of
    the Commonwealth realms, the French president as co-prince of Andorra) is kept only where no
    Governor-General / representative stands in for them."""
    by_name = defaultdict(list)
    for h in holdings:
        if h.role == "head_of_state":
            by_name[key(h.name)].append(h)
    drop = set()
    for name, hs in by_name.items():
        states = {h.state for h in hs}
        if len(states) < 2:
            continue
        for h in hs:
            if h.office == "Governor-General":
                continue
            others = [g for g in hs if g.state != h.state and overlaps(g.frm, g.to, h.frm, h.to)]
            if not others:
                continue
            represented = any(overlaps(f, t, h.frm, h.to) for f, t in rep_spans.get(h.state, []))
            home_exists = any(not any(overlaps(f, t, g.frm, g.to) for f, t in rep_spans.get(g.state, []))
                              for g in others)
            if represented and home_exists:
                drop.add(id(h))
    kept = [h for h in holdings if id(h) not in drop]
    log.append("factbook: dropped %d head-of-state rows of states where the holder is represented "
               "(kept in the holder's own state)" % (len(holdings) - len(kept)))
    return kept


WD_ROLE_RULES = [
    (r"Member of the Swiss Federal Council|Captain Regent|State Administration Council|Vice|Deputy|^emir$|"
     r"Governorate", None),
    (r"Executive Yuan", "head_of_government"),
    (r"Prime Minister|Premier|Chancellor|Chief Executive|Chairman of the Council of Ministers|"
     r"President of the Government|Head of Government|Taoiseach|Chair of the Council of Ministers", "head_of_government"),
    (r"President|[Mm]onarch|King|Queen|Emir|emir|Amir|Sultan|Emperor|Grand Duke|Prince|Pope|Supreme Leader|"
     r"Head of State|Co-Prince|Yang di-Pertuan Agong|Governor-General", "head_of_state"),
]


def wd_role(position):
    for pat, role in WD_ROLE_RULES:
        if re.search(pat, position):
            return role
    return None


def wd_office(position, role):
    p = position
    for pat, office in [(r"Executive Yuan", "Premier"), (r"Taoiseach", "Taoiseach"), (r"[Cc]hancellor", "Chancellor"), (r"Premier", "Premier"),
                        (r"Prime [Mm]inister|President of the Government", "Prime Minister"),
                        (r"Chief Executive", "Chief Executive"), (r"Supreme Leader", "Supreme Leader"),
                        (r"Yang di-Pertuan Agong", "King"),
                        (r"^President|^president", "President"), (r"King|[Mm]onarch", "King"),
                        (r"Queen", "Queen"), (r"[Ee]mir|Amir", "Emir"), (r"Sultan", "Sultan"),
                        (r"Emperor", "Emperor"), (r"Grand Duke", "Grand Duke"), (r"Pope", "Pope"),
                        (r"Co-Prince", "Co-Prince"), (r"Prince", "Prince")]:
        if re.search(pat, p):
            return office
    return "Head of State" if role == "head_of_state" else "Head of Government"


TRANSLIT = [(r"\b(muhammad|mohammed|mohamed|mohammad|muhammed|mohamad)\b", "muhammad"),
            (r"\b(abdallah|abdullah|abdulla)\b", "abdullah"), (r"\b(al-|al )", ""), (r"\bsergei\b", "sergey")]


def name_tokens(s):
    s = key(s)
    for pat, rep in TRANSLIT:
        s = re.sub(pat, rep, s)
    return {t for t in re.split(r"[\s\-.,']+", s) if len(t) > 1 and t not in PARTICLES}


def fuzzy_common(a, b):
    """Tokens of a that occur in b, allowing one-letter transliteration differences (Djerad/Djerrad)."""
    out = set()
    for x in a:
        for y in b:
            if x == y or (min(len(x), len(y)) >= 4 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.85) \
                    or (min(len(x), len(y)) >= 3 and (x.endswith(y) or y.endswith(x) or x.startswith(y) or y.startswith(x))):
                out.add(x)
                break
    return out


def link_score(h, label, start_year):
    a = set(name_tokens(h.name))
    for x in h.aliases:
        a |= name_tokens(x)
    b = name_tokens(label)
    common = fuzzy_common(a, b)
    if not common:
        return 0
    fam = name_tokens(h.family) if h.family else set()
    if fam and not fuzzy_common(fam, b):
        return 0
    if len(common) >= min(2, len(a), len(b)):
        return len(common)
    # one shared token only (Joe/Joseph Biden, Liz/Mary Elizabeth Truss): also the same start year
    if fam and start_year and min(len(t) for t in fam) >= 4 and h.state not in ("CHN", "TWN", "KOR", "PRK", "VNM") \
            and abs(int(h.frm[:4] or 0) - int(start_year)) <= 1:
        return 1
    return 0


def load_wd_heads(path, holdings, log):
    rows = read(path)
    # consolidate snapshots: (iso3, qid, position) -> row with min start, max end, seen span
    groups = defaultdict(list)
    for r in rows:
        if r["iso3"]:
            groups[(r["iso3"], r["person_qid"], r["position"])].append(r)
    by_state = defaultdict(list)
    for h in holdings:
        by_state[h.state].append(h)
    linked = added = skipped = 0
    new = []
    heads_elsewhere = {}
    for h in holdings:
        if h.role == "head_of_state" and h.office != "Governor-General":
            heads_elsewhere.setdefault(key(h.name), h.state)
            for a in h.aliases:
                heads_elsewhere.setdefault(key(a), h.state)
    for (iso3, qid, position), rs in sorted(groups.items()):
        label, label_aliases = clean_label(rs[0]["name"])
        starts = sorted({r["start_year"] for r in rs if r["start_year"]})
        ends = sorted({r["end_year"] for r in rs if r["end_year"]})
        first_seen = min(r["first_seen"] for r in rs)
        last_seen = max(r["last_seen"] for r in rs)
        gone = [r["gone_by"] for r in rs if r["last_seen"] == last_seen]
        gone_by = gone[0] if gone else ""
        role = wd_role(position)
        frm = starts[-1] if starts else ""
        to = ends[-1] if ends else ""
        if frm and frm < "1900":      # a few rows carry historical office holders (AFG, 827)
            skipped += 1
            continue
        if frm and to and to < frm:   # end of an earlier term listed with the start of a later one
            to = ""
        cands = []
        for h in by_state.get(iso3, []):
            if h.role not in ("head_of_state", "head_of_government"):
                continue
            if role and h.role != role and h.office not in ("President",):
                continue
            if (h.office == "Governor-General") != ("Governor" in position):
                continue
            if not overlaps(h.frm, h.to, frm or first_seen[:4], to or last_seen[:4]):
                continue
            s = link_score(h, label, frm)
            if s:
                s += 1 if frm and h.frm[:4] == frm else 0
                cands.append((s, h))
        if cands:
            best = max(s for s, _ in cands)
            for s, h in cands:
                if s == best:
                    # the Factbook leaves some ends open (not seen after 2022); Wikidata's end year
                    if not h.to and to and h.seen and to >= max(h.seen)[:4] and to >= h.frm[:4]:
                        h.to = to
                    h.aliases.add(label)
                    h.aliases.update(label_aliases)
                    h.qids.add(qid)
                    h.sources.add("wd-heads")
                    h.seen.update([first_seen, last_seen])
            linked += 1
            continue
        if role is None or not re.search(r"[A-Za-z]", label) or label == label.lower():
            skipped += 1
            continue
        # Wikidata only fills gaps: a row that contradicts one Factbook holder of the same role over
        # the whole time Wikidata listed it is not added (vandalised or mis-typed entries)
        w_lo = max(first_seen, lo(frm)) if frm else first_seen
        w_hi = min(last_seen, hi(to)) if to else last_seen
        if w_lo > w_hi:
            w_lo, w_hi = lo(frm), hi(to)
        if any(g.role == role and lo(g.frm) <= w_lo and w_hi <= hi(g.to) and g.office != "Governor-General"
               for g in by_state.get(iso3, [])):
            skipped += 1
            continue
        if role == "head_of_state" and key(label) in heads_elsewhere and heads_elsewhere[key(label)] != iso3:
            skipped += 1   # the monarch of a Commonwealth realm: kept in the home state only
            continue
        office = wd_office(position, role)
        if not to and last_seen != "2024-10-23":
            to_bound = gone_by
        else:
            to_bound = to
        h = Holding(label, guess_family(label, iso3), iso3, office, role, frm, to_bound, "wd-heads",
                    [first_seen, last_seen], label_aliases, qid)
        h.person = (iso3, key(label))
        new.append(h)
        added += 1
    log.append("wd-heads: %d (state, person, position) groups; %d linked to Factbook tenures, %d added "
               "as new rows (year precision), %d skipped (collegial or non-head positions, no Latin label, "
               "start before 1900, contradicted by a Factbook holder, monarch of a realm)"
               % (len(groups), linked, added, skipped))
    return new


HONORIFIC = re.compile(r"^(Prince|Princess|Sheikh|Sheikha|Shaikh|Shaykh|Sir|Dame|Dr\.|Lord|Lady|Mr\.|Mrs\.|Ms\.) ")


def clean_label(label):
    """(display, aliases) of a Wikidata label: a leading honorific is dropped from the display form,
    a peerage suffix (', Baron X') likewise; the original label stays an alias."""
    label = plain_apostrophes(label).strip()
    out = label
    out = HONORIFIC.sub("", out)
    m = re.match(r"^(.*?), (Baron|Baroness|Lord|Lady|Crown Prince|Prince|Grand Duke|Duke|Emir|King|Sultan)\b.*$", out)
    if m:
        out = m.group(1)
    # regnal labels 'Felipe VI of Spain', 'Philippe of Belgium', 'Abdullah of Pahang'
    m = re.match(r"^(\S+(?: \S+)?) of (?:the )?[A-Z][\w-]+$", out)
    if m and (len(m.group(1).split()) == 1 or ROMAN.match(m.group(1).split()[-1]) or " " in m.group(1)):
        out = m.group(1)
    return out, ([label] if out != label else [])


def guess_family(name, state):
    """Family name for a name without CAPS marking; empty when unsure."""
    n = re.sub(r"\s*\([^)]*\)", "", name).replace(", Jr.", " Jr.").strip()
    toks = [t for t in n.split() if t not in ("Jr.", "Sr.", "Jr", "Sr") and not ROMAN.match(t)]
    if not toks:
        return ""
    low = {t.lower() for t in toks}
    if low & {"bin", "ibn", "bint", "binti", "ibni", "al", "ould"} or any(t.lower().startswith("al-") for t in toks):
        return ""
    if len(toks) == 1:
        return toks[0]
    if state in ("CHN", "TWN", "KOR", "PRK", "HKG", "MAC"):
        return toks[0]
    if state in HISPANIC and len(toks) > 2:
        return ""
    b = len(toks) - 1
    while b > 1 and toks[b - 1].lower() in PARTICLES and toks[b - 1].islower():
        b -= 1
    if b < len(toks) - 1 and toks[b] in ("i", "y", "e"):
        # Catalan/Spanish/Portuguese 'Ubach i Font': the first surname is used alone
        return toks[b - 1] if b - 1 >= 1 else ""
    return " ".join(toks[b:])


HISPANIC = set("ARG BOL CHL COL CRI CUB DOM ECU ESP GNQ GTM HND MEX NIC PAN PER PRY SLV URY VEN PRT BRA AGO MOZ CPV GNB STP TLS PHL".split())


def load_fm(wd_path, cia_path, stop, log):
    out = []
    rows = read(wd_path)
    last_snapshot = max(r["last_seen"] for r in rows)
    groups = defaultdict(list)
    for r in rows:
        if r["iso3"]:
            groups[(r["iso3"], r["person_qid"])].append(r)
    for (iso3, qid), rs in sorted(groups.items()):
        rs.sort(key=lambda r: (r["last_seen"], r["first_seen"], r["start_date"]))
        latest = rs[-1]
        label, label_aliases = clean_label(latest["name"])
        first_seen = min(r["first_seen"] for r in rs)
        last_seen = latest["last_seen"]
        to = "" if last_seen == last_snapshot else latest["gone_by"]
        h = Holding(label, guess_family(label, iso3), iso3, fm_office(iso3), "foreign_minister",
                    latest["start_date"], to, "wd-fm", [first_seen, last_seen], label_aliases, qid)
        h.person = (iso3, key(label))
        out.append(h)
    n_wd = len(out)
    cia = [r for r in read(cia_path) if r["is_foreign_minister"] == "1"]
    n_cia = 0
    n_joined = 0
    skipped = []
    for r in cia:
        t = r["title"]
        if re.search(r"Delegate|Junior|Supporting|Secretary of State to|Foreign Commerce|"
                     r"^Secretary of State for Foreign Affairs, African", t) or (r["iso3"] == "VAT"):
            skipped.append("%s %s (%s)" % (r["iso3"], r["name"], t))
            continue
        raw = re.sub(r"\s*\((Acting|acting)\)", "", r["name_raw"])
        m = re.search(r"\(a\.k\.a\. ([^)]*)\)", raw)
        aka = m.group(1) if m else None
        parsed = parse_factbook_name(raw, stop)
        if parsed:
            display, family, nick = parsed
        else:
            display, family, nick = plain_apostrophes(r["name"]), "", None
        # a minister Wikidata lists from before 2019-06 to after it is the one the directory names
        # (one foreign minister at a time): merge when the names share a token (transliterations differ)
        same = [w for w in out if w.state == r["iso3"] and "wd-fm" in w.sources and w.frm and w.frm <= "2019-06-04"
                and (not w.to or w.to >= "2019-06") and fuzzy_common(name_tokens(w.name), name_tokens(display))]
        if len(same) == 1:
            w = same[0]
            w.aliases.add(display)
            w.aliases.update(a for a in (aka, nick) if a)
            w.sources.add("cia2019")
            w.seen.add(r["observed"])
            if family and not w.family:
                w.family = family
            w.cia_family = family
            n_cia += 1
            n_joined += 1
            continue
        h = Holding(display, family, r["iso3"], fm_office(r["iso3"]), "foreign_minister", "", "", "cia2019",
                    [r["observed"]], [a for a in (aka, nick) if a])
        h.person = (r["iso3"], key(display))
        out.append(h)
        n_cia += 1
    log.append("wd-fm: %d foreign ministers (one row per state and person); cia2019: %d foreign ministers "
               "(%d of them joined to the Wikidata row of the same minister), %d junior/delegate/other posts "
               "skipped: %s" % (n_wd, n_cia, n_joined, len(skipped), "; ".join(skipped)))
    return out


INTL = [
    # position -> (organisation code as in organizations.tsv, office)
    ("Secretary-General of the United Nations", "UN", "Secretary-General"),
    ("Deputy Secretary-General of the United Nations", "UN", "Deputy Secretary-General"),
    ("Under-Secretary-General of the United Nations", "UN", "Under-Secretary-General"),
    ("President of the United Nations General Assembly", "UNGA", "President of the General Assembly"),
    ("President of the International Court of Justice", "ICJ", "President"),
    ("Vice President of the International Court of Justice", "ICJ", "Vice President"),
    ("Judge of the International Court of Justice", "ICJ", "Judge"),
    ("OSCE High Commissioner on National Minorities", "OSCE", "High Commissioner on National Minorities"),
    ("Director-General of the World Trade Organization", "WTO", "Director-General"),
    ("president of the Parliamentary Assembly of the Council of Europe", "COE", "President of the Parliamentary Assembly"),
    ("Speaker of the Arab Parliament", "LAS", "Speaker of the Arab Parliament"),
]


def load_intl(path, org_codes, log):
    out = []
    skipped = defaultdict(int)
    table = {p: (c, o) for p, c, o in INTL}
    for r in read(path):
        if r["position"] not in table:
            skipped[r["position"]] += 1
            continue
        label, aliases = clean_label(r["name"])
        if not re.search(r"[A-Za-z]", label):
            skipped["no Latin-script label"] += 1
            continue
        code, office = table[r["position"]]
        assert code in org_codes, code
        h = Holding(label, guess_family(label, ""), code, office, "international", r["start_date"], r["end_date"],
                    "wd-intl", (), aliases, r["person_qid"])
        h.person = (code, key(label))
        out.append(h)
    log.append("wd-intl: %d rows; skipped %s" % (len(out), ", ".join("%s: %d" % kv for kv in sorted(skipped.items()))))
    return out


# ---------------------------------------------------------------------------------------------
# Persons, aliases, merging
# ---------------------------------------------------------------------------------------------
def unify_persons(holdings):
    """Holdings of one person share display name, aliases and family name: a person is identified
    by (state, folded name), by any shared alias within a state, and by Wikidata QID."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for i, h in enumerate(holdings):
        find(("h", i))
        union(("h", i), ("n", h.state, key(h.name)))
        for a in h.aliases:
            union(("h", i), ("n", h.state, key(a)))
        for q in h.qids:
            union(("h", i), ("q", q))
    groups = defaultdict(list)
    for i, h in enumerate(holdings):
        groups[find(("h", i))].append(h)
    for hs in groups.values():
        names = set()
        for h in hs:
            names.add(h.name)
            names |= h.aliases
        # display: a Wikidata label if there is one (common English form, diacritics), else the
        # Factbook/CIA form with the most diacritics, then the longest.
        wd = sorted({a for h in hs for a in h.aliases | {h.name}
                     if ("wd-heads" in h.sources or "wd-fm" in h.sources or "wd-intl" in h.sources)
                     and a in wd_labels})
        if wd:
            display = sorted(wd, key=lambda s: (-sum(1 for c in s if ord(c) > 127), len(s), s))[0]
        else:
            display = sorted(names, key=lambda s: (-sum(1 for c in s if ord(c) > 127), -len(s), s))[0]
        fams = [h.family for h in hs if h.family and "factbook" in h.sources] or \
               [h.cia_family for h in hs if h.cia_family] or \
               [h.family for h in hs if h.family and "cia2019" in h.sources] or [h.family for h in hs if h.family]
        family = sorted(fams, key=lambda s: (-fams.count(s), s))[0] if fams else ""
        # diacritics from the display name ('Erdogan' -> 'Erdoğan')
        if family:
            dtoks = display.split()
            ftoks = family.split()
            for n in range(len(dtoks) - len(ftoks) + 1):
                if [key(t).replace("-", "") for t in dtoks[n:n + len(ftoks)]] == [key(t).replace("-", "") for t in ftoks]:
                    family = " ".join(dtoks[n:n + len(ftoks)])
                    break
            else:
                # 'Hoseini-Khamenei' when the display form is 'Ali Khamenei'
                if len(ftoks) == 1 and "-" in family:
                    parts = {key(x): x for x in family.split("-")}
                    for t in dtoks[1:]:
                        if key(t) in parts:
                            family = t
                            break
            if key(family) in COMMON_GIVEN:
                family = ""
        for nm in [display] + sorted(names):
            if key(nm) in FAMILY_OVERRIDES:
                family = FAMILY_OVERRIDES[key(nm)]
                break
        for h in hs:
            h.name = display
            h.aliases = set(names)
            h.family = family


wd_labels = set()


def finish_aliases(h):
    al = set()
    for a in h.aliases | {h.name}:
        a = re.sub(r"\s+", " ", a).strip()
        if not a:
            continue
        al.add(a)
        f = fold(a)
        al.add(f)
        if a.endswith(" Jr.") or a.endswith(" Sr."):
            al.add(a[:-4])
            al.add(fold(a[:-4]))
    al.discard(h.name)
    if len(h.name.split()) > 1:
        # a bare surname ('Marcos', 'Marcos Jr.') is not another spelling of the full name
        al = {a for a in al if len([t for t in a.split() if t not in ("Jr.", "Sr.")]) > 1}
    # no alias equal to the display name ignoring case; keep one spelling per case-folded form
    out = {}
    for a in sorted(al):
        if a.casefold() == h.name.casefold():
            continue
        out.setdefault(a.casefold(), a)
    return sorted(out.values(), key=lambda s: (key(s), s))


def merge(holdings, log):
    """Same person, state, office (and role), overlapping or touching dates -> one row."""
    groups = defaultdict(list)
    for h in holdings:
        groups[(h.state, key(h.name), h.office, h.role)].append(h)
    out = []
    merged = 0
    for k_, hs in groups.items():
        hs.sort(key=lambda h: (lo(h.frm) if h.frm else "9999", hi(h.to)))
        cur = []
        for h in hs:
            placed = False
            for c in cur:
                if compatible(c, h):
                    absorb(c, h)
                    merged += 1
                    placed = True
                    break
            if not placed:
                cur.append(h)
        out.extend(cur)
    log.append("merge: %d duplicate tenures merged" % merged)
    return out


def compatible(a, b):
    if not a.frm and not a.to:   # undated observation (CIA 2019): inside the other's span?
        return all(lo(b.frm) <= hi(s) and lo(s) <= hi(b.to) for s in a.seen) if b.frm or b.to else True
    if not b.frm and not b.to:
        return all(lo(a.frm) <= hi(s) and lo(s) <= hi(a.to) for s in b.seen)
    return overlaps(a.frm, a.to, b.frm, b.to)


def better_date(x, y, earliest):
    """Of two dates for the same boundary, prefer the more precise; tie -> earliest/latest."""
    if not x:
        return y
    if not y:
        return x
    if len(x) != len(y):
        return x if len(x) > len(y) else y
    return min(x, y) if earliest else max(x, y)


def absorb(c, h):
    if not c.frm and not c.to:
        c.frm, c.to = h.frm, h.to
    elif h.frm or h.to:
        # start: the Factbook's exact start wins over a Wikidata year
        if "factbook" in c.sources and "factbook" not in h.sources:
            pass
        elif "factbook" in h.sources and "factbook" not in c.sources:
            c.frm, c.to = h.frm, h.to
        else:
            c.frm = better_date(c.frm, h.frm, True) if lo(c.frm)[:4] == lo(h.frm)[:4] else min(c.frm, h.frm, key=lo)
            if not c.to or not h.to:
                c.to = ""
            else:
                c.to = max(c.to, h.to, key=hi)
    c.sources |= h.sources
    c.seen |= h.seen
    c.aliases |= h.aliases
    c.qids |= h.qids
    if not c.family:
        c.family = h.family


ROLE_ORDER = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "international": 3, "cabinet": 4}
SOURCE_ORDER = ["factbook", "wd-heads", "wd-fm", "cia2019", "wd-intl"]


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--leaders", required=True, help="folder with the shared leaders TSV files")
    ap.add_argument("--out", default=os.path.dirname(here), help="output directory (default: lexicon/)")
    args = ap.parse_args(argv)
    L = args.leaders
    log = []
    stop = stop_words(os.path.join(args.out, "countries.tsv"))
    valid_states = {r["iso3"] for r in read_lexicon_tsv(os.path.join(args.out, "countries.tsv"))}
    org_codes = {r["code"] for r in read_lexicon_tsv(os.path.join(args.out, "organizations.tsv"))}

    fb, reps = load_factbook(os.path.join(L, "factbook_heads_tenures.tsv"), stop, log)
    fb = drop_shared_heads(fb, reps, log)
    generic_offices(fb, log)
    wdh = load_wd_heads(os.path.join(L, "wikidata_heads_2021_2024.tsv"), fb, log)
    fms = load_fm(os.path.join(L, "wikidata_foreign_ministers_2022.tsv"), os.path.join(L, "cia_world_leaders_2019.tsv"), stop, log)
    intl = load_intl(os.path.join(L, "wikidata_international_2023.tsv"), org_codes, log)
    for r in read(os.path.join(L, "wikidata_heads_2021_2024.tsv")) + read(os.path.join(L, "wikidata_foreign_ministers_2022.tsv")) \
            + read(os.path.join(L, "wikidata_international_2023.tsv")):
        wd_labels.add(clean_label(r["name"])[0])
    allh = fb + wdh + fms + intl
    unknown = sorted({h.state for h in allh if h.state not in valid_states and h.state not in org_codes})
    if unknown:
        log.append("rows of entities not in countries.tsv dropped: %s" % " ".join(unknown))
        allh = [h for h in allh if h.state in valid_states or h.state in org_codes]
    unify_persons(allh)
    allh = merge(allh, log)

    rows = []
    for h in allh:
        seen = sorted(h.seen)
        rows.append([h.name, "|".join(finish_aliases(h)), h.family, h.state, h.office, h.role, h.frm, h.to,
                     "|".join(s for s in SOURCE_ORDER if s in h.sources), "|".join(seen)])
    rows.sort(key=lambda r: (r[3], ROLE_ORDER[r[5]], lo(r[6]) if r[6] else lo(min(r[9].split("|"))) if r[9] else "",
                             r[4], key(r[0]), r[0], r[7]))
    comments = comment_block(len(rows), log)
    path = os.path.join(args.out, "office-holders.tsv")
    write_tsv(path, comments, HEADER, rows)
    problems = check(path, valid_states, org_codes)
    update_sources_md(os.path.join(args.out, "SOURCES.md"), "office-holders", sources_section(len(rows), rows))
    for line in log:
        print(line, file=sys.stderr)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    print("office-holders.tsv %d rows" % len(rows))
    print("check: %s" % ("OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")


def check(path, valid_states, org_codes):
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = [l for l in text.split("\n") if l and not l.startswith("#")]
    if lines[0].split("\t") != HEADER:
        problems.append("header")
    for n, l in enumerate(lines[1:], 1):
        c = l.split("\t")
        if len(c) != len(HEADER):
            problems.append("row %d: %d cells" % (n, len(c)))
            continue
        if not c[0]:
            problems.append("row %d: empty name" % n)
        if c[3] not in valid_states and c[3] not in org_codes:
            problems.append("row %d: bad state %s" % (n, c[3]))
        if c[5] not in ROLE_ORDER:
            problems.append("row %d: bad role %s" % (n, c[5]))
        for d in (c[6], c[7]):
            if not DATE_RE.match(d):
                problems.append("row %d: bad date %r" % (n, d))
        if c[6] and c[7] and lo(c[6]) > hi(c[7]):
            problems.append("row %d: from %s after to %s (%s)" % (n, c[6], c[7], c[0]))
        for s in c[9].split("|") if c[9] else []:
            if not DATE_RE.match(s):
                problems.append("row %d: bad seen %r" % (n, s))
    return problems


def comment_block(n, log):
    lines = [
        "office-holders.tsv - who held which office of which state or organisation, and when.",
        "GENERATED FILE - do not edit; edit build/build_office_holders.py and rerun:",
        "  python3 src/main/resources/lexicon/build/build_office_holders.py --leaders <shared>/leaders",
        "",
        "Sources (short ids in the 'source' column), all public domain or CC0:",
    ]
    for sid in SOURCE_ORDER:
        lines.append("  * %s: %s" % (sid, SOURCE_IDS[sid]))
    lines += [
        "  Attribution (not required by these licences, given as a courtesy): CIA World Factbook and CIA",
        "  World Leaders (US government); Wikidata contributors (CC0); parsed by the Diplograph project.",
        "  This file is dedicated to the public domain (CC0 1.0) as far as the compilation is concerned.",
        "  Hand-curated additions live in office-holders-own.tsv and are never merged into this file.",
        "",
        "Columns:",
        "  name         display form (the Wikidata label where one is linked, with diacritics; else the Factbook form)",
        "  aliases      other spellings of the full name, '|'-separated: Factbook/CIA spellings and variants,",
        "               Wikidata labels, ASCII-folded forms, forms without 'Jr.'",
        "  family_name  the part used alone in news (Factbook CAPS surname, e.g. Modi, Erdoğan, Xi, Lula);",
        "               regnal name for monarchs (Charles, Salman - use only after a title); empty when unsure:",
        "               common Arabic given names (Muhammad, Abdullah, Khalid ...) and names guessed without",
        "               CAPS marking that have 'bin'/'al-' or three Hispanic/Lusophone parts. Family names can be",
        "               English words (May, Bush, Brown, Major, Moon): match them capitalised and in context.",
        "  state        ISO 3166-1 alpha-3 (as in countries.tsv, XKX = Kosovo); for international offices the",
        "               organisation code of organizations.tsv (UN, UNGA, ICJ, WTO, OSCE, COE, LAS)",
        "  office       canonical English title (as in titles.tsv where it exists): President, Prime Minister,",
        "               Chancellor, King, Emir, Governor-General, Foreign Minister, Secretary of State (USA, and the",
        "               Holy See's/San Marino's heads of government), Foreign Secretary (GBR), External Affairs",
        "               Minister (IND), Secretary-General ...; 'Head of State'/'Head of Government' when the",
        "               source gives no usable title",
        "  role         head_of_state | head_of_government | foreign_minister | international | cabinet",
        "               (a Governor-General is listed as head_of_state of the realm; a person who is both",
        "               head of state and of government has two rows)",
        "  from, to     YYYY-MM-DD, YYYY-MM or YYYY; empty = unknown or open. Factbook starts are its '(since",
        "               ...)' dates; its ends are the successor's start (inferred). wd-heads rows without a",
        "               Factbook tenure carry Wikidata's years. wd-fm: from = Wikidata start date, to = empty",
        "               when still listed on 2023-01-09, else the first snapshot without the person (an upper",
        "               bound). cia2019 rows have no dates, only 'seen'.",
        "  source       short source ids, '|'-separated, in the order above",
        "  seen         dates the holding was observed in a source (first and last observation per source),",
        "               '|'-separated; yearly Factbook editions (<= 2017) are given as a year only. Lets the",
        "               program accept a holder near an observation when no range is known.",
        "",
        "Rows: %d. Build log:" % n,
    ]
    for l in log:
        lines.append("  " + l)
    lines += [
        "",
        "Known limitations: heads who served only between mid-2017 and Nov 2020 are missing (no Factbook",
        "  data then); Factbook end dates are inferred and can be late when a successor is missing; names",
        "  in the 1990-2017 editions have no diacritics unless a Wikidata label is linked; foreign",
        "  ministers are only two snapshots (2019-06, 2022-08..2023-01); names are parsed heuristically.",
    ]
    return lines


def sources_section(n, rows):
    by_role = defaultdict(int)
    for r in rows:
        by_role[r[5]] += 1
    states = len({r[3] for r in rows if r[5] in ("head_of_state", "head_of_government")})
    return """## office-holders.tsv (public domain / CC0) - generated by `build/build_office_holders.py`

```
python3 src/main/resources/lexicon/build/build_office_holders.py --leaders <shared>/leaders
```

`<shared>/leaders` is the project's staged copy of the sources described in its README.md (not
committed here). Rows: **{n}** (head_of_state {hos}, head_of_government {hog}, foreign_minister {fm},
international {intl}); heads of state/government for {states} states and territories.

| source id | source (version) | licence | used for |
|---|---|---|---|
| factbook | CIA World Factbook "Executive branch" text, yearly editions 1990-2017 (`MilkMp/CIA-World-Factbooks-Archive-1990-2025` commit `b998f60a91d7de6fde80f3d4d216fa0e591a099e`) and `factbook/factbook.json` monthly snapshots 2017-03..2026-05 (commit `8662a8b17a784841ab4528631b04090eb2f183eb`), as parsed into `factbook_heads_tenures.tsv` (principal = 1 rows) | public domain (17 U.S.C. §105); factbook.json CC0 1.0 | heads of state / government with start dates (day precision mostly), inferred ends |
| wd-heads | Wikidata, heads of state/government as listed by `every-politician-scrapers/world-leaders-2021` `data/wikidata.csv`, versions `c67f3c9d` (2021-08-26) .. `85a38819` (2024-10-23) | CC0 1.0 | Wikidata labels (display names with diacritics, aliases), QIDs for linking, rows (years only) for heads the Factbook lacks |
| wd-fm | Wikidata, foreign ministers as listed by `every-politician-scrapers/world` `sources/foreign/wikidata.csv`, 2022-08-08 .. 2023-01-09 (commit `4a3b394d9a35d26d138cded8718d0805b7ce9336`) | CC0 1.0 | foreign ministers: from = Wikidata start date, to = empty if still listed on 2023-01-09, else the first snapshot without them |
| cia2019 | CIA "World Leaders / Chiefs of State and Cabinet Members" directory scraped 2019-06-04 (`WilliamRADFunk/cia-world-leaders` commit `d52b3b8f9a1f92d620445f23e39f49687a551090`) | public domain (US government work; the scraper's own "UNLICENSED" flag covers its code, not these facts) | foreign ministers (is_foreign_minister = 1, junior and delegate posts skipped), undated, `seen` = 2019-06 |
| wd-intl | Wikidata holders of international offices (`every-politician-scrapers/world` `html/holders21.csv`, commit `4a3b394d`) | CC0 1.0 | UN Secretary-General, Deputy SG, USGs, PGA, ICJ, WTO DG, OSCE HCNM, PACE president, Arab Parliament speaker |

Attribution required: none (public domain / CC0). Courtesy credit: CIA World Factbook and CIA World
Leaders (US government), Wikidata contributors.

How built: Factbook principal rows only; names re-parsed from the CAPS-marked raw form (titles,
ranks, place words and sentence fragments cut off; rows naming several persons dropped, except San
Marino's two Captains Regent, which are split); titles mapped to canonical offices; heads of state
of dependencies dropped and a monarch/president shared by several states kept only where no
Governor-General or representative stands in; Wikidata heads linked to Factbook tenures by state,
role, overlapping years and shared name tokens (their labels become display names and aliases);
persons unified by (state, folded name), shared aliases and QID; tenures of the same person, state,
office and role with overlapping dates merged; sorted by state, role, start, office, name. The
script prints a build log, which is also in the file's comment block.

Known limitations: heads who served only between mid-2017 and Nov 2020 are missing; Factbook end
dates are inferred from successors and can be late; Wikidata-only rows have year precision; foreign
ministers are two snapshots only (no history; `to` of wd-fm rows is an upper bound, of cia2019 rows
unknown); open-ended wd-intl rows reflect Wikidata around 2023 and may have ended since (e.g. PGA,
ICJ president); family names are heuristic (empty when unsure) and may be English words (May,
Bush); a few persons may appear under two spellings when no source links them.
""".format(n=n, hos=by_role["head_of_state"], hog=by_role["head_of_government"], fm=by_role["foreign_minister"],
           intl=by_role["international"], states=states)


if __name__ == "__main__":
    sys.exit(main())
