"""Helpers shared by the lexicon build scripts (python3, standard library only)."""

import os
import re
import unicodedata

# Letters that NFKD does not decompose into ASCII.
_FOLD_EXTRA = {
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h",
    "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "‘": "'", "’": "'",
    "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-", "‑": "-",
}


def fold(s):
    """ASCII-folded form: diacritics removed, typographic apostrophes and dashes made plain."""
    s = "".join(_FOLD_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def key(s):
    """Comparison key: folded, case-folded, whitespace collapsed."""
    return re.sub(r"\s+", " ", fold(s)).strip().casefold()


def plain_apostrophes(s):
    return s.replace("’", "'").replace("‘", "'").replace("ʼ", "'")


def write_tsv(path, comments, header, rows):
    """Writes UTF-8, LF, '#' comment lines, one header row, tab-separated rows."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(("# " + c).rstrip() + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            for v in r:
                if "\t" in v or "\n" in v or "\r" in v:
                    raise ValueError("tab or newline in value %r" % v)
                if v != v.strip():
                    raise ValueError("padded value %r" % v)
            if len(r) != len(header):
                raise ValueError("row %r has %d cells, header %d" % (r, len(r), len(header)))
            f.write("\t".join(r) + "\n")


def read_lexicon_tsv(path):
    """Rows of a lexicon TSV as dicts (comment lines skipped, first other line = header)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def update_sources_md(path, section_id, text):
    """Replaces (or appends) the block between <!-- BEGIN id --> and <!-- END id --> in SOURCES.md.

    build_gazetteers.py keeps such blocks when it rewrites SOURCES.md, so each build script owns
    its section and the row counts there always match the generated files.
    """
    begin, end = "<!-- BEGIN %s -->" % section_id, "<!-- END %s -->" % section_id
    block = begin + "\n" + text.rstrip("\n") + "\n" + end + "\n"
    old = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            old = f.read()
    if begin in old and end in old:
        a = old.index(begin)
        b = old.index(end) + len(end)
        if old[b:b + 1] == "\n":
            b += 1
        new = old[:a] + block + old[b:]
    else:
        new = old.rstrip("\n") + "\n\n" + block if old else block
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(new)
