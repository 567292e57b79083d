#!/usr/bin/env python3
"""Build office-holders-own.tsv: hand-curated office holders the sourced data lacks.

Usage (from the repository root):

    python3 src/main/resources/lexicon/build/build_office_holders_own.py [--out src/main/resources/lexicon]

There is no external source: the table below was compiled by hand for Diplograph from general
knowledge and is dedicated to the public domain (CC0 1.0). It covers the offices news names most
that office-holders.tsv lacks (NATO Secretaries-General, Presidents of the European Commission and
of the European Council, EU High Representatives, US Secretaries of State, and the foreign
ministers of the P5, India, Pakistan, Japan, Germany, Turkey, Iran, Israel, Saudi Arabia, Ukraine,
South Korea, Brazil, Australia and Canada) for 2005-2026, only with facts the compiler was sure
of, at month precision (year where the month was uncertain); holders the compiler was unsure of
(acting ministers, prime ministers keeping the portfolio) are left out. It is never merged into
office-holders.tsv. Python 3 standard library only; byte-identical output on every run.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_common import fold, key, read_lexicon_tsv, update_sources_md, write_tsv  # noqa: E402

HEADER = ["name", "aliases", "family_name", "state", "office", "role", "from", "to", "source", "seen", "note"]

# state | office | role | name | family_name | from | to   (empty to = still in office / open)
TABLE = """
NATO|Secretary-General|international|Jaap de Hoop Scheffer|de Hoop Scheffer|2004-01|2009-08
NATO|Secretary-General|international|Anders Fogh Rasmussen|Rasmussen|2009-08|2014-10
NATO|Secretary-General|international|Jens Stoltenberg|Stoltenberg|2014-10|2024-10
NATO|Secretary-General|international|Mark Rutte|Rutte|2024-10|
EC|President of the European Commission|international|José Manuel Barroso|Barroso|2004-11|2014-11
EC|President of the European Commission|international|Jean-Claude Juncker|Juncker|2014-11|2019-12
EC|President of the European Commission|international|Ursula von der Leyen|von der Leyen|2019-12|
EUCO|President of the European Council|international|Herman Van Rompuy|Van Rompuy|2009-12|2014-12
EUCO|President of the European Council|international|Donald Tusk|Tusk|2014-12|2019-12
EUCO|President of the European Council|international|Charles Michel|Michel|2019-12|2024-12
EUCO|President of the European Council|international|António Costa|Costa|2024-12|
EU|High Representative|international|Javier Solana|Solana|1999-10|2009-12
EU|High Representative|international|Catherine Ashton|Ashton|2009-12|2014-11
EU|High Representative|international|Federica Mogherini|Mogherini|2014-11|2019-12
EU|High Representative|international|Josep Borrell|Borrell|2019-12|2024-12
EU|High Representative|international|Kaja Kallas|Kallas|2024-12|
USA|Secretary of State|foreign_minister|Colin Powell|Powell|2001-01|2005-01
USA|Secretary of State|foreign_minister|Condoleezza Rice|Rice|2005-01|2009-01
USA|Secretary of State|foreign_minister|Hillary Clinton|Clinton|2009-01|2013-02
USA|Secretary of State|foreign_minister|John Kerry|Kerry|2013-02|2017-01
USA|Secretary of State|foreign_minister|Rex Tillerson|Tillerson|2017-02|2018-03
USA|Secretary of State|foreign_minister|Mike Pompeo|Pompeo|2018-04|2021-01
USA|Secretary of State|foreign_minister|Antony Blinken|Blinken|2021-01|2025-01
USA|Secretary of State|foreign_minister|Marco Rubio|Rubio|2025-01|
GBR|Foreign Secretary|foreign_minister|Jack Straw|Straw|2001-06|2006-05
GBR|Foreign Secretary|foreign_minister|Margaret Beckett|Beckett|2006-05|2007-06
GBR|Foreign Secretary|foreign_minister|David Miliband|Miliband|2007-06|2010-05
GBR|Foreign Secretary|foreign_minister|William Hague|Hague|2010-05|2014-07
GBR|Foreign Secretary|foreign_minister|Philip Hammond|Hammond|2014-07|2016-07
GBR|Foreign Secretary|foreign_minister|Boris Johnson|Johnson|2016-07|2018-07
GBR|Foreign Secretary|foreign_minister|Jeremy Hunt|Hunt|2018-07|2019-07
GBR|Foreign Secretary|foreign_minister|Dominic Raab|Raab|2019-07|2021-09
GBR|Foreign Secretary|foreign_minister|Liz Truss|Truss|2021-09|2022-09
GBR|Foreign Secretary|foreign_minister|James Cleverly|Cleverly|2022-09|2023-11
GBR|Foreign Secretary|foreign_minister|David Cameron|Cameron|2023-11|2024-07
GBR|Foreign Secretary|foreign_minister|David Lammy|Lammy|2024-07|2025-09
GBR|Foreign Secretary|foreign_minister|Yvette Cooper|Cooper|2025-09|
FRA|Foreign Minister|foreign_minister|Michel Barnier|Barnier|2004-03|2005-06
FRA|Foreign Minister|foreign_minister|Philippe Douste-Blazy|Douste-Blazy|2005-06|2007-05
FRA|Foreign Minister|foreign_minister|Bernard Kouchner|Kouchner|2007-05|2010-11
FRA|Foreign Minister|foreign_minister|Michèle Alliot-Marie|Alliot-Marie|2010-11|2011-02
FRA|Foreign Minister|foreign_minister|Alain Juppé|Juppé|2011-02|2012-05
FRA|Foreign Minister|foreign_minister|Laurent Fabius|Fabius|2012-05|2016-02
FRA|Foreign Minister|foreign_minister|Jean-Marc Ayrault|Ayrault|2016-02|2017-05
FRA|Foreign Minister|foreign_minister|Jean-Yves Le Drian|Le Drian|2017-05|2022-05
FRA|Foreign Minister|foreign_minister|Catherine Colonna|Colonna|2022-05|2024-01
FRA|Foreign Minister|foreign_minister|Stéphane Séjourné|Séjourné|2024-01|2024-09
FRA|Foreign Minister|foreign_minister|Jean-Noël Barrot|Barrot|2024-09|
RUS|Foreign Minister|foreign_minister|Sergey Lavrov|Lavrov|2004-03|
CHN|Foreign Minister|foreign_minister|Li Zhaoxing|Li|2003-03|2007-04
CHN|Foreign Minister|foreign_minister|Yang Jiechi|Yang|2007-04|2013-03
CHN|Foreign Minister|foreign_minister|Wang Yi|Wang|2013-03|2022-12
CHN|Foreign Minister|foreign_minister|Qin Gang|Qin|2022-12|2023-07
CHN|Foreign Minister|foreign_minister|Wang Yi|Wang|2023-07|
IND|External Affairs Minister|foreign_minister|Natwar Singh|Singh|2004-05|2005
IND|External Affairs Minister|foreign_minister|Pranab Mukherjee|Mukherjee|2006-10|2009-05
IND|External Affairs Minister|foreign_minister|S. M. Krishna|Krishna|2009-05|2012-10
IND|External Affairs Minister|foreign_minister|Salman Khurshid|Khurshid|2012-10|2014-05
IND|External Affairs Minister|foreign_minister|Sushma Swaraj|Swaraj|2014-05|2019-05
IND|External Affairs Minister|foreign_minister|S. Jaishankar|Jaishankar|2019-05|
PAK|Foreign Minister|foreign_minister|Khurshid Mahmud Kasuri|Kasuri|2002-11|2007-11
PAK|Foreign Minister|foreign_minister|Shah Mahmood Qureshi|Qureshi|2008-03|2011-02
PAK|Foreign Minister|foreign_minister|Hina Rabbani Khar|Khar|2011-07|2013-03
PAK|Foreign Minister|foreign_minister|Khawaja Muhammad Asif|Asif|2017-08|2018-04
PAK|Foreign Minister|foreign_minister|Shah Mahmood Qureshi|Qureshi|2018-08|2022-04
PAK|Foreign Minister|foreign_minister|Bilawal Bhutto Zardari|Bhutto Zardari|2022-04|2023-08
PAK|Foreign Minister|foreign_minister|Jalil Abbas Jilani|Jilani|2023-08|2024-03
PAK|Foreign Minister|foreign_minister|Ishaq Dar|Dar|2024-03|
JPN|Foreign Minister|foreign_minister|Nobutaka Machimura|Machimura|2004-09|2005-10
JPN|Foreign Minister|foreign_minister|Taro Aso|Aso|2005-10|2007-08
JPN|Foreign Minister|foreign_minister|Nobutaka Machimura|Machimura|2007-08|2007-09
JPN|Foreign Minister|foreign_minister|Masahiko Komura|Komura|2007-09|2008-09
JPN|Foreign Minister|foreign_minister|Hirofumi Nakasone|Nakasone|2008-09|2009-09
JPN|Foreign Minister|foreign_minister|Katsuya Okada|Okada|2009-09|2010-09
JPN|Foreign Minister|foreign_minister|Seiji Maehara|Maehara|2010-09|2011-03
JPN|Foreign Minister|foreign_minister|Takeaki Matsumoto|Matsumoto|2011-03|2011-09
JPN|Foreign Minister|foreign_minister|Koichiro Gemba|Gemba|2011-09|2012-12
JPN|Foreign Minister|foreign_minister|Fumio Kishida|Kishida|2012-12|2017-08
JPN|Foreign Minister|foreign_minister|Taro Kono|Kono|2017-08|2019-09
JPN|Foreign Minister|foreign_minister|Toshimitsu Motegi|Motegi|2019-09|2021-11
JPN|Foreign Minister|foreign_minister|Yoshimasa Hayashi|Hayashi|2021-11|2023-09
JPN|Foreign Minister|foreign_minister|Yoko Kamikawa|Kamikawa|2023-09|2024-10
JPN|Foreign Minister|foreign_minister|Takeshi Iwaya|Iwaya|2024-10|2025-10
JPN|Foreign Minister|foreign_minister|Toshimitsu Motegi|Motegi|2025-10|
DEU|Foreign Minister|foreign_minister|Joschka Fischer|Fischer|1998-10|2005-11
DEU|Foreign Minister|foreign_minister|Frank-Walter Steinmeier|Steinmeier|2005-11|2009-10
DEU|Foreign Minister|foreign_minister|Guido Westerwelle|Westerwelle|2009-10|2013-12
DEU|Foreign Minister|foreign_minister|Frank-Walter Steinmeier|Steinmeier|2013-12|2017-01
DEU|Foreign Minister|foreign_minister|Sigmar Gabriel|Gabriel|2017-01|2018-03
DEU|Foreign Minister|foreign_minister|Heiko Maas|Maas|2018-03|2021-12
DEU|Foreign Minister|foreign_minister|Annalena Baerbock|Baerbock|2021-12|2025-05
DEU|Foreign Minister|foreign_minister|Johann Wadephul|Wadephul|2025-05|
TUR|Foreign Minister|foreign_minister|Abdullah Gül|Gül|2003-03|2007-08
TUR|Foreign Minister|foreign_minister|Ali Babacan|Babacan|2007-08|2009-05
TUR|Foreign Minister|foreign_minister|Ahmet Davutoğlu|Davutoğlu|2009-05|2014-08
TUR|Foreign Minister|foreign_minister|Mevlüt Çavuşoğlu|Çavuşoğlu|2014-08|2015-08
TUR|Foreign Minister|foreign_minister|Mevlüt Çavuşoğlu|Çavuşoğlu|2015-11|2023-06
TUR|Foreign Minister|foreign_minister|Hakan Fidan|Fidan|2023-06|
IRN|Foreign Minister|foreign_minister|Kamal Kharazi|Kharazi|1997-08|2005-08
IRN|Foreign Minister|foreign_minister|Manouchehr Mottaki|Mottaki|2005-08|2010-12
IRN|Foreign Minister|foreign_minister|Ali Akbar Salehi|Salehi|2010-12|2013-08
IRN|Foreign Minister|foreign_minister|Mohammad Javad Zarif|Zarif|2013-08|2021-08
IRN|Foreign Minister|foreign_minister|Hossein Amir-Abdollahian|Amir-Abdollahian|2021-08|2024-05
IRN|Foreign Minister|foreign_minister|Abbas Araghchi|Araghchi|2024-08|
ISR|Foreign Minister|foreign_minister|Silvan Shalom|Shalom|2003-02|2006-01
ISR|Foreign Minister|foreign_minister|Tzipi Livni|Livni|2006-01|2009-03
ISR|Foreign Minister|foreign_minister|Avigdor Lieberman|Lieberman|2009-03|2012-12
ISR|Foreign Minister|foreign_minister|Avigdor Lieberman|Lieberman|2013-11|2015-05
ISR|Foreign Minister|foreign_minister|Gabi Ashkenazi|Ashkenazi|2020-05|2021-06
ISR|Foreign Minister|foreign_minister|Yair Lapid|Lapid|2021-06|2022-12
ISR|Foreign Minister|foreign_minister|Eli Cohen|Cohen|2022-12|2024-01
ISR|Foreign Minister|foreign_minister|Israel Katz|Katz|2024-01|2024-11
ISR|Foreign Minister|foreign_minister|Gideon Sa'ar|Sa'ar|2024-11|
SAU|Foreign Minister|foreign_minister|Saud al-Faisal|al-Faisal|1975|2015-04
SAU|Foreign Minister|foreign_minister|Adel al-Jubeir|al-Jubeir|2015-04|2018-12
SAU|Foreign Minister|foreign_minister|Ibrahim al-Assaf|al-Assaf|2018-12|2019-10
SAU|Foreign Minister|foreign_minister|Faisal bin Farhan Al Saud||2019-10|
UKR|Foreign Minister|foreign_minister|Borys Tarasyuk|Tarasyuk|2005-02|2007-01
UKR|Foreign Minister|foreign_minister|Arseniy Yatsenyuk|Yatsenyuk|2007-03|2007-12
UKR|Foreign Minister|foreign_minister|Volodymyr Ohryzko|Ohryzko|2007-12|2009-03
UKR|Foreign Minister|foreign_minister|Petro Poroshenko|Poroshenko|2009-10|2010-03
UKR|Foreign Minister|foreign_minister|Kostyantyn Hryshchenko|Hryshchenko|2010-03|2012-12
UKR|Foreign Minister|foreign_minister|Leonid Kozhara|Kozhara|2012-12|2014-02
UKR|Foreign Minister|foreign_minister|Pavlo Klimkin|Klimkin|2014-06|2019-08
UKR|Foreign Minister|foreign_minister|Vadym Prystaiko|Prystaiko|2019-08|2020-03
UKR|Foreign Minister|foreign_minister|Dmytro Kuleba|Kuleba|2020-03|2024-09
UKR|Foreign Minister|foreign_minister|Andrii Sybiha|Sybiha|2024-09|
KOR|Foreign Minister|foreign_minister|Ban Ki-moon|Ban|2004-01|2006-11
KOR|Foreign Minister|foreign_minister|Song Min-soon|Song|2006-12|2008-02
KOR|Foreign Minister|foreign_minister|Yu Myung-hwan|Yu|2008-02|2010-09
KOR|Foreign Minister|foreign_minister|Kim Sung-hwan|Kim|2010-10|2013-03
KOR|Foreign Minister|foreign_minister|Yun Byung-se|Yun|2013-03|2017-06
KOR|Foreign Minister|foreign_minister|Kang Kyung-wha|Kang|2017-06|2021-02
KOR|Foreign Minister|foreign_minister|Chung Eui-yong|Chung|2021-02|2022-05
KOR|Foreign Minister|foreign_minister|Park Jin|Park|2022-05|2024-01
KOR|Foreign Minister|foreign_minister|Cho Tae-yul|Cho|2024-01|2025-06
KOR|Foreign Minister|foreign_minister|Cho Hyun|Cho|2025-07|
BRA|Foreign Minister|foreign_minister|Celso Amorim|Amorim|2003-01|2011-01
BRA|Foreign Minister|foreign_minister|Antonio Patriota|Patriota|2011-01|2013-08
BRA|Foreign Minister|foreign_minister|Luiz Alberto Figueiredo|Figueiredo|2013-08|2015-01
BRA|Foreign Minister|foreign_minister|Mauro Vieira|Vieira|2015-01|2016-05
BRA|Foreign Minister|foreign_minister|José Serra|Serra|2016-05|2017-02
BRA|Foreign Minister|foreign_minister|Aloysio Nunes|Nunes|2017-03|2019-01
BRA|Foreign Minister|foreign_minister|Ernesto Araújo|Araújo|2019-01|2021-03
BRA|Foreign Minister|foreign_minister|Carlos Alberto França|França|2021-03|2022-12
BRA|Foreign Minister|foreign_minister|Mauro Vieira|Vieira|2023-01|
AUS|Foreign Minister|foreign_minister|Alexander Downer|Downer|1996-03|2007-12
AUS|Foreign Minister|foreign_minister|Stephen Smith|Smith|2007-12|2010-09
AUS|Foreign Minister|foreign_minister|Kevin Rudd|Rudd|2010-09|2012-02
AUS|Foreign Minister|foreign_minister|Bob Carr|Carr|2012-03|2013-09
AUS|Foreign Minister|foreign_minister|Julie Bishop|Bishop|2013-09|2018-08
AUS|Foreign Minister|foreign_minister|Marise Payne|Payne|2018-08|2022-05
AUS|Foreign Minister|foreign_minister|Penny Wong|Wong|2022-05|
CAN|Foreign Minister|foreign_minister|Pierre Pettigrew|Pettigrew|2004-07|2006-02
CAN|Foreign Minister|foreign_minister|Peter MacKay|MacKay|2006-02|2007-08
CAN|Foreign Minister|foreign_minister|Maxime Bernier|Bernier|2007-08|2008-05
CAN|Foreign Minister|foreign_minister|David Emerson|Emerson|2008-05|2008-10
CAN|Foreign Minister|foreign_minister|Lawrence Cannon|Cannon|2008-10|2011-05
CAN|Foreign Minister|foreign_minister|John Baird|Baird|2011-05|2015-02
CAN|Foreign Minister|foreign_minister|Rob Nicholson|Nicholson|2015-02|2015-11
CAN|Foreign Minister|foreign_minister|Stéphane Dion|Dion|2015-11|2017-01
CAN|Foreign Minister|foreign_minister|Chrystia Freeland|Freeland|2017-01|2019-11
CAN|Foreign Minister|foreign_minister|François-Philippe Champagne|Champagne|2019-11|2021-01
CAN|Foreign Minister|foreign_minister|Marc Garneau|Garneau|2021-01|2021-10
CAN|Foreign Minister|foreign_minister|Mélanie Joly|Joly|2021-10|2025-05
CAN|Foreign Minister|foreign_minister|Anita Anand|Anand|2025-05|
"""

# A few well-known alternative spellings (same person).
EXTRA_ALIASES = {
    "Sergey Lavrov": "Sergei Lavrov", "Hillary Clinton": "Hillary Rodham Clinton", "Mike Pompeo": "Michael Pompeo",
    "Liz Truss": "Elizabeth Truss", "S. Jaishankar": "Subrahmanyam Jaishankar", "Andrii Sybiha": "Andriy Sybiha",
    "Dmytro Kuleba": "Dmitry Kuleba", "Mohammad Javad Zarif": "Javad Zarif", "Abbas Araghchi": "Abbas Araqchi",
    "Gideon Sa'ar": "Gideon Saar", "Josep Borrell": "Josep Borrell Fontelles", "Saud al-Faisal": "Saud Al Faisal",
    "Faisal bin Farhan Al Saud": "Faisal bin Farhan|Prince Faisal bin Farhan", "Kostyantyn Hryshchenko": "Konstantin Gryshchenko",
    "José Manuel Barroso": "José Manuel Durão Barroso",
}

ROLE_ORDER = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "international": 3, "cabinet": 4}


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(here))
    args = ap.parse_args(argv)
    states = {r["iso3"] for r in read_lexicon_tsv(os.path.join(args.out, "countries.tsv"))}
    orgs = {r["code"] for r in read_lexicon_tsv(os.path.join(args.out, "organizations.tsv"))}
    titles = {r["canonical"] for r in read_lexicon_tsv(os.path.join(args.out, "titles.tsv"))}
    rows = []
    problems = []
    for line in TABLE.strip().split("\n"):
        state, office, role, name, family, frm, to = line.split("|")
        if state not in states and state not in orgs:
            problems.append("unknown state/organisation %s" % state)
        if office not in titles:
            problems.append("office %r not in titles.tsv" % office)
        if role not in ROLE_ORDER:
            problems.append("bad role %s" % role)
        if frm and to and frm > to:
            problems.append("from after to: %s" % line)
        aliases = set(a for a in EXTRA_ALIASES.get(name, "").split("|") if a)
        aliases |= {fold(a) for a in aliases | {name}}
        aliases.discard(name)
        rows.append([name, "|".join(sorted(aliases, key=lambda s: (key(s), s))), family, state, office, role,
                     frm, to, "own", "", "general knowledge"])
    rows.sort(key=lambda r: (r[3], ROLE_ORDER[r[5]], r[4], r[6], key(r[0])))
    # one holder of an office at a time
    prev = {}
    for r in rows:
        k = (r[3], r[4])
        if k in prev and prev[k][7] and r[6] and r[6] < prev[k][7]:
            problems.append("overlap: %s / %s" % (prev[k][0], r[0]))
        prev[k] = r
    comments = [
        "office-holders-own.tsv - office holders the sourced office-holders.tsv lacks. HAND-CURATED for the",
        "Diplograph project from general knowledge (not from a dataset); dedicated to the public domain (CC0 1.0).",
        "Never merged into office-holders.tsv: a program may read both, and reviewers can check these rows",
        "on their own (every row says 'general knowledge' in 'note').",
        "GENERATED FILE from the table in build/build_office_holders_own.py - edit the table and rerun:",
        "  python3 src/main/resources/lexicon/build/build_office_holders_own.py",
        "",
        "Scope: NATO Secretaries-General, Presidents of the European Commission (EC) and of the European",
        "  Council (EUCO), EU High Representatives (EU), US Secretaries of State, and the foreign ministers",
        "  of the P5 (USA, GBR, FRA, RUS, CHN), IND, PAK, JPN, DEU, TUR, IRN, ISR, SAU, UKR, KOR, BRA, AUS and",
        "  CAN, holders in office at any time from 2005 to 2026.",
        "Dates: month precision (YYYY-MM; year where the month was not certain); 'to' is the month the",
        "  successor took over; empty 'to' = in office when compiled (2026) or open. Periods in which a",
        "  head of government kept the foreign portfolio or only an acting minister served (e.g. PAK",
        "  2013-2017, ISR 2015-2020, IND 2005-2006, UKR 2014, IRN 2024) are deliberately left out.",
        "Columns as in office-holders.tsv plus 'note'; source = own; seen is empty.",
        "",
        "Rows: %d." % len(rows),
    ]
    write_tsv(os.path.join(args.out, "office-holders-own.tsv"), comments, HEADER, rows)
    update_sources_md(os.path.join(args.out, "SOURCES.md"), "office-holders-own", """## office-holders-own.tsv (CC0, hand-curated) - generated by `build/build_office_holders_own.py`

```
python3 src/main/resources/lexicon/build/build_office_holders_own.py
```

Rows: **%d**. Source: none - compiled by hand for the Diplograph project from general knowledge
(marked `general knowledge` in the `note` column of every row) and dedicated to the public domain
(CC0 1.0); no attribution required. The table lives in the script; the file is never merged into
`office-holders.tsv`. Covers NATO Secretaries-General, Presidents of the European Commission and
of the European Council, EU High Representatives, US Secretaries of State and the foreign ministers
of the P5, India, Pakistan, Japan, Germany, Turkey, Iran, Israel, Saudi Arabia, Ukraine, South
Korea, Brazil, Australia and Canada in office 2005-2026. The script checks codes against
`countries.tsv`/`organizations.tsv`, offices against `titles.tsv`, and that terms of one office
do not overlap.

Known limitations: month precision only; acting ministers and periods when a head of government
kept the foreign portfolio are left out (gaps, not errors); written from memory - review before
relying on a single date; holders after the compilation date are missing.
""" % len(rows))
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    print("office-holders-own.tsv %d rows" % len(rows))
    print("check: %s" % ("OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
