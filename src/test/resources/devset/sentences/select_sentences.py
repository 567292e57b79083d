#!/usr/bin/env python3
"""Rank the candidate sentences of the sentence-level CAMEO gold set (fixed procedure).

Reads the news corpus (default /work/shared/corpus, see its README and MANIFEST.tsv) and the
project lexicons (countries.tsv, organizations.tsv, titles.tsv), and prints one ranked
candidate list per corpus half as JSON lines (half, rank, pass, stratum, article, sentence
index, url, date, text). Standard library only; the output depends only on the corpus, the
lexicons and the constants below. README.md (this folder) gives the composition rule that
turns the ranked lists into the gold set.

    python3 select_sentences.py [corpus_dir] > ranked.jsonl

Procedure
1. Every file: line 1 is the date, line 2 the headline (skipped), the body follows. Each
   body line (a paragraph) is split into sentences at . ! ? (plus closing quotes/brackets)
   followed by white space and a capital letter, digit or opening quote, except after common
   abbreviations and initials ("U.S." ends a sentence only before a common sentence opener).
2. A sentence is a candidate when it has 6-80 words, ends in sentence-final punctuation
   (drops bylines, captions, datelines, tables), does not start with a transcript speaker
   label ("SECRETARY BLINKEN:", "QUESTION:"), and names a state, a state official or an
   international organisation: a country name, demonym or capital from countries.tsv, an
   organisation name from organizations.tsv, or an official title from titles.tsv
   (all matched case-sensitively on word boundaries).
3. Each candidate gets the set of CAMEO families whose cue words (FAMILIES below) it
   contains; a candidate with no cue is in stratum "none". The family strata take only
   candidates that name at least two different parties (distinct state or organisation
   codes of the matched names; in the State Department half an official title counts as
   the USA), so that they hold sentences that can report an event between two parties;
   the "none" stratum needs one party only.
4. Candidates are ordered by sha256("<article>#<sentence index>"). Rank 1.. of a half are
   first the WN_NONE / SD_NONE first cue-less candidates (stratum "none"), then the family
   strata filled in round-robin order (one sentence per family per round, rarest cue family
   first), each time taking the next candidate in hash order that carries the family's
   cue, is not yet taken, and whose article has fewer than MAX_PER_ARTICLE ranked
   sentences and fewer than MAX_PER_ARTICLE_FAMILY in this family (pass 1). A family with
   no candidate left drops out. Pass 2 repeats the round robin with the per-article cap
   alone. The Wikinews list runs until both passes are exhausted; the State Department
   list stops at SD_LIMIT.
"""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
LEX = os.path.join(ROOT, "src", "main", "resources", "lexicon")

WN_NONE = 11       # size of the cue-less stratum "none" per half
SD_NONE = 9
SD_LIMIT = 450     # length of the ranked State Department list (more than the set needs)
MAX_PER_ARTICLE = 3
MAX_PER_ARTICLE_FAMILY = 1
MIN_WORDS, MAX_WORDS = 6, 80

