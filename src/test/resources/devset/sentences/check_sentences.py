#!/usr/bin/env python3
"""Validate the sentence-level CAMEO gold (docs/gold-format.md, "Sentence gold").

Checks every line of check.jsonl and tuning.jsonl in this folder (or the files given on
the command line): the line is JSON; the fields id, article, url, date, text, events exist
with the right types; ids are unique, well formed and in the half the split rule puts them
(sha256 of the id: first hex digit 0-7 -> check.jsonl, 8-f -> tuning.jsonl); every event
has source/target lists of valid codes (ISO 3166-1 alpha-3 from countries.tsv or an
organisation code from organizations.tsv), source and target disjoint, a CAMEO code that
exists in cameo_codes.tsv (3 or 4 digits, leading zero kept), polarity and modality from
the allowed values; the text has at least 6 words, is an exact substring of the article
file after whitespace normalisation, is not the headline, and the date equals the date on
the article's first line; at most 3 sentences per article. Standard library only. Exit
status 1 when anything is reported.

    python3 check_sentences.py [--corpus DIR] [file.jsonl ...]

The article files are looked up under --corpus (default: $DIPLOGRAPH_CORPUS or
/work/shared/corpus), then under ../articles/ next to this folder.
"""
import collections
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
RES = os.path.join(ROOT, "src", "main", "resources")

POLARITY = {"affirmed", "negated"}
MODALITY = {"actual", "planned", "hypothetical"}
FIELDS = {"id": str, "article": str, "url": (str, type(None)), "date": (str, type(None)),
          "text": str, "events": list}


def read_tsv(path):
    """Rows of a TSV with a comment block (#) above the header."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def load_codes():
    cameo = {r["code"] for r in read_tsv(os.path.join(RES, "cameo", "cameo_codes.tsv"))}
    states = {r["iso3"] for r in read_tsv(os.path.join(RES, "lexicon", "countries.tsv"))}
    orgs = {r["code"] for r in read_tsv(os.path.join(RES, "lexicon", "organizations.tsv"))}
    return cameo, states, orgs


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Articles:
    def __init__(self, roots):
        self.roots = roots
        self.cache = {}

    def get(self, rel):
        if rel not in self.cache:
            self.cache[rel] = None
            for root in self.roots:
                p = os.path.join(root, rel)
                if os.path.isfile(p):
                    with open(p, encoding="utf-8") as fh:
                        raw = fh.read()
                    lines = raw.split("\n")
                    date = lines[0][5:].strip() if lines[0].startswith("date ") else None
                    headline = lines[1] if date is not None else lines[0]
                    self.cache[rel] = (date, norm(headline), norm(raw))
                    break
        return self.cache[rel]


def main(argv):
    corpus = os.environ.get("DIPLOGRAPH_CORPUS", "/work/shared/corpus")
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--corpus":
            corpus = argv[i + 1]
            i += 2
            continue
        files.append(argv[i])
        i += 1
    if not files:
        files = [os.path.join(HERE, "check.jsonl"), os.path.join(HERE, "tuning.jsonl")]
    cameo, states, orgs = load_codes()
    parties = states | orgs
    arts = Articles([corpus, os.path.join(HERE, "..", "articles")])
    problems = []
    ids = set()
    per_article = collections.Counter()
    n_sent = n_ev = n_empty = 0
    roots = collections.Counter()

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{name}:{ln}"
                if not line.strip():
                    bad(where, "empty line")
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    bad(where, f"not JSON ({e})")
                    continue
                if not isinstance(rec, dict):
                    bad(where, "not an object")
                    continue
                for f, t in FIELDS.items():
                    if f not in rec:
                        bad(where, f"missing field {f}")
                    elif not isinstance(rec[f], t):
                        bad(where, f"field {f} has type {type(rec[f]).__name__}")
                extra = set(rec) - set(FIELDS)
                if extra:
                    bad(where, f"unexpected fields {sorted(extra)}")
                if any(f not in rec or not isinstance(rec[f], FIELDS[f]) for f in FIELDS):
                    continue
                sid = rec["id"]
                where = f"{name}:{ln} {sid}"
                n_sent += 1
                if not re.fullmatch(r"s-\d{4}", sid):
                    bad(where, "id is not s-NNNN")
                if sid in ids:
                    bad(where, "duplicate id")
                ids.add(sid)
                half = "check" if hashlib.sha256(sid.encode()).hexdigest()[0] in "01234567" \
                    else "tuning"
                if name in ("check.jsonl", "tuning.jsonl") and name != half + ".jsonl":
                    bad(where, f"split rule puts this id in {half}.jsonl")
                if rec["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]):
                    bad(where, f"date {rec['date']!r} is not YYYY-MM-DD")
                if rec["url"] is not None and not rec["url"].startswith("http"):
                    bad(where, "url is not an address")
                text = rec["text"]
                if len(text.split()) < 6:
                    bad(where, "text has fewer than 6 words")
                if "\n" in text:
                    bad(where, "text contains a line break")
                per_article[rec["article"]] += 1
                art = arts.get(rec["article"])
                if art is None:
                    bad(where, f"article file {rec['article']} not found")
                else:
                    date, headline, body = art
                    if rec["date"] != date:
                        bad(where, f"date {rec['date']} differs from the article's {date}")
                    if norm(text) not in body:
                        bad(where, "text is not a substring of the article")
                    if norm(text) == headline:
                        bad(where, "text is the headline")
                if not rec["events"]:
                    n_empty += 1
                for k, ev in enumerate(rec["events"]):
                    w = f"{where} event {k}"
                    n_ev += 1
                    if not isinstance(ev, dict):
                        bad(w, "not an object")
                        continue
                    if set(ev) != {"source", "target", "cameo", "polarity", "modality"}:
                        bad(w, f"fields {sorted(ev)}")
                        continue
                    for side in ("source", "target"):
                        v = ev[side]
                        if not isinstance(v, list) or not v:
                            bad(w, f"{side} is not a non-empty list")
                            continue
                        for code in v:
                            if code not in parties:
                                bad(w, f"{side} code {code!r} is neither ISO3 nor an organisation code")
                        if len(set(v)) != len(v):
                            bad(w, f"{side} has duplicates")
                    if isinstance(ev["source"], list) and isinstance(ev["target"], list) \
                            and set(ev["source"]) & set(ev["target"]):
                        bad(w, "source and target share a party")
                    c = ev["cameo"]
                    if not isinstance(c, str) or not re.fullmatch(r"\d{3,4}", c):
                        bad(w, f"cameo {c!r} is not a 3-4 digit string")
                    elif c not in cameo:
                        bad(w, f"cameo {c} not in cameo_codes.tsv")
                    else:
                        roots[c[:2]] += 1
                    if ev["polarity"] not in POLARITY:
                        bad(w, f"polarity {ev['polarity']!r}")
                    if ev["modality"] not in MODALITY:
                        bad(w, f"modality {ev['modality']!r}")
    for a, n in per_article.items():
        if n > 3:
            bad(a, f"{n} sentences from one article (at most 3)")
    for p in problems:
        print(p)
    print(f"{n_sent} sentences ({n_empty} without events), {n_ev} events, "
          f"{len(per_article)} articles; events per CAMEO root: "
          + ", ".join(f"{r}:{n}" for r, n in sorted(roots.items())))
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
