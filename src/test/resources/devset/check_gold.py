#!/usr/bin/env python3
"""Validate the development gold files (docs/gold-format.md).

Checks every line of every gold-*.jsonl in this folder (or the files/folders
given on the command line): JSON parses, required fields and their types,
event types and CAMEO codes from the guideline table, state/organisation
codes, ISO dates with earliest <= latest, and that every evidence string is an
exact substring of the article file (looked up under articles/ next to the
gold file). Standard library only. Exit status 1 when anything is reported.

    python3 check_gold.py [gold.jsonl | folder ...]
"""
import datetime
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# type -> allowed CAMEO codes (first is the default in the guideline table)
TYPES = {
    "PhoneCall": {"041"},
    "Meeting": {"040", "044", "046"},
    "Visit": {"042", "043"},
    "Invitation": {"036"},
    "DeclinedInvitation": {"125"},
    "Statement": {"010"},
    "Appeal": {"020"},
    "IntentToCooperate": {"030"},
    "Agreement": {"057"},
    "Demand": {"100"},
    "Disapproval": {"110"},
    "Rejection": {"120"},
    "Threat": {"130"},
}
CORE = {"PhoneCall", "Meeting", "Visit", "Invitation", "DeclinedInvitation"}
POLARITY = {"affirmed", "negated"}
MODALITY = {"actual", "planned", "hypothetical"}