# Cue words per CAMEO family (lower-cased regular expressions, matched on word starts).
# Order = round-robin order (roughly rarest first).
FAMILIES = [
    ("13-threaten", r"threat|warn(ed|s|ing)?\b|ultimatum"),
    ("14-protest", r"protest|demonstrat|rall(y|ies|ied)\b|hunger strike|march(ed|es)?\b|strik(e|es)\b"),
    ("15-force-posture", r"troops|deploy|mobili[sz]|military (drill|exercise)|alert\b|warship|build-?up|massed|reinforc"),
    ("08-yield", r"releas|freed\b|lift(ed|s)?\b|eas(ed|es|ing)\b|withdr(ew|awn|awal)|ceasefire|cease-fire|truce|handed over|return(ed|s)?\b|pardon"),
    ("09-investigate", r"investigat|inquiry|probe\b|inspect|fact-finding"),
    ("12-reject", r"reject|refus|veto|boycott|declin(ed|es)\b|den(ied|ies)\b|oppos(e|ed|es)\b|def(y|ied|ies)\b"),
    ("16-reduce-relations", r"sanction|expel|embargo|suspend|suspension|sever|recall(ed)?\b|downgrad|cut (off )?ties|ban(s|ned)?\b"),
    ("10-demand", r"demand|insist|ordered|must\b"),
    ("17-coerce", r"arrest|detain|detention|jail|imprison|charged with|deport|seiz|confiscat|curfew|crackdown|censor|execut(ed|ion)"),
    ("18-20-assault-fight", r"attack|kill|bomb|shell(ed|ing)\b|missile|invasion|invad|fight|war\b|air ?strike|shot\b|assassin|hostage|kidnap|occup|clash"),
    ("02-appeal", r"urg(e|ed|es)\b|call(ed|s)? (on|upon|for)\b|appeal|ask(ed|s)?\b|request"),
    ("11-disapprove", r"condemn|critici[sz]|denounc|accus|blame|deplor|sue(d|s)?\b|lawsuit|complain|guilty|convicted"),
    ("03-intent", r"pledg|promis|offer|commit(ted|ment|s)?\b|agreed to|ready to|willing|intend|plans? to|vow"),
    ("05-diplomatic", r"welcom|prais|commend|applaud|congratulat|thank|sign(ed|s|ing)?\b|agreement|treaty|memorandum|recogni[sz]|apolog|endors|support(ed|s)?\b"),
    ("06-07-material-aid", r"\baid\b|assistance|provid|donat|fund|humanitarian|vaccine|doses|suppl(y|ied)|deliver|trade\b|invest|cooperat|asylum|extradit"),
    ("04-consult", r"\bmet\b|meet|spoke|call with|phone|visit|talks|discuss|host|travel|arriv|summit|negotiat|mediat|consult"),
    ("01-statement", r"said|says|stated|statement|announc|comment|express|optimis|confiden|condolence|sympath|hope"),
]

ABBREV = set("""Mr Mrs Ms Dr St Gen Lt Col Sen Rep Gov Jr Sr No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept
Oct Nov Dec e.g i.e Inc Co Corp Ltd vs Prof Sgt Adm Capt Maj Amb Rev Mt Ft Hon Messrs approx etc U.S U.N
U.K E.U D.C""".split())
STARTERS = set("""The A An He She It We They I In On At This That These Those His Her Its Our Their But And
As After Before During Since When While There""".split())


def load_tsv(name):
    rows = []
    with open(os.path.join(LEX, name), encoding="utf-8") as fh:
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


def mention_table():
    """surface string -> party code (ISO3 or organisation code; "TITLE" for an official title)."""
    table = {}
    for r in load_tsv("titles.tsv"):
        if r["surface"] and r["surface"][0].isupper():
            table[r["surface"]] = "TITLE"
    for r in load_tsv("countries.tsv"):
        for col in ("names", "demonyms", "capitals"):
            for x in r.get(col, "").split("|"):
                if x:
                    table[x] = r["iso3"]
    for r in load_tsv("organizations.tsv"):
        for x in r["names"].split("|"):
            if x:
                table[x] = r["code"]
    names = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return table, rx


def parties(text, table, rx, half):
    """Distinct parties named: states and organisations; in the State Department half an
    official title also stands for the publisher's state (USA)."""
    codes = {table[m.group(1)] for m in rx.finditer(text)}
    if "TITLE" in codes:
        codes.discard("TITLE")
        if half == "us-state-dept":
            codes.add("USA")
    return codes


SPLIT = re.compile(r"([.!?][\"”’')\]]*)(\s+)(?=[\"“‘'(]?[A-Z0-9])")


def split_sentences(par):
    out, start = [], 0
    for m in SPLIT.finditer(par):
        end = m.end(1)
        before = par[start:m.start(1)]
        word = re.search(r"([\w.]+)$", before)
        w = word.group(1) if word else ""
        nxt = re.match(r"[\"“‘'(]?(\w+)", par[m.end():])
        nxt = nxt.group(1) if nxt else ""
        if m.group(1)[0] == ".":
            if len(w) == 1 and w.isupper():  # initial: "Antony J. Blinken"
                continue
            if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w) and w not in ("U.S", "U.N", "U.K", "E.U", "D.C"):
                continue  # initials: "George H.W. Bush"
            if w in ("a.m", "p.m") and nxt in ("EST", "EDT", "ET", "GMT", "UTC", "Eastern", "local"):
                continue
            if w == "D.C":  # "Washington, D.C. Deputy Secretary Sherman thanked ..."
                if nxt in ("Mayor", "Council", "Circuit", "Court", "Police", "Metro", "Public", "Department"):
                    continue
            elif w in ABBREV or w.rstrip(".") in ABBREV:
                if not (w in ("U.S", "U.N", "U.K", "E.U") and nxt in STARTERS):
                    continue
        out.append(par[start:end].strip())
        start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