# Used when src/main/resources/lexicon/organizations.tsv does not exist.
DEFAULT_ORGS = {"UN", "UNSC", "EU", "NATO", "AU", "ASEAN", "G7", "G20", "OSCE", "IAEA",
                "WHO", "OPEC", "LAS", "GCC", "OAS", "IMF", "WTO"}

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
VUT WLF WSM YEM ZAF ZMB ZWE
""".split()) | {"XKX"}  # XKX: Kosovo (user-assigned code in common use)

TOP_FIELDS = {"article": str, "date": (str, type(None)), "source": str,
              "url": (str, type(None)),  # null only when the text has no URL (e.g. a seed)
              "licence": str, "exhaustive": list, "events": list}
EVENT_FIELDS = {"type": str, "cameo": str, "states": list, "agent": list,
                "counterpart": list, "persons": list, "date": (str, type(None)),
                "earliest": (str, type(None)), "latest": (str, type(None)),
                "time_expression": (str, type(None)), "polarity": str,
                "modality": str, "evidence": str}


def load_orgs():
    root = HERE
    for _ in range(6):  # find the project root (the folder holding src/main)
        cand = os.path.join(root, "src", "main", "resources", "lexicon", "organizations.tsv")
        if os.path.exists(cand):
            codes = set()
            with open(cand, encoding="utf-8") as fh:
                line = fh.readline()
                while line.startswith("#"):  # skip the comment block above the header
                    line = fh.readline()
                header = line.rstrip("\n").split("\t")
                col = header.index("code")
                for line in fh:
                    if line.startswith("#"):
                        continue
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) > col and parts[col].strip():
                        codes.add(parts[col].strip())
            return codes, cand
        root = os.path.dirname(root)
    return set(DEFAULT_ORGS), None


ORGS, ORG_SOURCE = load_orgs()


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def valid_code(code):
    return isinstance(code, str) and (code in ISO3 or code in ORGS)


def find_article(gold_path, article):
    base = os.path.dirname(os.path.abspath(gold_path))
    for cand in (os.path.join(base, "articles", article), os.path.join(base, article),
                 os.path.join(base, "articles", os.path.basename(article)),
                 # a gold file one folder down (e.g. check/gold-check.jsonl) uses the shared articles/
                 os.path.join(os.path.dirname(base), "articles", article)):
        if os.path.isfile(cand):
            return cand
    return None


def check_event(ev, where, text, pub_date, errors):
    def err(msg):
        errors.append(f"{where}: {msg}")

    if not isinstance(ev, dict):
        err("event is not an object")
        return
    for field, typ in EVENT_FIELDS.items():
        if field not in ev:
            err(f"missing field '{field}'")
        elif not isinstance(ev[field], typ):
            err(f"field '{field}' has wrong type {type(ev[field]).__name__}")
    for extra in set(ev) - set(EVENT_FIELDS):
        err(f"unknown field '{extra}'")

    etype = ev.get("type")
    if etype not in TYPES:
        err(f"unknown type {etype!r}")
    elif ev.get("cameo") not in TYPES[etype]:
        err(f"cameo {ev.get('cameo')!r} not allowed for {etype} (allowed {sorted(TYPES[etype])})")

    states = ev.get("states") if isinstance(ev.get("states"), list) else []
    for code in states:
        if not valid_code(code):
            err(f"states: {code!r} is neither an ISO 3166-1 alpha-3 code nor an organisation code")
    if states != sorted(set(states)):
        err("states must be sorted and without duplicates")
    for side in ("agent", "counterpart"):
        vals = ev.get(side) if isinstance(ev.get(side), list) else []
        for code in vals:
            if not valid_code(code):
                err(f"{side}: invalid code {code!r}")
            elif code not in states:
                err(f"{side}: {code!r} is not in states")
        if len(vals) != len(set(vals)):
            err(f"{side}: duplicates")
    if isinstance(ev.get("agent"), list) and isinstance(ev.get("counterpart"), list):
        both = set(ev["agent"]) & set(ev["counterpart"])
        if both:
            err(f"{sorted(both)} both agent and counterpart")
    # guideline 11: a DeclinedInvitation lists the decliner alone when the text names no host
    lone_decline = (etype == "DeclinedInvitation" and len(set(states)) == 1
                    and not ev.get("counterpart"))
    if etype in CORE and len(set(states)) < 2 and not lone_decline:
        err(f"{etype} needs at least two different parties (guideline 2)")

    persons = ev.get("persons") if isinstance(ev.get("persons"), list) else []
    for i, p in enumerate(persons):
        if not isinstance(p, dict):
            err(f"persons[{i}] is not an object")
            continue
        for f in ("name", "title", "state"):
            if f not in p:
                err(f"persons[{i}] missing '{f}'")
        if not isinstance(p.get("name"), str) or not p.get("name", "").strip():
            err(f"persons[{i}].name must be a non-empty string")
        if p.get("title") is not None and not isinstance(p.get("title"), str):
            err(f"persons[{i}].title must be a string or null")
        st = p.get("state")
        if st is not None and not valid_code(st):
            err(f"persons[{i}].state {st!r} invalid")
        elif st is not None and st not in states:
            err(f"persons[{i}].state {st!r} is not in states")
        if isinstance(p.get("name"), str) and text is not None and p["name"].lower() not in text.lower():
            err(f"persons[{i}].name {p['name']!r} does not occur in the article")

    dates = {}
    for f in ("date", "earliest", "latest"):
        v = ev.get(f)
        if v is not None:
            d = parse_date(v)
            if d is None or len(v) != 10:
                err(f"{f} {v!r} is not a valid YYYY-MM-DD date")
            else:
                dates[f] = d
    if "earliest" in dates and "latest" in dates and dates["earliest"] > dates["latest"]:
        err(f"earliest {ev['earliest']} is after latest {ev['latest']}")
    if ev.get("date") is not None and (ev.get("earliest") is not None or ev.get("latest") is not None):
        err("give either an exact date or bounds, not both")
    if pub_date and ev.get("modality") == "actual" and ev.get("polarity") == "affirmed":
        for f in ("date", "earliest"):
            if f in dates and dates[f] > pub_date:
                err(f"{f} {ev[f]} is after the publication date for an actual event")

    if ev.get("polarity") not in POLARITY:
        err(f"polarity {ev.get('polarity')!r} not in {sorted(POLARITY)}")
    if ev.get("modality") not in MODALITY:
        err(f"modality {ev.get('modality')!r} not in {sorted(MODALITY)}")

    evidence = ev.get("evidence")
    if isinstance(evidence, str):
        if not evidence.strip():
            err("evidence is empty")
        elif "\n" in evidence:
            err("evidence spans more than one line")
        elif text is not None and evidence not in text:
            err(f"evidence is not an exact substring of the article: {evidence[:80]!r}")


def check_file(path):
    errors = []
    seen = set()
    n_lines = n_events = 0
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    for lineno, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: JSON error: {exc}")
            continue
        n_lines += 1
        if not isinstance(rec, dict):
            errors.append(f"{where}: line is not a JSON object")
            continue
        for field, typ in TOP_FIELDS.items():
            if field not in rec:
                errors.append(f"{where}: missing field '{field}'")
            elif not isinstance(rec[field], typ):
                errors.append(f"{where}: field '{field}' has wrong type")
        article = rec.get("article")
        if isinstance(article, str):
            where = f"{where} [{article}]"
            if article in seen:
                errors.append(f"{where}: article listed twice")
            seen.add(article)
        pub = rec.get("date")
        pub_date = None
        if pub is not None:
            pub_date = parse_date(pub)
            if pub_date is None:
                errors.append(f"{where}: publication date {pub!r} invalid")
        for t in rec.get("exhaustive", []) if isinstance(rec.get("exhaustive"), list) else []:
            if t not in TYPES:
                errors.append(f"{where}: exhaustive lists unknown type {t!r}")

        text = None
        if isinstance(article, str):
            apath = find_article(path, article)
            if apath is None:
                errors.append(f"{where}: article file not found")
            else:
                with open(apath, encoding="utf-8") as fh:
                    text = fh.read()
                first = text.split("\n", 1)[0]
                if pub is not None and first.startswith("date ") and first[5:].strip() != pub:
                    errors.append(f"{where}: date {pub} differs from article line 1 ({first})")

        events = rec.get("events") if isinstance(rec.get("events"), list) else []
        for i, ev in enumerate(events):
            n_events += 1
            check_event(ev, f"{where} event {i} ({ev.get('type') if isinstance(ev, dict) else '?'})",
                        text, pub_date, errors)
    return n_lines, n_events, errors


def main(argv):
    targets = argv[1:] or [HERE]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files.extend(sorted(glob.glob(os.path.join(t, "gold-*.jsonl"))))
        else:
            files.append(t)
    if not files:
        print("no gold-*.jsonl files found")
        return 1
    print(f"organisation codes from {ORG_SOURCE or 'built-in default list'}: {' '.join(sorted(ORGS))}")
    total_errors = 0
    for path in files:
        n_lines, n_events, errors = check_file(path)
        for e in errors:
            print("ERROR", e)
        total_errors += len(errors)
        print(f"{path}: {n_lines} articles, {n_events} events, {len(errors)} errors")
    print("OK" if total_errors == 0 else f"FAILED: {total_errors} errors")
    return 0 if total_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