def read_article(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    date = lines[0][5:].strip() if lines[0].startswith("date ") else None
    body = lines[1:] if date is None else lines[2:]  # drop the date line and the headline
    if date is None:
        body = lines[1:]  # the file without a date line: line 1 is the headline
    return date, [l for l in body if l.strip()]


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
    urls = {}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            c = line.rstrip("\n").split("\t")
            urls[c[0]] = c[4]
    table, mention = mention_table()
    speaker = re.compile(r"^[A-Z][A-Z .’'\-]+:")
    fam_re = [(f, re.compile(r"(?<![a-z])(" + rx + ")")) for f, rx in FAMILIES]
    halves = {"wikinews": [], "us-state-dept": []}
    for half in halves:
        for path in sorted(glob.glob(os.path.join(corpus, half, "*.txt"))):
            art = os.path.relpath(path, corpus)
            date, pars = read_article(path)
            idx = 0
            for par in pars:
                for s in split_sentences(par):
                    idx += 1
                    n = len(s.split())
                    if n < MIN_WORDS or n > MAX_WORDS:
                        continue
                    if not re.search(r"[.!?][\"”’')\]]*$", s) or speaker.match(s):
                        continue
                    if not mention.search(s):
                        continue
                    low = s.lower()
                    fams = {f for f, rx in fam_re if rx.search(low)}
                    two = len(parties(s, table, mention, half)) >= 2
                    key = hashlib.sha256(f"{art}#{idx}".encode()).hexdigest()
                    halves[half].append(dict(article=art, idx=idx, date=date, text=s,
                                             fams=fams, two=two, key=key, url=urls.get(art)))
    out = []
    for half, n_none, passes, limit in (
            ("wikinews", WN_NONE, ((True, MAX_PER_ARTICLE_FAMILY), (True, MAX_PER_ARTICLE)), None),
            ("us-state-dept", SD_NONE, ((True, MAX_PER_ARTICLE_FAMILY), (True, MAX_PER_ARTICLE)),
             SD_LIMIT)):
        cands = sorted(halves[half], key=lambda c: c["key"])
        per_art, per_art_fam, taken = {}, {}, set()
        picked = []

        def take(c, stratum, pas):
            c["stratum"], c["pass"] = stratum, pas
            picked.append(c); taken.add(c["key"])
            per_art[c["article"]] = per_art.get(c["article"], 0) + 1
            per_art_fam[(c["article"], stratum)] = per_art_fam.get((c["article"], stratum), 0) + 1

        # stratum "none": the first n_none cue-less candidates in hash order
        for c in cands:
            if len(picked) >= n_none:
                break
            if not c["fams"] and per_art.get(c["article"], 0) < MAX_PER_ARTICLE \
                    and per_art_fam.get((c["article"], "none"), 0) < MAX_PER_ARTICLE_FAMILY:
                take(c, "none", 0)
        # family strata, round robin; pass 1 at most MAX_PER_ARTICLE_FAMILY per article and
        # family, pass 2 the article cap alone
        for pas, (two_needed, fam_cap) in enumerate(passes, 1):
            active = [f for f, _ in FAMILIES]
            pos = {f: 0 for f in active}
            while active and (limit is None or len(picked) < limit):
                for f in list(active):
                    if limit is not None and len(picked) >= limit:
                        break
                    got = None
                    while pos[f] < len(cands):
                        c = cands[pos[f]]; pos[f] += 1
                        if f in c["fams"] and c["key"] not in taken and c["two"] >= two_needed \
                                and per_art.get(c["article"], 0) < MAX_PER_ARTICLE \
                                and per_art_fam.get((c["article"], f), 0) < fam_cap:
                            got = c; break
                    if got is None:
                        active.remove(f); continue
                    take(got, f, pas)
        for rank, c in enumerate(picked, 1):
            out.append({"half": half, "rank": rank, "pass": c["pass"], "stratum": c["stratum"],
                        "article": c["article"], "sentence": c["idx"], "url": c["url"],
                        "date": c["date"], "text": c["text"]})
    for c in out:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
