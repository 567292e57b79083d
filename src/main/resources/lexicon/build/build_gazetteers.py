#!/usr/bin/env python3
"""Build Diplograph's gazetteer files (countries, organisations, news media, titles).

Usage (from the repository root):

    python3 src/main/resources/lexicon/build/build_gazetteers.py \\
        --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \\
        --ruby-countries /tmp/rc/usr/share/rubygems-integration/all/gems/countries-3.0.0/lib/countries/cache/countries.json \\
        --countries-list /tmp/cl/node_modules/countries-list/countries.min.json \\
        [--out src/main/resources/lexicon] [--check-only]

Sources (download them first; nothing is fetched by this script):
  * Debian package iso-codes (installed at /usr/share/iso-codes), LGPL-2.1+:
    ISO 3166-1 codes, short, official and common names.
  * Debian package ruby-countries (`apt-get download ruby-countries && dpkg-deb -x ...`),
    the "countries" Ruby gem 3.0.0, MIT (Expat): nationality adjectives (fallback for
    territories) and a short allowlist of English unofficial names.
  * npm package countries-list 3.x (`npm install countries-list`), MIT: capitals and aliases.
  * Hand-curated additions embedded below (Diplograph project, CC0): labels, short forms,
    abbreviations, demonyms of states, capitals' variants, seats of government, omissions,
    and the whole organisations, news-media and titles tables.

Python 3 standard library only. The output is deterministic: running it twice changes nothing.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict


# ---------------------------------------------------------------------------------------------
# Countries (hand-curated, Diplograph project, CC0)
# ---------------------------------------------------------------------------------------------
# 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()
UN_OBSERVERS = ["VAT", "PSE"]
EXTRA_STATES = ["TWN", "XKX"]

# Entries not in iso-codes: (iso3, iso2, ISO-like name, official name).
EXTRA_ENTRIES = [("XKX", "XK", "Kosovo", "Republic of Kosovo")]

# Journalist's short name where the ISO short name is not what English news uses.
LABELS = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Ivory Coast", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czech Republic", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos",
    "MDA": "Moldova", "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria", "TWN": "Taiwan",
    "TZA": "Tanzania", "TUR": "Turkey", "USA": "United States", "VAT": "Holy See", "VEN": "Venezuela",
    "VNM": "Vietnam", "TLS": "East Timor", "STP": "São Tomé and Príncipe", "FLK": "Falkland Islands",
    "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands", "SXM": "Sint Maarten",
    "MAF": "Saint Martin", "CCK": "Cocos (Keeling) Islands", "MAC": "Macau", "SHN": "Saint Helena",
    "BES": "Caribbean Netherlands", "ALA": "Åland Islands", "UMI": "U.S. Minor Outlying Islands",
    "PCN": "Pitcairn Islands", "XKX": "Kosovo",
}

# Additional names (the label, ISO names and accepted aliases are added automatically).
NAMES = {
    "USA": "United States of America|America|US|U.S.|USA|U.S.A.",
    "GBR": "Britain|Great Britain|UK|U.K.|Northern Ireland",
    "ARE": "UAE|U.A.E.|Emirates",
    "SAU": "KSA|Kingdom of Saudi Arabia",
    "PRK": "DPRK|Democratic People's Republic of Korea",
    "KOR": "Korea|ROK|Republic of Korea",
    "CHN": "PRC|Mainland China|People's Republic of China",
    "TWN": "Republic of China|Chinese Taipei",
    "COD": "DRC|DR Congo|Democratic Republic of Congo|Congo-Kinshasa|Congo Kinshasa",
    "COG": "Republic of Congo|Congo-Brazzaville|Congo Brazzaville",
    "CIV": "Côte d'Ivoire|Republic of Côte d'Ivoire",
    "CZE": "Czechia",
    "TUR": "Türkiye|Republic of Türkiye|Republic of Turkey",
    "MMR": "Burma|Republic of the Union of Myanmar",
    "SWZ": "Swaziland",
    "MKD": "Macedonia|FYROM|Former Yugoslav Republic of Macedonia",
    "CPV": "Cabo Verde",
    "TLS": "Timor-Leste|Timor Leste",
    "LAO": "Lao PDR",
    "VNM": "Viet Nam|Socialist Republic of Vietnam",
    "VAT": "Vatican|Vatican City|Vatican City State",
    "PSE": "Palestinian Authority|Palestinian National Authority|Occupied Palestinian Territory|Occupied Palestinian Territories|Palestinian Territories",
    "BIH": "Bosnia|Bosnia-Herzegovina|BiH",
    "IND": "Bharat",
    "NZL": "Aotearoa",
    "IRL": "Republic of Ireland",
    "GIN": "Guinea-Conakry|Guinea Conakry",
    "GNB": "Guinea Bissau",
    "SDN": "Republic of Sudan",
    "NER": "Republic of Niger",
    "MDV": "Republic of the Maldives",
    "RUS": "Russian Federation",
    "LBY": "State of Libya",
    "KGZ": "Kyrgyz Republic",
    "SVK": "Slovak Republic",
    "TTO": "Trinidad",
    "TCA": "Turks and Caicos",
    "FLK": "Falklands|Malvinas|Islas Malvinas",
    "HKG": "Hong Kong SAR|HKSAR|Hong Kong Special Administrative Region",
    "MAC": "Macao|Macau SAR|Macao SAR",
    "REU": "Reunion Island",
    "CCK": "Cocos Islands|Cocos Keeling Islands",
    "BES": "Bonaire",
    "ESH": "Sahrawi Arab Democratic Republic",
    "PCN": "Pitcairn",
    "XKX": "Republic of Kosovo",
}

# ruby-countries "unofficial_names" accepted (most are German, French, Spanish or Dutch
# translations and are not used); every other unofficial name is ignored.
RUBY_NAME_OK = {
    "French Southern and Antarctic Lands", "Heard and McDonald Islands", "United States Virgin Islands",
    "Saint Helena", "Caribbean Netherlands", "East Timor", "Cape Verde", "Ivory Coast",
}

# countries-list aliases not used: colonial or historical names, non-English, ambiguous.
CL_ALIAS_DENY = {
    "East Pakistan", "Upper Volta", "Bahrein", "Dahomey", "Bechuanaland", "Byelorussia", "Belorussia",
    "British Honduras", "Zaire", "Ubangi-Shari", "Spanish Sahara", "Abyssinia", "Gold Coast",
    "Portuguese Guinea", "Dutch East Indies", "Persia", "Kirghizia", "Kampuchea", "Gilbert Islands",
    "Ceylon", "Basutoland", "Moldavia", "French Sudan", "Nyasaland", "South West Africa", "Holland",
    "Rumania", "Roumania", "Siam", "Turkmenia", "Ellice Islands", "Formosa", "Tanganyika",
    "New Hebrides", "Northern Rhodesia", "Rhodesia", "Southern Rhodesia", "Česká republika",
}

# Names never emitted (ISO forms that are political or unusable as surface strings).
NAME_DENY = {"Taiwan, Province of China", "Reunion"}

# No ASCII-folded variant is generated for these (the folded form is an English word).
FOLD_DENY = {"Réunion"}

# Demonyms (adjective and people forms). Overrides ruby-countries' "nationality" for these
# entries; for entries not listed, ruby-countries' value is used with a generated plural, and
# dropped when it is another entry's demonym (e.g. "French" for Réunion).
DEMONYMS = {
    "AFG": "Afghan|Afghans", "ALB": "Albanian|Albanians", "DZA": "Algerian|Algerians",
    "AND": "Andorran|Andorrans", "AGO": "Angolan|Angolans", "ATG": "Antiguan|Antiguans|Barbudan|Barbudans",
    "ARG": "Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans",
    "ARM": "Armenian|Armenians", "AUS": "Australian|Australians", "AUT": "Austrian|Austrians",
    "AZE": "Azerbaijani|Azerbaijanis|Azeri|Azeris", "BHS": "Bahamian|Bahamians",
    "BHR": "Bahraini|Bahrainis", "BGD": "Bangladeshi|Bangladeshis", "BRB": "Barbadian|Barbadians|Bajan|Bajans",
    "BLR": "Belarusian|Belarusians|Belarussian|Belarussians", "BEL": "Belgian|Belgians",
    "BLZ": "Belizean|Belizeans", "BEN": "Beninese|Beninois", "BTN": "Bhutanese",
    "BOL": "Bolivian|Bolivians", "BIH": "Bosnian|Bosnians|Herzegovinian|Herzegovinians",
    "BWA": "Botswanan|Motswana|Batswana", "BRA": "Brazilian|Brazilians", "BRN": "Bruneian|Bruneians",
    "BGR": "Bulgarian|Bulgarians", "BFA": "Burkinabe|Burkinabè", "BDI": "Burundian|Burundians",
    "CPV": "Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans", "KHM": "Cambodian|Cambodians",
    "CMR": "Cameroonian|Cameroonians", "CAN": "Canadian|Canadians", "CAF": "Central African|Central Africans",
    "TCD": "Chadian|Chadians", "CHL": "Chilean|Chileans", "CHN": "Chinese", "COL": "Colombian|Colombians",
    "COM": "Comoran|Comorans|Comorian|Comorians", "COG": "",
    "CRI": "Costa Rican|Costa Ricans", "CIV": "Ivorian|Ivorians", "HRV": "Croatian|Croatians|Croat|Croats",
    "CUB": "Cuban|Cubans", "CYP": "Cypriot|Cypriots|Greek Cypriot|Greek Cypriots|Turkish Cypriot|Turkish Cypriots",
    "CZE": "Czech|Czechs", "PRK": "North Korean|North Koreans", "COD": "Congolese",
    "DNK": "Danish|Dane|Danes", "DJI": "Djiboutian|Djiboutians", "DMA": "",
    "DOM": "Dominican|Dominicans", "ECU": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "EGY": "Egyptian|Egyptians", "SLV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans",
    "GNQ": "Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans",
    "ERI": "Eritrean|Eritreans", "EST": "Estonian|Estonians", "SWZ": "Swazi|Swazis|Emaswati",
    "ETH": "Ethiopian|Ethiopians", "FJI": "Fijian|Fijians", "FIN": "Finnish|Finn|Finns",
    "FRA": "French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen", "GAB": "Gabonese",
    "GMB": "Gambian|Gambians", "GEO": "Georgian|Georgians", "DEU": "German|Germans",
    "GHA": "Ghanaian|Ghanaians", "GRC": "Greek|Greeks", "GRD": "Grenadian|Grenadians",
    "GTM": "Guatemalan|Guatemalans", "GIN": "Guinean|Guineans", "GNB": "Bissau-Guinean|Bissau-Guineans",
    "GUY": "Guyanese", "HTI": "Haitian|Haitians", "HND": "Honduran|Hondurans",
    "HUN": "Hungarian|Hungarians", "ISL": "Icelandic|Icelander|Icelanders", "IND": "Indian|Indians",
    "IDN": "Indonesian|Indonesians", "IRN": "Iranian|Iranians", "IRQ": "Iraqi|Iraqis",
    "IRL": "Irish|Irishman|Irishmen", "ISR": "Israeli|Israelis", "ITA": "Italian|Italians",
    "JAM": "Jamaican|Jamaicans", "JPN": "Japanese", "JOR": "Jordanian|Jordanians",
    "KAZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis", "KEN": "Kenyan|Kenyans", "KIR": "I-Kiribati",
    "KWT": "Kuwaiti|Kuwaitis", "KGZ": "Kyrgyz|Kyrgyzstani|Kyrgyzstanis", "LAO": "Lao|Laotian|Laotians",
    "LVA": "Latvian|Latvians", "LBN": "Lebanese", "LSO": "Basotho|Mosotho|Lesothan",
    "LBR": "Liberian|Liberians", "LBY": "Libyan|Libyans", "LIE": "Liechtensteiner|Liechtensteiners",
    "LTU": "Lithuanian|Lithuanians", "LUX": "Luxembourger|Luxembourgers|Luxembourgish",
    "MDG": "Malagasy", "MWI": "Malawian|Malawians", "MYS": "Malaysian|Malaysians",
    "MDV": "Maldivian|Maldivians", "MLI": "Malian|Malians", "MLT": "Maltese",
    "MHL": "Marshallese", "MRT": "Mauritanian|Mauritanians", "MUS": "Mauritian|Mauritians",
    "MEX": "Mexican|Mexicans", "FSM": "Micronesian|Micronesians", "MCO": "Monegasque|Monegasques|Monacan",
    "MNG": "Mongolian|Mongolians", "MNE": "Montenegrin|Montenegrins", "MAR": "Moroccan|Moroccans",
    "MOZ": "Mozambican|Mozambicans", "MMR": "Burmese|Myanmarese", "NAM": "Namibian|Namibians",
    "NRU": "Nauruan|Nauruans", "NPL": "Nepali|Nepalis|Nepalese", "NLD": "Dutch|Dutchman|Dutchmen",
    "NZL": "New Zealander|New Zealanders", "NIC": "Nicaraguan|Nicaraguans", "NER": "Nigerien|Nigeriens",
    "NGA": "Nigerian|Nigerians", "MKD": "Macedonian|Macedonians|North Macedonian|North Macedonians",
    "NOR": "Norwegian|Norwegians", "OMN": "Omani|Omanis", "PAK": "Pakistani|Pakistanis",
    "PLW": "Palauan|Palauans", "PAN": "Panamanian|Panamanians", "PNG": "Papua New Guinean|Papua New Guineans",
    "PRY": "Paraguayan|Paraguayans", "PER": "Peruvian|Peruvians",
    "PHL": "Filipino|Filipinos|Filipina|Filipinas|Philippine", "POL": "Polish|Pole|Poles",
    "PRT": "Portuguese", "QAT": "Qatari|Qataris", "KOR": "South Korean|South Koreans",
    "MDA": "Moldovan|Moldovans", "ROU": "Romanian|Romanians", "RUS": "Russian|Russians",
    "RWA": "Rwandan|Rwandans", "KNA": "Kittitian|Kittitians|Nevisian|Nevisians",
    "LCA": "Saint Lucian|Saint Lucians|St. Lucian|St Lucian", "VCT": "Vincentian|Vincentians",
    "WSM": "Samoan|Samoans", "SMR": "Sammarinese", "STP": "Santomean|Santomeans|Sao Tomean|São Toméan",
    "SAU": "Saudi|Saudis|Saudi Arabian|Saudi Arabians", "SEN": "Senegalese",
    "SRB": "Serbian|Serbians|Serb|Serbs", "SYC": "Seychellois", "SLE": "Sierra Leonean|Sierra Leoneans",
    "SGP": "Singaporean|Singaporeans", "SVK": "Slovak|Slovaks|Slovakian", "SVN": "Slovenian|Slovenians|Slovene|Slovenes",
    "SLB": "Solomon Islander|Solomon Islanders", "SOM": "Somali|Somalis|Somalian|Somalians",
    "ZAF": "South African|South Africans", "SSD": "South Sudanese", "ESP": "Spanish|Spaniard|Spaniards",
    "LKA": "Sri Lankan|Sri Lankans", "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish|Swede|Swedes",
    "CHE": "Swiss", "SYR": "Syrian|Syrians", "TJK": "Tajik|Tajiks|Tajikistani|Tajikistanis",
    "THA": "Thai|Thais", "TLS": "Timorese|East Timorese", "TGO": "Togolese", "TON": "Tongan|Tongans",
    "TTO": "Trinidadian|Trinidadians|Tobagonian|Tobagonians", "TUN": "Tunisian|Tunisians",
    "TUR": "Turkish|Turk|Turks", "TKM": "Turkmen|Turkmens|Turkmenistani", "TUV": "Tuvaluan|Tuvaluans",
    "UGA": "Ugandan|Ugandans", "UKR": "Ukrainian|Ukrainians", "ARE": "Emirati|Emiratis",
    "GBR": "British|Briton|Britons", "TZA": "Tanzanian|Tanzanians", "USA": "American|Americans",
    "URY": "Uruguayan|Uruguayans", "UZB": "Uzbek|Uzbeks|Uzbekistani|Uzbekistanis",
    "VUT": "Ni-Vanuatu", "VEN": "Venezuelan|Venezuelans", "VNM": "Vietnamese", "YEM": "Yemeni|Yemenis",
    "ZMB": "Zambian|Zambians", "ZWE": "Zimbabwean|Zimbabweans",
    "VAT": "", "PSE": "Palestinian|Palestinians", "TWN": "Taiwanese", "XKX": "Kosovar|Kosovars|Kosovan|Kosovans",
    "HKG": "Hong Konger|Hong Kongers", "MAC": "Macanese", "PRI": "Puerto Rican|Puerto Ricans",
    "GRL": "Greenlandic|Greenlander|Greenlanders", "ESH": "Sahrawi|Sahrawis|Saharawi|Saharawis",
    "BMU": "Bermudian|Bermudians", "CYM": "Caymanian|Caymanians", "GIB": "Gibraltarian|Gibraltarians",
    "FRO": "Faroese", "IMN": "Manx", "ASM": "American Samoan|American Samoans",
    "NCL": "New Caledonian|New Caledonians", "PYF": "French Polynesian|French Polynesians",
    "GUM": "Guamanian|Guamanians", "CXR": "", "GGY": "", "JEY": "", "VGB": "", "VIR": "",
}

# Capitals (from countries-list) never emitted: ordinary English words, common personal names,
# or names shared with more prominent places.
CAPITAL_DENY = {
    "Malé", "Male", "Victoria", "City of Victoria", "Kingston", "Georgetown", "Saint John's",
    "St. George's", "Santiago", "San José", "Sofia", "Hamilton", "Douglas", "Stanley", "Plymouth",
    "Jamestown", "George Town", "The Valley", "West Island", "San Juan", "Saint-Denis", "Cayenne",
    "Saint-Pierre", "Washington D.C.",
}

# Extra capitals / seat-of-government cities used as metonyms (added to countries-list's capital).
CAPITALS = {
    "USA": "Washington|Washington, D.C.|Washington, DC|Washington DC",
    "IND": "Delhi", "UKR": "Kiev", "IRN": "Teheran", "CHE": "Berne", "MNG": "Ulaanbaatar",
    "MMR": "Naypyitaw|Nay Pyi Taw", "BOL": "La Paz", "BEN": "Cotonou", "CIV": "Abidjan",
    "TZA": "Dar es Salaam", "SWZ": "Mbabane", "BDI": "Bujumbura", "KIR": "Tarawa",
    "MYS": "Putrajaya", "YEM": "Sanaa", "TCD": "Ndjamena", "DJI": "Djibouti City",
    "LUX": "Luxembourg City", "KAZ": "Nur-Sultan", "TKM": "Ashkhabad", "XKX": "Prishtina|Priština",
    "ESH": "Laayoune", "GUM": "Hagatna", "LKA": "Sri Jayawardenepura Kotte",
}

# Seats of government used as metonyms.
SEATS = {
    "USA": "White House|Pentagon|Foggy Bottom",
    "RUS": "Kremlin",
    "GBR": "Downing Street|Whitehall",
    "FRA": "Élysée|Élysée Palace|Quai d'Orsay|Matignon",
    "CHN": "Zhongnanhai",
    "IND": "South Block|Raisina Hill",
    "KOR": "Blue House|Cheong Wa Dae",
    "JPN": "Kantei",
    "NLD": "The Hague",
    "PHL": "Malacañang|Malacañang Palace",
    "ARG": "Casa Rosada",
    "CHL": "La Moneda",
    "BRA": "Planalto|Planalto Palace",
    "VEN": "Miraflores Palace",
    "ITA": "Palazzo Chigi|Quirinale",
    "ESP": "Moncloa",
    "KAZ": "Akorda",
    "NGA": "Aso Rock|Aso Villa",
    "ZAF": "Union Buildings",
    "UKR": "Bankova",
}

# Surface strings claimed by more than one entry: who gets them.
PREFER = {
    "Dominican": "DOM", "Dominicans": "DOM", "Congolese": "COD", "Korea": "KOR", "Congo": "COG",
    "Guinea": "GIN", "Indian": "IND", "American": "USA", "French": "FRA", "Dutch": "NLD",
}

# Phrases that contain a listed string but do not denote that entry; a matcher should suppress
# these (or match them as non-entities) before applying the gazetteer.
BLOCKLIST = [
    "New Mexico", "Gulf of Mexico", "New Jersey", "New Guinea", "Latin America", "South America",
    "North America", "Central America", "South China Sea", "East China Sea", "Indian Ocean",
    "Sea of Japan", "Irish Sea",
    "Paris Agreement", "Paris Climate Agreement", "Rome Statute", "Vienna Convention",
    "Minsk agreements", "Oslo Accords", "Geneva Conventions", "Jordan River", "Jordan Valley",
    "Washington State", "Atlanta, Georgia", "Georgia Gov.",
]

# ---------------------------------------------------------------------------------------------
# Organisations (hand-curated, Diplograph project, CC0): code, label, names, kind.
# ---------------------------------------------------------------------------------------------
ORGANIZATIONS = [
    # United Nations system
    ("UN", "United Nations", "United Nations|UN|U.N.|United Nations Organization", "intergovernmental"),
    ("UNSC", "UN Security Council", "United Nations Security Council|UN Security Council|U.N. Security Council|Security Council|UNSC", "un-body"),
    ("UNGA", "UN General Assembly", "United Nations General Assembly|UN General Assembly|U.N. General Assembly|General Assembly|UNGA", "un-body"),
    ("ECOSOC", "UN Economic and Social Council", "United Nations Economic and Social Council|UN Economic and Social Council|Economic and Social Council|ECOSOC", "un-body"),
    ("UNHRC", "UN Human Rights Council", "United Nations Human Rights Council|UN Human Rights Council|U.N. Human Rights Council|Human Rights Council|UNHRC", "un-body"),
    ("UN-SECRETARIAT", "UN Secretariat", "United Nations Secretariat|UN Secretariat|U.N. Secretariat", "un-body"),
    ("OHCHR", "UN Human Rights Office", "Office of the United Nations High Commissioner for Human Rights|Office of the UN High Commissioner for Human Rights|UN Human Rights Office|U.N. Human Rights Office|OHCHR", "un-body"),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs|UN Office for the Coordination of Humanitarian Affairs|OCHA|UNOCHA", "un-body"),
    ("UNAMA", "UN Assistance Mission in Afghanistan", "United Nations Assistance Mission in Afghanistan|UN Assistance Mission in Afghanistan|UNAMA", "un-body"),
    ("UNIFIL", "UN Interim Force in Lebanon", "United Nations Interim Force in Lebanon|UN Interim Force in Lebanon|UNIFIL", "un-body"),
    ("MONUSCO", "UN Stabilization Mission in the DR Congo", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|MONUSCO", "un-body"),
    ("UNMISS", "UN Mission in South Sudan", "United Nations Mission in South Sudan|UN Mission in South Sudan|UNMISS", "un-body"),
    ("UNFCCC", "UN Framework Convention on Climate Change", "United Nations Framework Convention on Climate Change|UN Framework Convention on Climate Change|UNFCCC", "un-body"),
    ("UNHCR", "UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees|UN Refugee Agency|U.N. Refugee Agency|UNHCR", "un-agency"),
    ("UNICEF", "UNICEF", "United Nations Children's Fund|UN Children's Fund|UNICEF|Unicef", "un-agency"),
    ("UNESCO", "UNESCO", "United Nations Educational, Scientific and Cultural Organization|UNESCO|Unesco", "un-agency"),
    ("WFP", "World Food Programme", "World Food Programme|World Food Program|UN World Food Programme|WFP", "un-agency"),
    ("FAO", "Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations|Food and Agriculture Organization|UN Food and Agriculture Organization|FAO", "un-agency"),
    ("ILO", "International Labour Organization", "International Labour Organization|International Labor Organization|International Labour Organisation|ILO", "un-agency"),
    ("IMO", "International Maritime Organization", "International Maritime Organization|International Maritime Organisation|IMO", "un-agency"),
    ("ICAO", "International Civil Aviation Organization", "International Civil Aviation Organization|International Civil Aviation Organisation|ICAO", "un-agency"),
    ("UNDP", "UN Development Programme", "United Nations Development Programme|UN Development Programme|United Nations Development Program|UN Development Program|UNDP", "un-agency"),
    ("UNEP", "UN Environment Programme", "United Nations Environment Programme|UN Environment Programme|United Nations Environment Program|UN Environment Program|UN Environment|UNEP", "un-agency"),
    ("UNRWA", "UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East|United Nations Relief and Works Agency|UN Relief and Works Agency|UN Palestinian Refugee Agency|UNRWA", "un-agency"),
    ("WHO", "World Health Organization", "World Health Organization|World Health Organisation|WHO", "un-agency"),
    ("IAEA", "International Atomic Energy Agency", "International Atomic Energy Agency|UN Atomic Energy Agency|IAEA", "un-agency"),
    ("IMF", "International Monetary Fund", "International Monetary Fund|IMF", "un-agency"),
    ("WB", "World Bank", "World Bank|World Bank Group|International Bank for Reconstruction and Development|IBRD", "un-agency"),
    ("UNCTAD", "UN Trade and Development", "United Nations Conference on Trade and Development|UN Conference on Trade and Development|UN Trade and Development|UNCTAD", "un-agency"),
    ("UNFPA", "UN Population Fund", "United Nations Population Fund|UN Population Fund|UNFPA", "un-agency"),
    ("UN-WOMEN", "UN Women", "UN Women|United Nations Entity for Gender Equality and the Empowerment of Women", "un-agency"),
    ("UNODC", "UN Office on Drugs and Crime", "United Nations Office on Drugs and Crime|UN Office on Drugs and Crime|UNODC", "un-agency"),
    ("UNIDO", "UN Industrial Development Organization", "United Nations Industrial Development Organization|UN Industrial Development Organization|UNIDO", "un-agency"),
    ("ITU", "International Telecommunication Union", "International Telecommunication Union|ITU", "un-agency"),
    ("WMO", "World Meteorological Organization", "World Meteorological Organization|WMO", "un-agency"),
    ("WIPO", "World Intellectual Property Organization", "World Intellectual Property Organization|WIPO", "un-agency"),
    ("IFAD", "International Fund for Agricultural Development", "International Fund for Agricultural Development|IFAD", "un-agency"),
    ("UN-HABITAT", "UN-Habitat", "UN-Habitat|United Nations Human Settlements Programme", "un-agency"),
    ("UNAIDS", "UNAIDS", "Joint United Nations Programme on HIV/AIDS|UNAIDS", "un-agency"),
    ("IOM", "International Organization for Migration", "International Organization for Migration|UN Migration Agency|IOM", "un-agency"),
    ("ICJ", "International Court of Justice", "International Court of Justice|World Court|ICJ", "court"),
    ("ICC", "International Criminal Court", "International Criminal Court|ICC", "court"),
    ("PCA", "Permanent Court of Arbitration", "Permanent Court of Arbitration", "court"),
    ("ITLOS", "International Tribunal for the Law of the Sea", "International Tribunal for the Law of the Sea|ITLOS", "court"),
    ("ECHR", "European Court of Human Rights", "European Court of Human Rights|ECtHR", "court"),
    ("CJEU", "Court of Justice of the European Union", "Court of Justice of the European Union|European Court of Justice|CJEU|ECJ", "court"),
    # European Union
    ("EU", "European Union", "European Union|EU|E.U.", "intergovernmental"),
    ("EC", "European Commission", "European Commission|EU Commission|E.U. Commission", "eu-institution"),
    ("EUCO", "European Council", "European Council", "eu-institution"),
    ("CONSILIUM", "Council of the European Union", "Council of the European Union|Council of the EU|EU Council", "eu-institution"),
    ("EP", "European Parliament", "European Parliament|EU Parliament", "eu-institution"),
    ("EEAS", "European External Action Service", "European External Action Service|EEAS", "eu-institution"),
    # Security and political organisations
    ("NATO", "NATO", "North Atlantic Treaty Organization|North Atlantic Treaty Organisation|NATO|Nato|N.A.T.O.|North Atlantic Alliance|Atlantic Alliance", "intergovernmental"),
    ("OSCE", "OSCE", "Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe|OSCE", "intergovernmental"),
    ("COE", "Council of Europe", "Council of Europe", "intergovernmental"),
    ("CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO", "intergovernmental"),
    ("CIS", "Commonwealth of Independent States", "Commonwealth of Independent States|CIS", "intergovernmental"),
    ("EAEU", "Eurasian Economic Union", "Eurasian Economic Union|EAEU|EEU", "intergovernmental"),
    ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO", "intergovernmental"),
    ("OTS", "Organization of Turkic States", "Organization of Turkic States|Organisation of Turkic States|Turkic Council", "intergovernmental"),
    ("ECO", "Economic Cooperation Organization", "Economic Cooperation Organization|Economic Cooperation Organisation", "intergovernmental"),
    ("QUAD", "Quad", "Quadrilateral Security Dialogue|Quad", "forum"),
    ("AUKUS", "AUKUS", "AUKUS", "intergovernmental"),
    ("FIVE-EYES", "Five Eyes", "Five Eyes|Five Eyes alliance|FVEY", "intergovernmental"),
    ("OPCW", "Organisation for the Prohibition of Chemical Weapons", "Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons|OPCW", "intergovernmental"),
    ("CTBTO", "CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO", "intergovernmental"),
    ("INTERPOL", "Interpol", "International Criminal Police Organization|Interpol|INTERPOL", "intergovernmental"),
    ("FATF", "Financial Action Task Force", "Financial Action Task Force|FATF", "intergovernmental"),
    ("NAM", "Non-Aligned Movement", "Non-Aligned Movement|Nonaligned Movement|NAM", "forum"),
    ("G77", "Group of 77", "Group of 77|G77|G-77", "forum"),
    ("COMMONWEALTH", "Commonwealth of Nations", "Commonwealth of Nations|Commonwealth|Commonwealth Secretariat", "intergovernmental"),
    ("OIF", "Organisation internationale de la Francophonie", "Organisation internationale de la Francophonie|International Organisation of La Francophonie|Francophonie", "intergovernmental"),
    ("CPLP", "Community of Portuguese Language Countries", "Community of Portuguese Language Countries|Community of Portuguese-Speaking Countries|CPLP", "intergovernmental"),
    ("ARCTIC-COUNCIL", "Arctic Council", "Arctic Council", "forum"),
    ("NORDIC-COUNCIL", "Nordic Council", "Nordic Council", "intergovernmental"),
    ("V4", "Visegrad Group", "Visegrad Group|Visegrád Group|Visegrad Four|Visegrád Four|V4", "forum"),
    # Economic groupings and fora
    ("G7", "G7", "G7|G-7|Group of Seven", "forum"),
    ("G20", "G20", "G20|G-20|Group of Twenty|Group of 20", "forum"),
    ("BRICS", "BRICS", "BRICS", "forum"),
    ("OPEC", "OPEC", "Organization of the Petroleum Exporting Countries|OPEC", "intergovernmental"),
    ("OPEC-PLUS", "OPEC+", "OPEC+|OPEC Plus|OPEC-plus", "forum"),
    ("OECD", "OECD", "Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|OECD", "intergovernmental"),
    ("WTO", "World Trade Organization", "World Trade Organization|World Trade Organisation|WTO", "intergovernmental"),
    ("APEC", "APEC", "Asia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation|APEC", "forum"),
    ("IEA", "International Energy Agency", "International Energy Agency|IEA", "intergovernmental"),
    ("WEF", "World Economic Forum", "World Economic Forum|WEF", "forum"),
    ("EFTA", "European Free Trade Association", "European Free Trade Association|EFTA", "intergovernmental"),
    # Development banks
    ("ADB", "Asian Development Bank", "Asian Development Bank|ADB", "intergovernmental"),
    ("AIIB", "Asian Infrastructure Investment Bank", "Asian Infrastructure Investment Bank|AIIB", "intergovernmental"),
    ("NDB", "New Development Bank", "New Development Bank|BRICS Bank", "intergovernmental"),
    ("AFDB", "African Development Bank", "African Development Bank|AfDB", "intergovernmental"),
    ("EBRD", "European Bank for Reconstruction and Development", "European Bank for Reconstruction and Development|EBRD", "intergovernmental"),
    ("IADB", "Inter-American Development Bank", "Inter-American Development Bank|IADB", "intergovernmental"),
    ("ISDB", "Islamic Development Bank", "Islamic Development Bank|IsDB", "intergovernmental"),
    # Regional organisations: Africa
    ("AU", "African Union", "African Union|AU|A.U.", "intergovernmental"),
    ("AUC", "African Union Commission", "African Union Commission|AU Commission", "intergovernmental"),
    ("ECOWAS", "ECOWAS", "Economic Community of West African States|ECOWAS|Ecowas", "intergovernmental"),
    ("SADC", "Southern African Development Community", "Southern African Development Community|SADC", "intergovernmental"),
    ("IGAD", "Intergovernmental Authority on Development", "Intergovernmental Authority on Development|IGAD", "intergovernmental"),
    ("EAC", "East African Community", "East African Community|EAC", "intergovernmental"),
    ("ECCAS", "Economic Community of Central African States", "Economic Community of Central African States|ECCAS", "intergovernmental"),
    ("COMESA", "COMESA", "Common Market for Eastern and Southern Africa|COMESA", "intergovernmental"),
    ("AES", "Alliance of Sahel States", "Alliance of Sahel States|Confederation of Sahel States", "intergovernmental"),
    # Regional organisations: Middle East and Islamic world
    ("LAS", "Arab League", "Arab League|League of Arab States", "intergovernmental"),
    ("GCC", "Gulf Cooperation Council", "Gulf Cooperation Council|Gulf Co-operation Council|Cooperation Council for the Arab States of the Gulf|GCC", "intergovernmental"),
    ("OIC", "Organisation of Islamic Cooperation", "Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference|OIC", "intergovernmental"),
    # Regional organisations: Asia and the Pacific
    ("ASEAN", "ASEAN", "Association of Southeast Asian Nations|Association of South East Asian Nations|Association of South-East Asian Nations|ASEAN|Asean", "intergovernmental"),
    ("ARF", "ASEAN Regional Forum", "ASEAN Regional Forum", "forum"),
    ("EAS", "East Asia Summit", "East Asia Summit", "forum"),
    ("SAARC", "SAARC", "South Asian Association for Regional Cooperation|SAARC", "intergovernmental"),
    ("BIMSTEC", "BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation|BIMSTEC", "intergovernmental"),
    ("MRC", "Mekong River Commission", "Mekong River Commission", "intergovernmental"),
    ("LMC", "Lancang-Mekong Cooperation", "Lancang-Mekong Cooperation|Mekong-Lancang Cooperation", "forum"),
    ("MGC", "Mekong-Ganga Cooperation", "Mekong-Ganga Cooperation", "forum"),
    ("PIF", "Pacific Islands Forum", "Pacific Islands Forum|PIF", "intergovernmental"),
    ("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", "Conference on Interaction and Confidence-Building Measures in Asia|Conference on Interaction and Confidence Building Measures in Asia|CICA", "forum"),
    # Regional organisations: Americas
    ("OAS", "Organization of American States", "Organization of American States|OAS", "intergovernmental"),
    ("CELAC", "CELAC", "Community of Latin American and Caribbean States|CELAC", "intergovernmental"),
    ("CARICOM", "CARICOM", "Caribbean Community|CARICOM|Caricom", "intergovernmental"),
    ("MERCOSUR", "Mercosur", "Mercosur|MERCOSUR|Southern Common Market", "intergovernmental"),
    ("CAN-ANDEAN", "Andean Community", "Andean Community", "intergovernmental"),
    ("SICA", "Central American Integration System", "Central American Integration System|SICA", "intergovernmental"),
    ("ALBA", "ALBA-TCP", "Bolivarian Alliance for the Peoples of Our America|ALBA-TCP", "intergovernmental"),
    # Non-governmental organisations
    ("ICRC", "International Committee of the Red Cross", "International Committee of the Red Cross|ICRC|Red Cross", "ngo"),
    ("IFRC", "International Federation of Red Cross and Red Crescent Societies", "International Federation of Red Cross and Red Crescent Societies|IFRC", "ngo"),
    ("AMNESTY", "Amnesty International", "Amnesty International|Amnesty", "ngo"),
    ("HRW", "Human Rights Watch", "Human Rights Watch|HRW", "ngo"),
    ("MSF", "Médecins Sans Frontières", "Médecins Sans Frontières|Medecins Sans Frontieres|Doctors Without Borders|MSF", "ngo"),
    ("OXFAM", "Oxfam", "Oxfam|Oxfam International", "ngo"),
    ("SAVE-THE-CHILDREN", "Save the Children", "Save the Children", "ngo"),
    ("IRC", "International Rescue Committee", "International Rescue Committee", "ngo"),
    ("NRC", "Norwegian Refugee Council", "Norwegian Refugee Council", "ngo"),
    ("CPJ", "Committee to Protect Journalists", "Committee to Protect Journalists|CPJ", "ngo"),
    ("RSF", "Reporters Without Borders", "Reporters Without Borders|Reporters Sans Frontières|Reporters Sans Frontieres|RSF", "ngo"),
    ("TI", "Transparency International", "Transparency International", "ngo"),
    ("ICG", "International Crisis Group", "International Crisis Group|Crisis Group", "ngo"),
]

# ---------------------------------------------------------------------------------------------
# News media (hand-curated, Diplograph project, CC0): code, label, names, country, kind.
# country = ISO 3166-1 alpha-3 of the outlet's headquarters (empty when none applies).
# ---------------------------------------------------------------------------------------------
MEDIA = [
    # Wire services and news agencies
    ("REUTERS", "Reuters", "Reuters|Thomson Reuters", "GBR", "agency"),
    ("AP", "Associated Press", "Associated Press|The Associated Press|AP", "USA", "agency"),
    ("AFP", "Agence France-Presse", "Agence France-Presse|Agence France Presse|AFP", "FRA", "agency"),
    ("UPI", "United Press International", "United Press International|UPI", "USA", "agency"),
    ("BLOOMBERG", "Bloomberg", "Bloomberg|Bloomberg News", "USA", "agency"),
    ("ANI", "Asian News International", "Asian News International|ANI", "IND", "agency"),
    ("PTI", "Press Trust of India", "Press Trust of India|PTI", "IND", "agency"),
    ("IANS", "Indo-Asian News Service", "Indo-Asian News Service|IANS", "IND", "agency"),
    ("UNI", "United News of India", "United News of India|UNI", "IND", "agency"),
    ("APP", "Associated Press of Pakistan", "Associated Press of Pakistan|APP", "PAK", "agency"),
    ("XINHUA", "Xinhua", "Xinhua|Xinhua News Agency", "CHN", "agency"),
    ("CNS", "China News Service", "China News Service", "CHN", "agency"),
    ("TASS", "TASS", "TASS|Tass|ITAR-TASS", "RUS", "agency"),
    ("RIA", "RIA Novosti", "RIA Novosti|RIA", "RUS", "agency"),
    ("INTERFAX", "Interfax", "Interfax", "RUS", "agency"),
    ("KYODO", "Kyodo News", "Kyodo News|Kyodo", "JPN", "agency"),
    ("JIJI", "Jiji Press", "Jiji Press|Jiji", "JPN", "agency"),
    ("YONHAP", "Yonhap", "Yonhap|Yonhap News Agency", "KOR", "agency"),
    ("KCNA", "Korean Central News Agency", "Korean Central News Agency|KCNA", "PRK", "agency"),
    ("IRNA", "Islamic Republic News Agency", "Islamic Republic News Agency|IRNA", "IRN", "agency"),
    ("TASNIM", "Tasnim News Agency", "Tasnim News Agency|Tasnim", "IRN", "agency"),
    ("FARS", "Fars News Agency", "Fars News Agency|Fars", "IRN", "agency"),
    ("MEHR", "Mehr News Agency", "Mehr News Agency|Mehr", "IRN", "agency"),
    ("ISNA", "Iranian Students' News Agency", "Iranian Students' News Agency|Iranian Students News Agency|ISNA", "IRN", "agency"),
    ("ANADOLU", "Anadolu Agency", "Anadolu Agency|Anadolu|Anadolu Ajansı", "TUR", "agency"),
    ("DPA", "Deutsche Presse-Agentur", "Deutsche Presse-Agentur|DPA|dpa", "DEU", "agency"),
    ("EFE", "EFE", "EFE|Agencia EFE", "ESP", "agency"),
    ("ANSA", "ANSA", "ANSA|Agenzia Nazionale Stampa Associata", "ITA", "agency"),
    ("LUSA", "Lusa", "Lusa|Lusa News Agency", "PRT", "agency"),
    ("BERNAMA", "Bernama", "Bernama|Malaysian National News Agency", "MYS", "agency"),
    ("ANTARA", "Antara", "Antara|Antara News Agency", "IDN", "agency"),
    ("PNA", "Philippine News Agency", "Philippine News Agency|PNA", "PHL", "agency"),
    ("VNA", "Vietnam News Agency", "Vietnam News Agency|VNA", "VNM", "agency"),
    ("CNA-TW", "Central News Agency", "Central News Agency|Focus Taiwan", "TWN", "agency"),
    ("SPA", "Saudi Press Agency", "Saudi Press Agency|SPA", "SAU", "agency"),
    ("WAM", "Emirates News Agency", "Emirates News Agency|WAM", "ARE", "agency"),
    ("QNA", "Qatar News Agency", "Qatar News Agency|QNA", "QAT", "agency"),
    ("KUNA", "Kuwait News Agency", "Kuwait News Agency|KUNA", "KWT", "agency"),
    ("BNA", "Bahrain News Agency", "Bahrain News Agency|BNA", "BHR", "agency"),
    ("ONA", "Oman News Agency", "Oman News Agency|ONA", "OMN", "agency"),
    ("MENA", "Middle East News Agency", "Middle East News Agency", "EGY", "agency"),
    ("PETRA", "Petra", "Jordan News Agency|Petra News Agency|Petra", "JOR", "agency"),
    ("SANA", "Syrian Arab News Agency", "Syrian Arab News Agency|SANA", "SYR", "agency"),
    ("NNA", "National News Agency", "National News Agency|NNA", "LBN", "agency"),
    ("INA", "Iraqi News Agency", "Iraqi News Agency", "IRQ", "agency"),
    ("WAFA", "WAFA", "WAFA|Wafa|Palestinian News and Information Agency", "PSE", "agency"),
    ("MAAN", "Ma'an News Agency", "Ma'an News Agency|Ma'an", "PSE", "agency"),
    ("SABA", "Saba News Agency", "Saba News Agency", "YEM", "agency"),
    ("BSS", "Bangladesh Sangbad Sangstha", "Bangladesh Sangbad Sangstha|BSS", "BGD", "agency"),
    ("UKRINFORM", "Ukrinform", "Ukrinform", "UKR", "agency"),
    ("UNIAN", "UNIAN", "UNIAN", "UKR", "agency"),
    ("BELTA", "BelTA", "BelTA|Belarusian Telegraph Agency", "BLR", "agency"),
    ("KAZINFORM", "Kazinform", "Kazinform", "KAZ", "agency"),
    ("AZERTAC", "AZERTAC", "AZERTAC|Azertac|Azerbaijan State News Agency", "AZE", "agency"),
    ("ARMENPRESS", "Armenpress", "Armenpress", "ARM", "agency"),
    ("PAP", "Polish Press Agency", "Polish Press Agency|PAP", "POL", "agency"),
    ("CTK", "Czech News Agency", "Czech News Agency|ČTK|CTK", "CZE", "agency"),
    ("AGERPRES", "Agerpres", "Agerpres", "ROU", "agency"),
    ("BTA", "Bulgarian News Agency", "Bulgarian News Agency|BTA", "BGR", "agency"),
    ("TANJUG", "Tanjug", "Tanjug", "SRB", "agency"),
    ("CP", "The Canadian Press", "The Canadian Press|Canadian Press", "CAN", "agency"),
    ("AAP", "Australian Associated Press", "Australian Associated Press|AAP", "AUS", "agency"),
    ("PRENSA-LATINA", "Prensa Latina", "Prensa Latina", "CUB", "agency"),
    ("AGENCIA-BRASIL", "Agência Brasil", "Agência Brasil|Agencia Brasil", "BRA", "agency"),
    ("APS", "Algérie Presse Service", "Algérie Presse Service|Algerie Presse Service|Algeria Press Service", "DZA", "agency"),
    ("TAP", "Tunis Afrique Presse", "Tunis Afrique Presse", "TUN", "agency"),
    ("MAP", "Maghreb Arabe Presse", "Maghreb Arabe Presse|Agence Maghreb Arabe Presse", "MAR", "agency"),
    ("SUNA", "Sudan News Agency", "Sudan News Agency|SUNA", "SDN", "agency"),
    ("ENA", "Ethiopian News Agency", "Ethiopian News Agency", "ETH", "agency"),
    ("NAN", "News Agency of Nigeria", "News Agency of Nigeria", "NGA", "agency"),
    ("GNA", "Ghana News Agency", "Ghana News Agency", "GHA", "agency"),
    # United States
    ("NYT", "The New York Times", "The New York Times|New York Times|NYT|NY Times", "USA", "newspaper"),
    ("WAPO", "The Washington Post", "The Washington Post|Washington Post", "USA", "newspaper"),
    ("WSJ", "The Wall Street Journal", "The Wall Street Journal|Wall Street Journal|WSJ", "USA", "newspaper"),
    ("USA-TODAY", "USA Today", "USA Today|USA TODAY", "USA", "newspaper"),
    ("LAT", "Los Angeles Times", "Los Angeles Times|LA Times", "USA", "newspaper"),
    ("WASHINGTON-TIMES", "The Washington Times", "The Washington Times|Washington Times", "USA", "newspaper"),
    ("NY-POST", "New York Post", "New York Post|The New York Post", "USA", "newspaper"),
    ("CSM", "The Christian Science Monitor", "The Christian Science Monitor|Christian Science Monitor", "USA", "newspaper"),
    ("NEWSWEEK", "Newsweek", "Newsweek", "USA", "newspaper"),
    ("CNN", "CNN", "CNN|Cable News Network", "USA", "broadcaster"),
    ("FOX-NEWS", "Fox News", "Fox News|Fox News Channel", "USA", "broadcaster"),
    ("ABC-NEWS", "ABC News", "ABC News", "USA", "broadcaster"),
    ("CBS-NEWS", "CBS News", "CBS News|CBS", "USA", "broadcaster"),
    ("NBC-NEWS", "NBC News", "NBC News|NBC", "USA", "broadcaster"),
    ("MSNBC", "MSNBC", "MSNBC", "USA", "broadcaster"),
    ("CNBC", "CNBC", "CNBC", "USA", "broadcaster"),
    ("NPR", "NPR", "NPR|National Public Radio", "USA", "broadcaster"),
    ("PBS", "PBS", "PBS|PBS NewsHour", "USA", "broadcaster"),
    ("VOA", "Voice of America", "Voice of America|VOA", "USA", "broadcaster"),
    ("RFERL", "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty|Radio Free Europe|RFE/RL|Radio Liberty", "CZE", "broadcaster"),
    ("RFA", "Radio Free Asia", "Radio Free Asia|RFA", "USA", "broadcaster"),
    ("POLITICO", "Politico", "Politico|POLITICO", "USA", "online"),
    ("AXIOS", "Axios", "Axios", "USA", "online"),
    ("SEMAFOR", "Semafor", "Semafor", "USA", "online"),
    ("BUSINESS-INSIDER", "Business Insider", "Business Insider", "USA", "online"),
    ("AL-MONITOR", "Al-Monitor", "Al-Monitor|Al Monitor", "USA", "online"),
    ("DEFENSE-NEWS", "Defense News", "Defense News", "USA", "online"),
    ("NK-NEWS", "NK News", "NK News", "KOR", "online"),
    ("EURASIANET", "Eurasianet", "Eurasianet|EurasiaNet", "USA", "online"),
    # United Kingdom and Ireland
    ("BBC", "BBC", "BBC|BBC News|British Broadcasting Corporation|BBC World Service", "GBR", "broadcaster"),
    ("SKY-NEWS", "Sky News", "Sky News", "GBR", "broadcaster"),
    ("ITV-NEWS", "ITV News", "ITV News|ITV", "GBR", "broadcaster"),
    ("CHANNEL-4-NEWS", "Channel 4 News", "Channel 4 News", "GBR", "broadcaster"),
    ("GUARDIAN", "The Guardian", "The Guardian|Guardian", "GBR", "newspaper"),
    ("FT", "Financial Times", "Financial Times|FT", "GBR", "newspaper"),
    ("TELEGRAPH", "The Daily Telegraph", "The Daily Telegraph|Daily Telegraph", "GBR", "newspaper"),
    ("SUNDAY-TIMES", "The Sunday Times", "The Sunday Times", "GBR", "newspaper"),
    ("ECONOMIST", "The Economist", "The Economist", "GBR", "newspaper"),
    ("DAILY-MAIL", "Daily Mail", "Daily Mail|Mail Online|MailOnline", "GBR", "newspaper"),
    ("MEE", "Middle East Eye", "Middle East Eye", "GBR", "online"),
    ("NEW-ARAB", "The New Arab", "The New Arab", "GBR", "online"),
    ("IRAN-INTERNATIONAL", "Iran International", "Iran International", "GBR", "broadcaster"),
    ("IRISH-TIMES", "The Irish Times", "The Irish Times|Irish Times", "IRL", "newspaper"),
    ("IRISH-INDEPENDENT", "Irish Independent", "Irish Independent", "IRL", "newspaper"),
    ("RTE", "RTÉ", "RTÉ|RTE|Raidió Teilifís Éireann", "IRL", "broadcaster"),
    # Europe
    ("LE-MONDE", "Le Monde", "Le Monde", "FRA", "newspaper"),
    ("LE-FIGARO", "Le Figaro", "Le Figaro", "FRA", "newspaper"),
    ("LIBERATION", "Libération", "Libération", "FRA", "newspaper"),
    ("LES-ECHOS", "Les Echos", "Les Echos", "FRA", "newspaper"),
    ("JEUNE-AFRIQUE", "Jeune Afrique", "Jeune Afrique", "FRA", "newspaper"),
    ("FRANCE24", "France 24", "France 24|France24", "FRA", "broadcaster"),
    ("RFI", "Radio France Internationale", "Radio France Internationale|RFI", "FRA", "broadcaster"),
    ("BFMTV", "BFMTV", "BFMTV|BFM TV", "FRA", "broadcaster"),
    ("EURONEWS", "Euronews", "Euronews", "FRA", "broadcaster"),
    ("SPIEGEL", "Der Spiegel", "Der Spiegel|Spiegel|Spiegel Online", "DEU", "newspaper"),
    ("ZEIT", "Die Zeit", "Die Zeit", "DEU", "newspaper"),
    ("FAZ", "Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine|FAZ", "DEU", "newspaper"),
    ("SZ", "Süddeutsche Zeitung", "Süddeutsche Zeitung|Sueddeutsche Zeitung|Suddeutsche Zeitung", "DEU", "newspaper"),
    ("WELT", "Die Welt", "Die Welt", "DEU", "newspaper"),
    ("BILD", "Bild", "Bild|Bild am Sonntag", "DEU", "newspaper"),
    ("HANDELSBLATT", "Handelsblatt", "Handelsblatt", "DEU", "newspaper"),
    ("DW", "Deutsche Welle", "Deutsche Welle|DW", "DEU", "broadcaster"),
    ("ARD", "ARD", "ARD|Tagesschau", "DEU", "broadcaster"),
    ("ZDF", "ZDF", "ZDF", "DEU", "broadcaster"),
    ("EL-PAIS", "El País", "El País|El Pais", "ESP", "newspaper"),
    ("EL-MUNDO", "El Mundo", "El Mundo", "ESP", "newspaper"),
    ("LA-VANGUARDIA", "La Vanguardia", "La Vanguardia", "ESP", "newspaper"),
    ("CORRIERE", "Corriere della Sera", "Corriere della Sera", "ITA", "newspaper"),
    ("REPUBBLICA", "La Repubblica", "La Repubblica", "ITA", "newspaper"),
    ("LA-STAMPA", "La Stampa", "La Stampa", "ITA", "newspaper"),
    ("RAI", "RAI", "RAI|Rai", "ITA", "broadcaster"),
    ("NOS", "NOS", "NOS", "NLD", "broadcaster"),
    ("NRC-HANDELSBLAD", "NRC", "NRC Handelsblad", "NLD", "newspaper"),
    ("DE-TELEGRAAF", "De Telegraaf", "De Telegraaf", "NLD", "newspaper"),
    ("MOSCOW-TIMES", "The Moscow Times", "The Moscow Times|Moscow Times", "NLD", "online"),
    ("LE-SOIR", "Le Soir", "Le Soir", "BEL", "newspaper"),
    ("POLITICO-EUROPE", "Politico Europe", "Politico Europe|POLITICO Europe", "BEL", "online"),
    ("EUOBSERVER", "EUobserver", "EUobserver", "BEL", "online"),
    ("EURACTIV", "Euractiv", "Euractiv|EURACTIV", "BEL", "online"),
    ("NZZ", "Neue Zürcher Zeitung", "Neue Zürcher Zeitung|Neue Zurcher Zeitung|NZZ", "CHE", "newspaper"),
    ("SWISSINFO", "Swissinfo", "Swissinfo|SWI swissinfo.ch", "CHE", "online"),
    ("DER-STANDARD", "Der Standard", "Der Standard", "AUT", "newspaper"),
    ("ORF", "ORF", "ORF", "AUT", "broadcaster"),
    ("KATHIMERINI", "Kathimerini", "Kathimerini|eKathimerini", "GRC", "newspaper"),
    ("CYPRUS-MAIL", "Cyprus Mail", "Cyprus Mail", "CYP", "newspaper"),
    ("YLE", "Yle", "Yle", "FIN", "broadcaster"),
    ("HELSINGIN-SANOMAT", "Helsingin Sanomat", "Helsingin Sanomat", "FIN", "newspaper"),
    ("SVT", "SVT", "SVT|Sveriges Television", "SWE", "broadcaster"),
    ("DAGENS-NYHETER", "Dagens Nyheter", "Dagens Nyheter", "SWE", "newspaper"),
    ("NRK", "NRK", "NRK", "NOR", "broadcaster"),
    ("AFTENPOSTEN", "Aftenposten", "Aftenposten", "NOR", "newspaper"),
    ("POLITIKEN", "Politiken", "Politiken", "DNK", "newspaper"),
    ("GAZETA-WYBORCZA", "Gazeta Wyborcza", "Gazeta Wyborcza", "POL", "newspaper"),
    ("RZECZPOSPOLITA", "Rzeczpospolita", "Rzeczpospolita", "POL", "newspaper"),
    ("TVP", "TVP", "TVP|Telewizja Polska", "POL", "broadcaster"),
    ("ERR", "ERR", "ERR|ERR News", "EST", "broadcaster"),
    ("LRT", "LRT", "LRT", "LTU", "broadcaster"),
    ("BALKAN-INSIGHT", "Balkan Insight", "Balkan Insight|BIRN", "BIH", "online"),
    # Russia, Ukraine, Turkey, Caucasus
    ("SPUTNIK", "Sputnik", "Sputnik|Sputnik News", "RUS", "agency"),
    ("RT", "RT", "RT|Russia Today", "RUS", "broadcaster"),
    ("KOMMERSANT", "Kommersant", "Kommersant", "RUS", "newspaper"),
    ("IZVESTIA", "Izvestia", "Izvestia", "RUS", "newspaper"),
    ("VEDOMOSTI", "Vedomosti", "Vedomosti", "RUS", "newspaper"),
    ("RBC", "RBC", "RBC|RBK", "RUS", "online"),
    ("ROSSIYSKAYA-GAZETA", "Rossiyskaya Gazeta", "Rossiyskaya Gazeta", "RUS", "newspaper"),
    ("NOVAYA-GAZETA", "Novaya Gazeta", "Novaya Gazeta", "RUS", "newspaper"),
    ("MEDUZA", "Meduza", "Meduza", "LVA", "online"),
    ("KYIV-INDEPENDENT", "The Kyiv Independent", "The Kyiv Independent|Kyiv Independent", "UKR", "online"),
    ("KYIV-POST", "Kyiv Post", "Kyiv Post|The Kyiv Post", "UKR", "newspaper"),
    ("UKRAINSKA-PRAVDA", "Ukrainska Pravda", "Ukrainska Pravda|Ukrainian Pravda", "UKR", "online"),
    ("SUSPILNE", "Suspilne", "Suspilne", "UKR", "broadcaster"),
    ("DAILY-SABAH", "Daily Sabah", "Daily Sabah", "TUR", "newspaper"),
    ("HURRIYET", "Hürriyet", "Hürriyet|Hurriyet|Hürriyet Daily News|Hurriyet Daily News", "TUR", "newspaper"),
    ("TRT", "TRT", "TRT|TRT World|TRT Haber", "TUR", "broadcaster"),
    ("YENI-SAFAK", "Yeni Şafak", "Yeni Şafak|Yeni Safak", "TUR", "newspaper"),
    ("MILLIYET", "Milliyet", "Milliyet", "TUR", "newspaper"),
    ("CUMHURIYET", "Cumhuriyet", "Cumhuriyet", "TUR", "newspaper"),
    # Middle East
    ("AL-JAZEERA", "Al Jazeera", "Al Jazeera|Al-Jazeera|Aljazeera|Al Jazeera English", "QAT", "broadcaster"),
    ("GULF-TIMES", "Gulf Times", "Gulf Times", "QAT", "newspaper"),
    ("AL-ARABIYA", "Al Arabiya", "Al Arabiya|Al-Arabiya", "SAU", "broadcaster"),
    ("ASHARQ-AL-AWSAT", "Asharq Al-Awsat", "Asharq Al-Awsat|Asharq al-Awsat|Asharq Alawsat", "SAU", "newspaper"),
    ("ARAB-NEWS", "Arab News", "Arab News", "SAU", "newspaper"),
    ("SAUDI-GAZETTE", "Saudi Gazette", "Saudi Gazette", "SAU", "newspaper"),
    ("THE-NATIONAL", "The National", "The National", "ARE", "newspaper"),
    ("GULF-NEWS", "Gulf News", "Gulf News", "ARE", "newspaper"),
    ("KHALEEJ-TIMES", "Khaleej Times", "Khaleej Times", "ARE", "newspaper"),
    ("SKY-NEWS-ARABIA", "Sky News Arabia", "Sky News Arabia", "ARE", "broadcaster"),
    ("TIMES-OF-OMAN", "Times of Oman", "Times of Oman", "OMN", "newspaper"),
    ("KUWAIT-TIMES", "Kuwait Times", "Kuwait Times", "KWT", "newspaper"),
    ("GULF-DAILY-NEWS", "Gulf Daily News", "Gulf Daily News", "BHR", "newspaper"),
    ("HAARETZ", "Haaretz", "Haaretz", "ISR", "newspaper"),
    ("TIMES-OF-ISRAEL", "The Times of Israel", "The Times of Israel|Times of Israel", "ISR", "online"),
    ("JERUSALEM-POST", "The Jerusalem Post", "The Jerusalem Post|Jerusalem Post", "ISR", "newspaper"),
    ("YNET", "Ynet", "Ynet|Ynetnews|Yedioth Ahronoth|Yediot Aharonot", "ISR", "online"),
    ("ISRAEL-HAYOM", "Israel Hayom", "Israel Hayom", "ISR", "newspaper"),
    ("I24NEWS", "i24NEWS", "i24NEWS|i24 News", "ISR", "broadcaster"),
    ("PRESS-TV", "Press TV", "Press TV|PressTV", "IRN", "broadcaster"),
    ("TEHRAN-TIMES", "Tehran Times", "Tehran Times|The Tehran Times", "IRN", "newspaper"),
    ("KAYHAN", "Kayhan", "Kayhan", "IRN", "newspaper"),
    ("IRIB", "IRIB", "Islamic Republic of Iran Broadcasting|IRIB", "IRN", "broadcaster"),
    ("AL-AHRAM", "Al-Ahram", "Al-Ahram|Al Ahram|Ahram Online", "EGY", "newspaper"),
    ("AL-MASRY-AL-YOUM", "Al-Masry Al-Youm", "Al-Masry Al-Youm|Al Masry Al Youm|Egypt Independent", "EGY", "newspaper"),
    ("MADA-MASR", "Mada Masr", "Mada Masr", "EGY", "online"),
    ("JORDAN-TIMES", "The Jordan Times", "The Jordan Times|Jordan Times", "JOR", "newspaper"),
    ("LORIENT-LE-JOUR", "L'Orient-Le Jour", "L'Orient-Le Jour|L'Orient Today", "LBN", "newspaper"),
    ("ANNAHAR", "An-Nahar", "An-Nahar|Annahar|An Nahar", "LBN", "newspaper"),
    ("AL-MAYADEEN", "Al Mayadeen", "Al Mayadeen|Al-Mayadeen", "LBN", "broadcaster"),
    ("AL-MANAR", "Al-Manar", "Al-Manar|Al Manar", "LBN", "broadcaster"),
    ("RUDAW", "Rudaw", "Rudaw", "IRQ", "broadcaster"),
    ("KURDISTAN24", "Kurdistan 24", "Kurdistan 24|Kurdistan24", "IRQ", "broadcaster"),
    ("SHAFAQ", "Shafaq News", "Shafaq News", "IRQ", "online"),
    ("AL-MASIRAH", "Al Masirah", "Al Masirah|Al-Masirah", "YEM", "broadcaster"),
    # South Asia
    ("DAWN", "Dawn", "Dawn|Dawn News|DawnNews", "PAK", "newspaper"),
    ("EXPRESS-TRIBUNE", "The Express Tribune", "The Express Tribune|Express Tribune", "PAK", "newspaper"),
    ("THE-NEWS", "The News International", "The News International", "PAK", "newspaper"),
    ("GEO", "Geo News", "Geo News|Geo TV", "PAK", "broadcaster"),
    ("ARY", "ARY News", "ARY News|ARY", "PAK", "broadcaster"),
    ("DUNYA", "Dunya News", "Dunya News", "PAK", "broadcaster"),
    ("SAMAA", "Samaa TV", "Samaa TV|Samaa News|SAMAA", "PAK", "broadcaster"),
    ("PTV", "PTV", "Pakistan Television|PTV|PTV News", "PAK", "broadcaster"),
    ("RADIO-PAKISTAN", "Radio Pakistan", "Radio Pakistan", "PAK", "broadcaster"),
    ("BUSINESS-RECORDER", "Business Recorder", "Business Recorder", "PAK", "newspaper"),
    ("PAKISTAN-TODAY", "Pakistan Today", "Pakistan Today", "PAK", "newspaper"),
    ("THE-HINDU", "The Hindu", "The Hindu", "IND", "newspaper"),
    ("TOI", "The Times of India", "The Times of India|Times of India|TOI", "IND", "newspaper"),
    ("HT", "Hindustan Times", "Hindustan Times", "IND", "newspaper"),
    ("INDIAN-EXPRESS", "The Indian Express", "The Indian Express|Indian Express", "IND", "newspaper"),
    ("ECONOMIC-TIMES", "The Economic Times", "The Economic Times|Economic Times", "IND", "newspaper"),
    ("BUSINESS-STANDARD", "Business Standard", "Business Standard", "IND", "newspaper"),
    ("DECCAN-HERALD", "Deccan Herald", "Deccan Herald", "IND", "newspaper"),
    ("THE-TRIBUNE", "The Tribune", "The Tribune", "IND", "newspaper"),
    ("LIVEMINT", "Mint", "Livemint|LiveMint", "IND", "newspaper"),
    ("NDTV", "NDTV", "NDTV|New Delhi Television", "IND", "broadcaster"),
    ("INDIA-TODAY", "India Today", "India Today", "IND", "broadcaster"),
    ("WION", "WION", "WION", "IND", "broadcaster"),
    ("ZEE-NEWS", "Zee News", "Zee News", "IND", "broadcaster"),
    ("REPUBLIC-TV", "Republic TV", "Republic TV|Republic World", "IND", "broadcaster"),
    ("NEWS18", "News18", "News18|CNN-News18", "IND", "broadcaster"),
    ("DD-NEWS", "DD News", "DD News|Doordarshan", "IND", "broadcaster"),
    ("AIR", "All India Radio", "All India Radio|Akashvani", "IND", "broadcaster"),
    ("THEPRINT", "ThePrint", "ThePrint|The Print", "IND", "online"),
    ("FIRSTPOST", "Firstpost", "Firstpost", "IND", "online"),
    ("DAILY-STAR-BD", "The Daily Star", "The Daily Star|Daily Star", "BGD", "newspaper"),
    ("PROTHOM-ALO", "Prothom Alo", "Prothom Alo", "BGD", "newspaper"),
    ("DHAKA-TRIBUNE", "Dhaka Tribune", "Dhaka Tribune", "BGD", "newspaper"),
    ("BDNEWS24", "bdnews24.com", "bdnews24.com|bdnews24", "BGD", "online"),
    ("KATHMANDU-POST", "The Kathmandu Post", "The Kathmandu Post|Kathmandu Post", "NPL", "newspaper"),
    ("HIMALAYAN-TIMES", "The Himalayan Times", "The Himalayan Times|Himalayan Times", "NPL", "newspaper"),
    ("ADA-DERANA", "Ada Derana", "Ada Derana", "LKA", "broadcaster"),
    ("TOLONEWS", "TOLOnews", "TOLOnews|Tolo News|TOLO News", "AFG", "broadcaster"),
    ("PAJHWOK", "Pajhwok Afghan News", "Pajhwok Afghan News|Pajhwok", "AFG", "agency"),
    ("KHAAMA", "Khaama Press", "Khaama Press", "AFG", "online"),
    ("ARIANA-NEWS", "Ariana News", "Ariana News", "AFG", "broadcaster"),
    # East Asia
    ("CHINA-DAILY", "China Daily", "China Daily", "CHN", "newspaper"),
    ("GLOBAL-TIMES", "Global Times", "Global Times|The Global Times", "CHN", "newspaper"),
    ("PEOPLES-DAILY", "People's Daily", "People's Daily|People's Daily Online", "CHN", "newspaper"),
    ("CGTN", "CGTN", "CGTN|China Global Television Network", "CHN", "broadcaster"),
    ("CCTV", "CCTV", "CCTV|China Central Television", "CHN", "broadcaster"),
    ("CAIXIN", "Caixin", "Caixin", "CHN", "newspaper"),
    ("SCMP", "South China Morning Post", "South China Morning Post|SCMP|The South China Morning Post", "HKG", "newspaper"),
    ("RTHK", "RTHK", "RTHK|Radio Television Hong Kong", "HKG", "broadcaster"),
    ("HKFP", "Hong Kong Free Press", "Hong Kong Free Press|HKFP", "HKG", "online"),
    ("ASIA-TIMES", "Asia Times", "Asia Times", "HKG", "online"),
    ("TAIPEI-TIMES", "Taipei Times", "Taipei Times", "TWN", "newspaper"),
    ("NHK", "NHK", "NHK|NHK World|Japan Broadcasting Corporation", "JPN", "broadcaster"),
    ("JAPAN-TIMES", "The Japan Times", "The Japan Times|Japan Times", "JPN", "newspaper"),
    ("ASAHI", "Asahi Shimbun", "Asahi Shimbun|The Asahi Shimbun|Asahi", "JPN", "newspaper"),
    ("YOMIURI", "Yomiuri Shimbun", "Yomiuri Shimbun|The Yomiuri Shimbun|Yomiuri", "JPN", "newspaper"),
    ("MAINICHI", "Mainichi Shimbun", "Mainichi Shimbun|The Mainichi|Mainichi", "JPN", "newspaper"),
    ("SANKEI", "Sankei Shimbun", "Sankei Shimbun|Sankei", "JPN", "newspaper"),
    ("NIKKEI", "Nikkei", "Nikkei|Nikkei Asia|Nikkei Asian Review", "JPN", "newspaper"),
    ("THE-DIPLOMAT", "The Diplomat", "The Diplomat", "JPN", "online"),
    ("KOREA-HERALD", "The Korea Herald", "The Korea Herald|Korea Herald", "KOR", "newspaper"),
    ("KOREA-TIMES", "The Korea Times", "The Korea Times|Korea Times", "KOR", "newspaper"),
    ("JOONGANG", "JoongAng Ilbo", "JoongAng Ilbo|JoongAng Daily|Korea JoongAng Daily", "KOR", "newspaper"),
    ("CHOSUN", "Chosun Ilbo", "Chosun Ilbo|The Chosun Ilbo", "KOR", "newspaper"),
    ("HANKYOREH", "Hankyoreh", "Hankyoreh|The Hankyoreh", "KOR", "newspaper"),
    ("KBS", "KBS", "KBS|Korean Broadcasting System", "KOR", "broadcaster"),
    ("RODONG-SINMUN", "Rodong Sinmun", "Rodong Sinmun", "PRK", "newspaper"),
    # Southeast Asia
    ("STRAITS-TIMES", "The Straits Times", "The Straits Times|Straits Times", "SGP", "newspaper"),
    ("CNA", "CNA", "CNA|Channel NewsAsia|Channel News Asia", "SGP", "broadcaster"),
    ("JAKARTA-POST", "The Jakarta Post", "The Jakarta Post|Jakarta Post", "IDN", "newspaper"),
    ("KOMPAS", "Kompas", "Kompas", "IDN", "newspaper"),
    ("INQUIRER", "Philippine Daily Inquirer", "Philippine Daily Inquirer|Inquirer.net", "PHL", "newspaper"),
    ("PHILSTAR", "The Philippine Star", "The Philippine Star|Philippine Star|Philstar", "PHL", "newspaper"),
    ("MANILA-BULLETIN", "Manila Bulletin", "Manila Bulletin", "PHL", "newspaper"),
    ("RAPPLER", "Rappler", "Rappler", "PHL", "online"),
    ("GMA", "GMA News", "GMA News|GMA Network", "PHL", "broadcaster"),
    ("ABS-CBN", "ABS-CBN", "ABS-CBN|ABS-CBN News", "PHL", "broadcaster"),
    ("BANGKOK-POST", "Bangkok Post", "Bangkok Post|The Bangkok Post", "THA", "newspaper"),
    ("THAI-PBS", "Thai PBS", "Thai PBS", "THA", "broadcaster"),
    ("KHMER-TIMES", "Khmer Times", "Khmer Times", "KHM", "newspaper"),
    ("PHNOM-PENH-POST", "The Phnom Penh Post", "The Phnom Penh Post|Phnom Penh Post", "KHM", "newspaper"),
    ("VNEXPRESS", "VnExpress", "VnExpress|VnExpress International", "VNM", "online"),
    ("TUOI-TRE", "Tuoi Tre", "Tuoi Tre|Tuổi Trẻ", "VNM", "newspaper"),
    ("NST", "New Straits Times", "New Straits Times|NST", "MYS", "newspaper"),
    ("MALAY-MAIL", "Malay Mail", "Malay Mail", "MYS", "newspaper"),
    ("MALAYSIAKINI", "Malaysiakini", "Malaysiakini", "MYS", "online"),
    ("IRRAWADDY", "The Irrawaddy", "The Irrawaddy", "MMR", "online"),
    ("MYANMAR-NOW", "Myanmar Now", "Myanmar Now", "MMR", "online"),
    ("GNLM", "Global New Light of Myanmar", "Global New Light of Myanmar", "MMR", "newspaper"),
    ("AKIPRESS", "AKIpress", "AKIpress", "KGZ", "agency"),
    # Africa
    ("PUNCH", "The Punch", "The Punch|Punch Newspapers|Punch", "NGA", "newspaper"),
    ("PREMIUM-TIMES", "Premium Times", "Premium Times", "NGA", "online"),
    ("THISDAY", "ThisDay", "ThisDay|THISDAY", "NGA", "newspaper"),
    ("CHANNELS-TV", "Channels Television", "Channels Television|Channels TV", "NGA", "broadcaster"),
    ("DAILY-TRUST", "Daily Trust", "Daily Trust", "NGA", "newspaper"),
    ("SAHARA-REPORTERS", "Sahara Reporters", "Sahara Reporters|SaharaReporters", "NGA", "online"),
    ("DAILY-NATION", "Daily Nation", "Daily Nation|Nation Africa", "KEN", "newspaper"),
    ("THE-EASTAFRICAN", "The EastAfrican", "The EastAfrican|The East African", "KEN", "newspaper"),
    ("MAIL-GUARDIAN", "Mail & Guardian", "Mail & Guardian|Mail and Guardian", "ZAF", "newspaper"),
    ("NEWS24", "News24", "News24", "ZAF", "online"),
    ("DAILY-MAVERICK", "Daily Maverick", "Daily Maverick", "ZAF", "online"),
    ("SABC", "SABC", "SABC|South African Broadcasting Corporation", "ZAF", "broadcaster"),
    ("ENCA", "eNCA", "eNCA", "ZAF", "broadcaster"),
    ("IOL", "IOL", "IOL|Independent Online", "ZAF", "online"),
    ("DAILY-MONITOR", "Daily Monitor", "Daily Monitor", "UGA", "newspaper"),
    ("NEW-VISION", "New Vision", "New Vision", "UGA", "newspaper"),
    ("ADDIS-STANDARD", "Addis Standard", "Addis Standard", "ETH", "newspaper"),
    ("GAROWE-ONLINE", "Garowe Online", "Garowe Online", "SOM", "online"),
    ("SUDAN-TRIBUNE", "Sudan Tribune", "Sudan Tribune", "FRA", "online"),
    ("RADIO-DABANGA", "Radio Dabanga", "Radio Dabanga", "NLD", "broadcaster"),
    ("AFRICANEWS", "Africanews", "Africanews", "COG", "broadcaster"),
    ("DAILY-GRAPHIC", "Daily Graphic", "Daily Graphic|Graphic Online", "GHA", "newspaper"),
    ("MYJOYONLINE", "MyJoyOnline", "MyJoyOnline|Joy News|JoyNews", "GHA", "online"),
    ("HESPRESS", "Hespress", "Hespress", "MAR", "online"),
    ("MOROCCO-WORLD-NEWS", "Morocco World News", "Morocco World News", "MAR", "online"),
    ("LIBYA-OBSERVER", "The Libya Observer", "The Libya Observer|Libya Observer", "LBY", "online"),
    ("LIBYA-HERALD", "Libya Herald", "Libya Herald", "LBY", "online"),
    # Americas and Oceania
    ("GLOBE-AND-MAIL", "The Globe and Mail", "The Globe and Mail|Globe and Mail", "CAN", "newspaper"),
    ("TORONTO-STAR", "Toronto Star", "Toronto Star|The Toronto Star", "CAN", "newspaper"),
    ("NATIONAL-POST", "National Post", "National Post", "CAN", "newspaper"),
    ("CBC", "CBC", "CBC|CBC News|Canadian Broadcasting Corporation", "CAN", "broadcaster"),
    ("CTV", "CTV News", "CTV News|CTV", "CAN", "broadcaster"),
    ("EL-UNIVERSAL", "El Universal", "El Universal", "MEX", "newspaper"),
    ("LA-JORNADA", "La Jornada", "La Jornada", "MEX", "newspaper"),
    ("FOLHA", "Folha de S.Paulo", "Folha de S.Paulo|Folha de São Paulo|Folha de Sao Paulo|Folha", "BRA", "newspaper"),
    ("O-GLOBO", "O Globo", "O Globo|TV Globo|Globo", "BRA", "newspaper"),
    ("ESTADAO", "O Estado de S. Paulo", "O Estado de S. Paulo|Estadão|Estadao", "BRA", "newspaper"),
    ("CLARIN", "Clarín", "Clarín|Clarin", "ARG", "newspaper"),
    ("INFOBAE", "Infobae", "Infobae", "ARG", "online"),
    ("BUENOS-AIRES-TIMES", "Buenos Aires Times", "Buenos Aires Times", "ARG", "newspaper"),
    ("GRANMA", "Granma", "Granma", "CUB", "newspaper"),
    ("TELESUR", "teleSUR", "teleSUR|Telesur|TeleSUR", "VEN", "broadcaster"),
    ("GLEANER", "The Gleaner", "The Gleaner|Jamaica Gleaner", "JAM", "newspaper"),
    ("JAMAICA-OBSERVER", "Jamaica Observer", "Jamaica Observer", "JAM", "newspaper"),
    ("ABC-AU", "Australian Broadcasting Corporation", "Australian Broadcasting Corporation|ABC Australia|ABC News Australia", "AUS", "broadcaster"),
    ("SMH", "The Sydney Morning Herald", "The Sydney Morning Herald|Sydney Morning Herald|SMH", "AUS", "newspaper"),
    ("SBS", "SBS News", "SBS News|Special Broadcasting Service", "AUS", "broadcaster"),
    ("NZ-HERALD", "The New Zealand Herald", "The New Zealand Herald|New Zealand Herald|NZ Herald", "NZL", "newspaper"),
    ("RNZ", "RNZ", "RNZ|Radio New Zealand", "NZL", "broadcaster"),
    ("FIJI-TIMES", "The Fiji Times", "The Fiji Times|Fiji Times", "FJI", "newspaper"),
    ("POST-COURIER", "Post-Courier", "Post-Courier|PNG Post-Courier", "PNG", "newspaper"),
]

# ---------------------------------------------------------------------------------------------
# Titles of office (hand-curated, Diplograph project, CC0).
# One line per surface form: "surface => canonical" (or just "surface" when it is canonical).
# ---------------------------------------------------------------------------------------------
TITLES = {
    "head-of-state": """
President
Pres. => President
President-elect
Acting President
Interim President
Transitional President
Head of State
Supreme Leader
Supreme Leader of Iran => Supreme Leader
Governor-General
Governor General => Governor-General
""",
    "head-of-government": """
Prime Minister
PM => Prime Minister
Interim Prime Minister
Caretaker Prime Minister
Acting Prime Minister
Prime Minister-designate
Premier
Chancellor
Federal Chancellor => Chancellor
Taoiseach
Head of Government
Chief Adviser
State Counsellor
State Counselor => State Counsellor
""",
    "foreign-affairs": """
Foreign Minister
FM => Foreign Minister
Minister of Foreign Affairs => Foreign Minister
Minister for Foreign Affairs => Foreign Minister
Foreign Affairs Minister => Foreign Minister
Minister for Europe and Foreign Affairs => Foreign Minister
Minister of Foreign Affairs and Trade => Foreign Minister
Foreign Affairs Secretary => Foreign Minister
Secretary of Foreign Affairs => Foreign Minister
External Affairs Minister
EAM => External Affairs Minister
Minister of External Affairs => External Affairs Minister
Minister for External Affairs => External Affairs Minister
External Relations Minister => Foreign Minister
Minister of External Relations => Foreign Minister
Foreign Secretary
Foreign Office Minister
Deputy Foreign Minister
Vice Foreign Minister => Deputy Foreign Minister
Deputy Minister of Foreign Affairs => Deputy Foreign Minister
State Minister for Foreign Affairs => Minister of State for Foreign Affairs
Minister of State for Foreign Affairs
Minister of State for External Affairs
Foreign Policy Chief
Secretary of State
Deputy Secretary of State
Under Secretary of State
Undersecretary of State => Under Secretary of State
Under Secretary of State for Political Affairs
Under Secretary for Political Affairs => Under Secretary of State for Political Affairs
Undersecretary for Political Affairs => Under Secretary of State for Political Affairs
Under Secretary of State for Arms Control and International Security
Under Secretary for Arms Control and International Security => Under Secretary of State for Arms Control and International Security
Under Secretary of State for Public Diplomacy and Public Affairs
Under Secretary for Public Diplomacy and Public Affairs => Under Secretary of State for Public Diplomacy and Public Affairs
Under Secretary of State for Economic Growth, Energy, and the Environment
Under Secretary for Economic Growth, Energy, and the Environment => Under Secretary of State for Economic Growth, Energy, and the Environment
Under Secretary for Economic Affairs => Under Secretary of State for Economic Affairs
Under Secretary of State for Economic Affairs
Under Secretary of State for Management
Under Secretary for Management => Under Secretary of State for Management
Under Secretary of State for Civilian Security, Democracy, and Human Rights
Under Secretary for Civilian Security, Democracy, and Human Rights => Under Secretary of State for Civilian Security, Democracy, and Human Rights
Under Secretary for Foreign Assistance, Humanitarian Affairs and Religious Freedom => Under Secretary of State for Foreign Assistance, Humanitarian Affairs and Religious Freedom
Assistant Secretary of State
Deputy Assistant Secretary of State
Acting Assistant Secretary of State
Principal Deputy Assistant Secretary of State
Assistant Secretary for South and Central Asian Affairs => Assistant Secretary of State for South and Central Asian Affairs
Assistant Secretary of State for South and Central Asian Affairs
Assistant Secretary for East Asian and Pacific Affairs => Assistant Secretary of State for East Asian and Pacific Affairs
Assistant Secretary of State for East Asian and Pacific Affairs
Assistant Secretary for European and Eurasian Affairs => Assistant Secretary of State for European and Eurasian Affairs
Assistant Secretary of State for European and Eurasian Affairs
Assistant Secretary for Near Eastern Affairs => Assistant Secretary of State for Near Eastern Affairs
Assistant Secretary of State for Near Eastern Affairs
Assistant Secretary for African Affairs => Assistant Secretary of State for African Affairs
Assistant Secretary of State for African Affairs
Assistant Secretary for Western Hemisphere Affairs => Assistant Secretary of State for Western Hemisphere Affairs
Assistant Secretary of State for Western Hemisphere Affairs
Assistant Secretary for International Organization Affairs => Assistant Secretary of State for International Organization Affairs
Assistant Secretary of State for International Organization Affairs
""",
    "defence": """
Defence Minister
Defense Minister => Defence Minister
Minister of Defence => Defence Minister
Minister of Defense => Defence Minister
Minister for Defence => Defence Minister
Minister of National Defence => Defence Minister
Minister of National Defense => Defence Minister
Deputy Defence Minister
Deputy Defense Minister => Deputy Defence Minister
Defence Secretary
Secretary of State for Defence => Defence Secretary
Secretary of Defense
Defense Secretary => Secretary of Defense
Secretary of War
War Secretary => Secretary of War
Deputy Secretary of Defense
Under Secretary of Defense
Under Secretary of Defense for Policy
Assistant Secretary of Defense
""",
    "minister": """
Minister
Cabinet Minister => Minister
Deputy Minister
Minister of State
MoS => Minister of State
State Minister => Minister of State
Deputy Prime Minister
DPM => Deputy Prime Minister
Deputy PM => Deputy Prime Minister
First Deputy Prime Minister
Vice Premier
Vice Prime Minister => Deputy Prime Minister
Vice Chancellor
Vice-Chancellor => Vice Chancellor
Tánaiste
Tanaiste => Tánaiste
State Councilor
State Councillor => State Councilor
Interior Minister
Minister of Interior => Interior Minister
Minister of the Interior => Interior Minister
Minister for Home Affairs => Home Minister
Home Minister
Home Secretary
Finance Minister
Minister of Finance => Finance Minister
Minister for Finance => Finance Minister
Treasury Secretary => Secretary of the Treasury
Secretary of the Treasury
Chancellor of the Exchequer
Trade Minister
Minister of Trade => Trade Minister
Commerce Minister
Minister of Commerce => Commerce Minister
Commerce Secretary
Secretary of Commerce => Commerce Secretary
Trade Representative
U.S. Trade Representative => Trade Representative
USTR => Trade Representative
Economy Minister
Minister of Economy => Economy Minister
Energy Minister
Minister of Energy => Energy Minister
Energy Secretary
Oil Minister
Petroleum Minister => Oil Minister
Health Minister
Minister of Health => Health Minister
Health Secretary
Justice Minister
Minister of Justice => Justice Minister
Law Minister
Attorney General
Attorney-General => Attorney General
Information Minister
Minister of Information => Information Minister
Education Minister
Agriculture Minister
Planning Minister
Industry Minister
Transport Minister
Labour Minister
Labor Minister => Labour Minister
Environment Minister
Climate Minister
Immigration Minister
Development Minister
Religious Affairs Minister
Homeland Security Secretary => Secretary of Homeland Security
Secretary of Homeland Security
""",
    "legislator": """
Senator
Sen. => Senator
Congressman
Congresswoman
Representative
Rep. => Representative
Speaker
Speaker of the House
House Speaker => Speaker of the House
Speaker of the National Assembly
Deputy Speaker
Member of Parliament
MP => Member of Parliament
Member of the European Parliament
MEP => Member of the European Parliament
Lawmaker
Legislator
Parliamentarian
Majority Leader
Senate Majority Leader
Minority Leader
Senate Minority Leader
Leader of the Opposition
Opposition Leader => Leader of the Opposition
""",
    "diplomat": """
Ambassador
Amb. => Ambassador
Ambassador-at-Large
Ambassador at Large => Ambassador-at-Large
Ambassador-designate
UN Ambassador
Ambassador to the United Nations => UN Ambassador
Permanent Representative
Deputy Permanent Representative
High Commissioner
Deputy High Commissioner
Envoy
Special Envoy
Presidential Envoy
Special Presidential Envoy
Special Representative
Chargé d'Affaires
Charge d'Affaires => Chargé d'Affaires
Chargé d'Affaires a.i. => Chargé d'Affaires
Consul General
Consul-General => Consul General
Consul
Deputy Chief of Mission
Apostolic Nuncio
Nuncio => Apostolic Nuncio
Chief Negotiator
Diplomat
Defence Attaché
Defense Attaché => Defence Attaché
Military Attaché
""",
    "spokesperson": """
Spokesperson
Spokesman
Spokeswoman
Deputy Spokesperson
Principal Deputy Spokesperson
Press Secretary
White House Press Secretary
Deputy Press Secretary
Foreign Ministry Spokesperson
Foreign Ministry Spokesman => Foreign Ministry Spokesperson
Foreign Ministry Spokeswoman => Foreign Ministry Spokesperson
Foreign Office Spokesperson
Foreign Office Spokesman => Foreign Office Spokesperson
Foreign Office Spokeswoman => Foreign Office Spokesperson
State Department Spokesperson
State Department Spokesman => State Department Spokesperson
State Department Spokeswoman => State Department Spokesperson
Government Spokesperson
Government Spokesman => Government Spokesperson
Kremlin Spokesman
Kremlin Spokesperson => Kremlin Spokesman
""",
    "military": """
General
Gen. => General
Lieutenant General
Lt. Gen. => Lieutenant General
Lt Gen => Lieutenant General
Major General
Maj. Gen. => Major General
Brigadier General
Brig. Gen. => Brigadier General
Brigadier
Colonel
Col. => Colonel
Lieutenant Colonel
Lt. Col. => Lieutenant Colonel
Admiral
Adm. => Admiral
Vice Admiral
Vice Adm. => Vice Admiral
Rear Admiral
Rear Adm. => Rear Admiral
Field Marshal
Marshal
Air Chief Marshal
Air Marshal
Chief of Army Staff
COAS => Chief of Army Staff
Army Chief
Chief of Defence Forces
CDF => Chief of Defence Forces
Chief of Defence Staff
Chief of Defense Staff => Chief of Defence Staff
Chief of the Defence Staff => Chief of Defence Staff
Chief of the General Staff
Chief of General Staff => Chief of the General Staff
Chairman of the Joint Chiefs of Staff
Chairman of the Joint Chiefs => Chairman of the Joint Chiefs of Staff
CJCS => Chairman of the Joint Chiefs of Staff
Chairman Joint Chiefs of Staff Committee
CJCSC => Chairman Joint Chiefs of Staff Committee
Chief of Naval Staff
Naval Chief
Chief of Air Staff
Air Chief
Commander-in-Chief
Commander in Chief => Commander-in-Chief
Commander
Supreme Allied Commander Europe
SACEUR => Supreme Allied Commander Europe
Defence Chief
Military Chief
""",
    "royal": """
King
Queen
Emperor
Empress
Monarch
Emir
Amir => Emir
Crown Prince
Crown Princess
Sultan
Prince
Princess
Grand Duke
Grand Duchess
Sheikh
Sheikha
Shaikh => Sheikh
Sheik => Sheikh
""",
    "religious": """
Pope
Ayatollah
Grand Ayatollah
Patriarch
Cardinal
Archbishop
Dalai Lama
Grand Mufti
Mufti
Imam
Chief Rabbi
""",
    "org-official": """
Secretary-General
Secretary General => Secretary-General
UN Secretary-General
UN Secretary General => UN Secretary-General
U.N. Secretary-General => UN Secretary-General
UNSG => UN Secretary-General
NATO Secretary-General
NATO Secretary General => NATO Secretary-General
Deputy Secretary-General
Deputy Secretary General => Deputy Secretary-General
Under-Secretary-General
Under-Secretary General => Under-Secretary-General
Assistant Secretary-General
Director-General
Director General => Director-General
DG => Director-General
Deputy Director-General
Deputy Director General => Deputy Director-General
Managing Director
Executive Director
High Representative
High Representative for Foreign Affairs and Security Policy => High Representative
High Representative of the Union for Foreign Affairs and Security Policy => High Representative
Commissioner
European Commissioner
EU Commissioner => European Commissioner
President of the European Commission
European Commission President => President of the European Commission
Commission President => President of the European Commission
President of the European Council
European Council President => President of the European Council
President of the European Parliament
Chairperson of the African Union Commission
AU Commission Chairperson => Chairperson of the African Union Commission
UN High Commissioner for Refugees
UN High Commissioner for Human Rights
Special Rapporteur
UN Special Rapporteur => Special Rapporteur
Chief Prosecutor
""",
    "official": """
Senior Adviser
Senior Advisor => Senior Adviser
Special Adviser
Special Advisor => Special Adviser
Political Director
Director
State Secretary
Under Secretary
Acting Under Secretary
Counselor of the Department
Counselor
Chair-in-Office
Chairman-in-Office => Chair-in-Office
Chairperson-in-Office => Chair-in-Office
Vice President
Vice-President => Vice President
Secretary
Sec. => Secretary
Deputy Secretary
Permanent Secretary
Cabinet Secretary
National Security Adviser
National Security Advisor => National Security Adviser
NSA => National Security Adviser
Deputy National Security Adviser
Deputy National Security Advisor => Deputy National Security Adviser
Chief of Staff
White House Chief of Staff
Governor
Gov. => Governor
Mayor
Chief Minister
First Minister
Adviser
Advisor => Adviser
Senior Adviser
Special Assistant
Special Assistant to the Prime Minister
SAPM => Special Assistant to the Prime Minister
Director of National Intelligence
CIA Director
Intelligence Chief
Spy Chief
Chief Justice
Official
Senior Official
""",
}

# ---------------------------------------------------------------------------------------------
# Code
# ---------------------------------------------------------------------------------------------
SOURCE_VERSIONS = {
    "iso-codes": "Debian iso-codes 4.15.0-1 (iso_3166-1.json)",
    "ruby-countries": "Debian ruby-countries 3.0.0-2 (countries gem 3.0.0, lib/countries/cache/countries.json)",
    "countries-list": "npm countries-list {version} (countries.min.json)",
}
HAND = "hand-curated (Diplograph project, CC0)"

ORG_KINDS = {"intergovernmental", "un-body", "un-agency", "eu-institution", "court", "ngo", "forum"}
MEDIA_KINDS = {"agency", "newspaper", "broadcaster", "online"}
TITLE_CATEGORIES = {
    "head-of-state", "head-of-government", "foreign-affairs", "defence", "minister", "legislator",
    "diplomat", "spokesperson", "military", "royal", "religious", "org-official", "official",
}
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")

# Conventional abbreviations accepted from countries-list aliases (other code-like aliases are dropped).
ABBREVIATIONS_OK = {"US", "USA", "UK", "UAE", "DPRK", "DRC", "FYROM"}

_FOLD_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "þ": "th",
                             "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})


def norm(s):
    """NFC, typographic apostrophes to ASCII, collapsed whitespace."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    """ASCII-fold accents (Côte d'Ivoire -> Cote d'Ivoire)."""
    s = s.translate(_FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def strip_the(s):
    return s[4:] if s.lower().startswith("the ") else s


def split(field):
    return [norm(x) for x in field.split("|") if x.strip()] if field else []


def add(lst, value):
    if value and value not in lst:
        lst.append(value)


def with_variants(values, fold_deny=(), place_forms=True):
    """Add ASCII-folded variants and, for place names, "St."/"St" and "&" variants."""
    out = []
    for v in values:
        add(out, v)
    for v in list(out):
        if v != fold(v) and v not in fold_deny:
            add(out, fold(v))
    if not place_forms:
        return out
    for v in list(out):
        if v.startswith("Saint "):
            add(out, "St. " + v[6:])
            add(out, "St " + v[6:])
    for v in list(out):
        if " and " in v and " of " not in v and " the " not in v and not v.startswith("St"):
            add(out, v.replace(" and ", " & "))
    return out


def iso_name_forms(value):
    """Turn an ISO 3166-1 name into a running-text form (or None)."""
    v = norm(value)
    if v in NAME_DENY:
        return None
    if ", " in v:
        head, tail = v.split(", ", 1)
        if tail.endswith(" of") or tail.endswith(" of the") or tail in ("British", "U.S."):
            v = tail + " " + head
    v = strip_the(v)
    v = re.sub(r"\s*\([^)]*\)", "", v).strip()
    return v or None


def plural(adj):
    return adj + "s" if re.search(r"(an|er|i)$", adj) else None


def load_sources(args):
    with open(args.iso_codes, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(args.ruby_countries, encoding="utf-8") as f:
        ruby = json.load(f)
    with open(args.countries_list, encoding="utf-8") as f:
        clist = json.load(f)
    version = "3.x"
    pkg = os.path.join(os.path.dirname(os.path.abspath(args.countries_list)), "package.json")
    if os.path.exists(pkg):
        with open(pkg, encoding="utf-8") as f:
            version = json.load(f).get("version", version)
    return iso, ruby, clist, version


def build_countries(iso, ruby, clist):
    states = set(UN_MEMBERS) | set(UN_OBSERVERS) | set(EXTRA_STATES)
    entries = []
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        entries.append((e["alpha_3"], e["alpha_2"], [e.get("name"), e.get("official_name"), e.get("common_name")]))
    for a3, a2, name, official in EXTRA_ENTRIES:
        entries.append((a3, a2, [name, official, None]))
    entries.sort(key=lambda t: t[0])

    rows = OrderedDict()
    for a3, a2, iso_names in entries:
        r = ruby.get(a2, {})
        c = clist.get(a2, {})
        names = []
        label = LABELS.get(a3) or iso_name_forms(iso_names[2] or "") or iso_name_forms(iso_names[0])
        label = norm(label)
        add(names, label)
        for v in iso_names:
            if v:
                add(names, iso_name_forms(v))
        if c:
            add(names, iso_name_forms(c["name"]))
            for alias in c.get("alias", []):
                alias = norm(alias)
                if alias in CL_ALIAS_DENY or "(" in alias:
                    continue
                if re.fullmatch(r"[A-Z.]{2,6}", alias) and alias not in ABBREVIATIONS_OK:
                    continue
                add(names, alias)
        for u in r.get("unofficial_names", []):
            if norm(u) in RUBY_NAME_OK:
                add(names, norm(u))
        for v in split(NAMES.get(a3, "")):
            add(names, v)
        names = [n for n in names if n and n not in NAME_DENY]
        names = [n for n in with_variants(names, FOLD_DENY) if n not in NAME_DENY]

        if a3 in DEMONYMS:
            dem = split(DEMONYMS[a3])
        else:
            dem = []
            nat = r.get("nationality") or ""
            for d in [norm(x) for x in nat.split(", ") if x.strip()]:
                add(dem, d)
                add(dem, plural(d))
        dem = with_variants(dem, place_forms=False)

        caps = []
        if c.get("capital"):
            add(caps, norm(c["capital"]))
        caps = [x for x in caps if x not in CAPITAL_DENY]
        for v in split(CAPITALS.get(a3, "")):
            add(caps, v)
        caps = [x for x in with_variants(caps) if x not in CAPITAL_DENY]

        seats = with_variants(split(SEATS.get(a3, "")), place_forms=False)

        seen = set()
        cols = []
        for col in (names, dem, caps, seats):
            kept = [x for x in col if x not in seen]
            seen.update(kept)
            cols.append(kept)
        rows[a3] = {"iso2": a2, "label": label, "names": cols[0], "demonyms": cols[1],
                    "capitals": cols[2], "seats": cols[3], "state": a3 in states}

    # Cross-entry conflicts (case-insensitive).
    owners = defaultdict(set)
    for a3, row in rows.items():
        for col in ("names", "demonyms", "capitals", "seats"):
            for s in row[col]:
                owners[s.casefold()].add(a3)
    resolutions = []
    for key, codes in sorted(owners.items()):
        if len(codes) < 2:
            continue
        pref = next((PREFER[s] for s in PREFER if s.casefold() == key and PREFER[s] in codes), None)
        state_codes = [x for x in codes if rows[x]["state"]]
        if pref is None and len(state_codes) == 1:
            pref = state_codes[0]
        for a3 in codes:
            if a3 == pref:
                continue
            for col in ("names", "demonyms", "capitals", "seats"):
                rows[a3][col] = [s for s in rows[a3][col] if s.casefold() != key]
        resolutions.append((key, sorted(codes), pref))
    return rows, resolutions


def write_tsv(path, comments, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(("# " + c).rstrip() + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            for v in r:
                if "\t" in v or "\n" in v:
                    raise ValueError("tab or newline in value %r" % v)
            f.write("\t".join(r) + "\n")


def countries_comments(version, resolutions):
    dropped = [(k, c) for k, c, p in resolutions if p is None]
    lines = [
        "countries.tsv - states (and other ISO 3166-1 entries) with the surface strings that denote them.",
        "",
        "Sources and licences:",
        "  * " + SOURCE_VERSIONS["iso-codes"] + " - LGPL-2.1-or-later. Alpha-2/alpha-3 codes, ISO short,",
        "    official and common names, redistributed here in derived form with attribution:",
        "    Copyright (C) 2001-2008 Alastair McKinstry, 2004-2016 Christian Perrier,",
        "    2005-2023 Dr. Tobias Quathamer; https://salsa.debian.org/iso-codes-team/iso-codes",
        "  * " + SOURCE_VERSIONS["ruby-countries"] + " - MIT (Expat), Copyright (c) 2012 hexorx.",
        "    Nationality adjectives for entries without a hand-curated demonym (territories); a few",
        "    English unofficial names. Its German/French/Spanish/Dutch names are not used.",
        "  * " + SOURCE_VERSIONS["countries-list"].format(version=version) + " - MIT, Copyright (c) 2014",
        "    Annexare Studio. Capitals, English short names and aliases (historical names dropped).",
        "  * " + HAND + ": labels, abbreviations (US, U.S., UK, UAE, DPRK, ROK, PRC, DRC, KSA, BiH ...),",
        "    former and short names, demonyms of all states, capital variants, seats of government,",
        "    omissions and conflict resolutions; Kosovo (XKX/XK, user-assigned code) added by hand.",
        "  Full licence texts: SOURCES.md in this directory.",
        "",
        "Built by build/build_gazetteers.py (python3, standard library) from the files above:",
        "  names = label + ISO names (\"Korea, Republic of\" -> \"Republic of Korea\", leading \"the\" and",
        "  parentheses removed) + countries-list name/aliases + hand-curated names; then ASCII-folded",
        "  variants (Cote d'Ivoire), \"St.\"/\"St\" for \"Saint\", \"&\" for \"and\". Typographic apostrophes",
        "  are written as '. A string appears once in the whole file (checked case-insensitively).",
        "",
        "Columns: iso3 (ISO 3166-1 alpha-3; XKX = Kosovo), iso2, label (English short name used in",
        "  news), names, demonyms, capitals, seats - list columns are '|'-separated, possibly empty.",
        "  Rows: all 193 UN members, the observers Holy See (VAT) and Palestine (PSE), Taiwan (TWN),",
        "  Kosovo (XKX) and every other ISO 3166-1 entry (territories are not marked specially).",
        "",
        "Decisions a matcher must know:",
        "  * Forms with a leading \"the\" are not listed (the matcher ignores a leading \"the\").",
        "  * Case-sensitive acronyms, never to be matched lowercase: US, USA, UK, UAE, DPRK, ROK, PRC,",
        "    DRC, KSA, BiH, HKSAR, FYROM (\"US\" is also the pronoun \"us\" in headlines set in capitals).",
        "  * \"Congo\" alone = COG; \"Congolese\" = COD only; \"Korea\" alone = KOR; \"Guinea\" alone = GIN;",
        "    \"Dominican\" = DOM (Dominica, DMA, has no demonym); \"Niger\"/\"Nigerien\" = NER,",
        "    \"Nigerian\" = NGA. Bare \"Korean\" is deliberately absent (Korean Peninsula, Korean War).",
        "  * \"Northern Ireland\" is listed under GBR so that it never matches \"Ireland\" (IRL).",
        "  * \"Palestinian Authority\" and \"Occupied Palestinian Territory\" are listed under PSE.",
        "  * \"Republic of China\" and \"Chinese Taipei\" = TWN; longest match must win over \"China\".",
        "  * \"Greek Cypriot\" and \"Turkish Cypriot\" are listed under CYP (they must beat \"Greek\"/\"Turkish\").",
        "  * \"Georgia\", \"Jordan\", \"Chad\", \"Turkey\", \"Jersey\", \"Washington\", \"America\", \"Emirates\"",
        "    (also the airline), \"Bharat\" and \"Macedonia\" (also a Greek region) are ambiguous: keep them,",
        "    but disambiguate in context.",
        "  * Jerusalem is listed as ISR's capital; its status is contested (PSE claims East Jerusalem).",
        "    Tel Aviv is not listed. \"Brussels\" (BEL) often means the EU; \"The Hague\" (NLD seat) often",
        "    means the ICJ/ICC; \"Addis Ababa\" (ETH) often means the African Union.",
        "  * Longest match must win across all gazetteers (e.g. \"Washington Post\", \"Times of India\" in",
        "    news-media.tsv; \"New Caledonia\"; \"Papua New Guinea\" over \"Guinea\").",
        "",
        "Capitals deliberately omitted (English words, common personal names, or shared with more",
        "  prominent places): " + ", ".join(sorted(c for c in CAPITAL_DENY if c != "Washington D.C.")) + ".",
        "  \"Washington D.C.\" is replaced by the hand-curated Washington forms.",
        "Names deliberately omitted: Holland (a region), Persia, England/Scotland/Wales, colonial names",
        "  (Zaire, Ceylon, Siam, Rhodesia, Formosa, ...), Soviet-era names, bare alpha-2/alpha-3 codes",
        "  other than the conventional abbreviations, \"Taiwan, Province of China\".",
        "",
        "Phrases that contain a listed string but do not denote that entry (suppress before matching):",
        "  " + " | ".join(BLOCKLIST),
        "",
        "Conflicts found and resolved (string: claimants -> kept by):",
    ]
    for key, codes, pref in resolutions:
        lines.append("  %s: %s -> %s" % (key, ",".join(codes), pref or "dropped"))
    if not resolutions:
        lines.append("  (none)")
    return lines


def build_orgs():
    rows = []
    for code, label, names, kind in ORGANIZATIONS:
        ns = []
        add(ns, norm(label))
        for n in split(names):
            add(ns, n)
        ns = with_variants(ns, place_forms=False)
        rows.append([code, norm(label), "|".join(ns), kind])
    return rows


def build_media():
    rows = []
    for code, label, names, country, kind in MEDIA:
        ns = []
        add(ns, norm(label))
        for n in split(names):
            add(ns, n)
        ns = with_variants(ns, place_forms=False)
        rows.append([code, norm(label), "|".join(ns), country, kind])
    return rows


def build_titles():
    rows = []
    seen = set()
    for category, block in TITLES.items():
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            surface, _, canonical = line.partition(" => ")
            surface, canonical = norm(surface), norm(canonical or surface)
            if surface not in seen:
                rows.append([surface, canonical, category])
                seen.add(surface)
            if fold(surface) not in seen:
                rows.append([fold(surface), canonical, category])
                seen.add(fold(surface))
    return rows


COMMON_HEADER = [
    "Sources and licences: " + HAND + ". Compiled by hand from general knowledge of English-language",
    "  news usage; no third-party data. Full notes: SOURCES.md in this directory.",
    "Built by build/build_gazetteers.py (python3, standard library): the table embedded in the",
    "  script, plus ASCII-folded variants of accented names.",
    "  Typographic apostrophes are written as '. A string appears once in the whole file.",
]


def orgs_comments():
    return [
        "organizations.tsv - international and regional organisations, UN bodies and agencies,",
        "  courts and a few international NGOs named in diplomacy news.",
    ] + COMMON_HEADER + [
        "",
        "Columns: code (uppercase letters, digits, hyphen; usable in an IRI), label, names",
        "  ('|'-separated, includes the label), kind (intergovernmental | un-body | un-agency |",
        "  eu-institution | court | ngo | forum).",
        "",
        "Decisions a matcher must know:",
        "  * Acronyms are case-sensitive: WHO (never \"who\"), UN, EU, AU, ICC, CIS, SCO, NAM, IMO, IOM,",
        "    IEA, EAC, OAS, PIF, MSF, RSF ... Match them only in their listed case.",
        "  * ICC is the International Criminal Court; in South Asian news \"ICC\" is often the",
        "    International Cricket Council and elsewhere the International Chamber of Commerce.",
        "  * \"Security Council\" = UNSC unless preceded by \"National\"/\"Supreme National\" or a",
        "    country (e.g. \"Russian Security Council\"): suppress those. \"General Assembly\" = UNGA",
        "    unless it names a national or state legislature.",
        "  * \"Commonwealth\" alone = Commonwealth of Nations; longer names (Commonwealth of",
        "    Independent States, Commonwealth of the Bahamas/Dominica in countries.tsv) must win.",
        "  * \"Quad\" (Title Case) = Quadrilateral Security Dialogue; \"Red Cross\" = ICRC (national",
        "    societies such as \"American Red Cross\" are not listed); \"Amnesty\" = Amnesty International.",
        "  * OPEC+ may be tokenised as \"OPEC\" \"+\": match the \"+\" token when present.",
        "  * The European Union (EU) is listed as one intergovernmental organisation; its Commission,",
        "    Council, Council of the EU, Parliament and EEAS are separate rows.",
        "  * EC is the code of the European Commission; \"EC\" alone is not a listed name.",
    ]


def media_comments():
    return [
        "news-media.tsv - news agencies, newspapers, broadcasters and online outlets that English-",
        "  language diplomacy news cites.",
    ] + COMMON_HEADER + [
        "",
        "Columns: code (uppercase letters, digits, hyphen), label, names ('|'-separated, includes the",
        "  label, with and without a leading \"The\" where both are used), country (ISO 3166-1",
        "  alpha-3 of the outlet's headquarters; RFE/RL = CZE, The Moscow Times = NLD, Meduza = LVA,",
        "  Sudan Tribune = FRA), kind (agency | newspaper | broadcaster | online).",
        "",
        "Decisions a matcher must know:",
        "  * Names beginning with \"The\" must be matched literally, including \"The\" (\"The Hindu\",",
        "    \"The National\", \"The Diplomat\", \"The Punch\"): never strip it and match the rest.",
        "  * Acronyms are case-sensitive: AP (in Indian news also Andhra Pradesh), PTI (in Pakistani",
        "    news also the party Pakistan Tehreek-e-Insaf), PNA (also Palestinian National Authority),",
        "    CNA (= Channel NewsAsia here; Taiwan's Central News Agency is listed by full name only),",
        "    RT (also \"retweet\"), APP, ANI, UNI, SPA, WAM, BSS, FT, DW, NOS, ERR.",
        "  * Single words that are also ordinary words or names: Dawn, Punch, Petra (also the",
        "    Jordanian site), Fars (also the Iranian province), Bloomberg (also Michael Bloomberg),",
        "    Guardian (The Guardian, GBR; Nigeria's Guardian is not listed), Globo, Folha, Sputnik.",
        "    Prefer matches in attribution contexts (\"told Reuters\", \"Dawn reported\", \"(AP)\").",
        "  * \"ABC News\" = the U.S. network; the Australian Broadcasting Corporation is ABC-AU and",
        "    listed only by unambiguous names. \"Daily Star\" = Bangladesh's The Daily Star.",
        "  * Omitted as too ambiguous: The Nation, The Star, The Times, The Independent, The Australian,",
        "    The Hill, The Atlantic, Foreign Policy, Time, The Wire, Mirror/Daily Mirror, The Standard,",
        "    The Island, New Age, Mint, Vanguard, MENA (listed only as \"Middle East News Agency\").",
    ]


def titles_comments():
    return [
        "titles.tsv - titles of office in English news, mapped to a canonical title and a category.",
    ] + COMMON_HEADER[:4] + [
        "",
        "Columns: surface (Title Case as written; abbreviations keep their dots, e.g. \"Sen.\"),",
        "  canonical, category (head-of-state | head-of-government | foreign-affairs | defence |",
        "  minister | legislator | diplomat | spokesperson | military | royal | religious |",
        "  org-official | official).",
        "",
        "Decisions a matcher must know:",
        "  * Lowercase variants are left to the matcher; all-caps abbreviations (PM, FM, EAM, NSA, MP,",
        "    MEP, DG, COAS, CDF, CJCS, SAPM, UNSG, USTR, MoS, DPM) are case-sensitive. NSA is also the",
        "    U.S. National Security Agency; DG and CDF are ambiguous outside South Asian military news.",
        "  * Longest match wins: \"Deputy Secretary of State\" over \"Secretary of State\" over \"Secretary\".",
        "  * \"Secretary of State\" = U.S. foreign minister; British \"Secretary of State for X\" titles",
        "    are not listed (only \"Secretary of State for Defence\").",
        "  * \"Foreign Secretary\" is the foreign minister in the UK but the top civil servant of the",
        "    foreign ministry in India, Pakistan, Bangladesh, Nepal and Sri Lanka.",
        "  * \"Premier\" is also used for Canadian and Australian provincial/state heads; \"Chancellor\"",
        "    without \"of the Exchequer\" is a head of government (Germany, Austria).",
        "  * Vice President is category \"official\" (not head of state); Deputy Prime Minister,",
        "    Vice Premier, Tánaiste are \"minister\". \"Chief Adviser\" is Bangladesh's interim head",
        "    of government. \"Secretary of War\" is the U.S. Secretary of Defense's secondary title (2025).",
        "  * \"Secretary\" alone is category official; context decides whether it is Secretary of State.",
    ]


MIT_COUNTRIES_LIST = """The MIT License (MIT)

Copyright (c) 2014 Annexare Studio

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""

MIT_RUBY_COUNTRIES = """Copyright: 2012 hexorx (countries gem; Debian packaging 2019 Pirate Praveen)
License: Expat

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE."""


def write_sources_md(path, counts, version):
    text = """# Gazetteers: origin, licences, caveats

UTF-8, LF line endings, tab-separated; lines starting with `#` are comments, then one header row.
List columns are `|`-separated. Every surface string occurs once per file (checked
case-insensitively). The four files in the table below are generated by `build/build_gazetteers.py`
(python3, standard library only); edit the script, not the files, and rerun it. Other generated
files (office-holders, places) have their own script and their own section at the end of this
file, which that script rewrites and `build_gazetteers.py` keeps:

```
python3 src/main/resources/lexicon/build/build_gazetteers.py \\
  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \\
  --ruby-countries /tmp/rc/usr/share/rubygems-integration/all/gems/countries-3.0.0/lib/countries/cache/countries.json \\
  --countries-list /tmp/cl/node_modules/countries-list/countries.min.json
```

(`apt-get download ruby-countries && dpkg-deb -x ruby-countries*.deb /tmp/rc`;
`cd /tmp/cl && npm install countries-list@3`; iso-codes is a Debian package.)

| file | rows (excl. header) | sources | licences | how built | known limitations |
|---|---|---|---|---|---|
| countries.tsv | {countries} | iso-codes (codes, ISO short/official/common names); countries-list (capitals, aliases); ruby-countries (nationality adjectives for territories, a few English unofficial names); hand-curated labels, short forms, abbreviations, demonyms of all states, capital variants, seats of government, conflict resolutions; Kosovo row | LGPL-2.1+ (iso-codes), MIT (countries-list, ruby-countries), CC0 (hand-curated) | merged per ISO entry, ISO comma forms reordered, leading "the" and parentheses dropped, ASCII-folded / "St." / "&" variants added, historical aliases and ambiguous capitals removed, cross-entry duplicates resolved (printed in the file's comment block) | ambiguous but kept: Georgia, Jordan, Chad, Turkey, Jersey, America, Washington, Emirates, Macedonia, Brussels (often = EU), The Hague (often = ICJ/ICC); Jerusalem listed as ISR capital (contested); blocklist of containing phrases (New Mexico, South China Sea, Indian Ocean, Paris Agreement…) is in the comment block and must be applied by the matcher; no lowercase forms |
| organizations.tsv | {orgs} | hand-curated | CC0 | embedded table + ASCII-folded variants | acronyms are case-sensitive (WHO, ICC, CIS, NAM…); ICC also = cricket council; "Security Council" / "General Assembly" need context; "Commonwealth", "Quad", "Red Cross", "Amnesty" are short forms |
| news-media.tsv | {media} | hand-curated | CC0 | embedded table + ASCII-folded variants | "The …" names must be matched literally; AP/PTI/PNA/CNA/RT ambiguous acronyms; one-word names (Dawn, Punch, Petra, Fars, Bloomberg, Guardian) need attribution context; many plain-phrase titles omitted (The Nation, The Star, The Times …) |
| titles.tsv | {titles} | hand-curated | CC0 | embedded table + ASCII-folded variants | Title Case only (lowercase left to the matcher); Foreign Secretary differs UK vs South Asia; Premier also provincial; NSA/DG/CDF ambiguous; British "Secretary of State for X" titles not listed |

## iso-codes (LGPL-2.1-or-later)

{iso}. Copyright © 2001-2008 Alastair McKinstry, © 2004-2016 Christian Perrier,
© 2005-2023 Dr. Tobias Quathamer; source https://salsa.debian.org/iso-codes-team/iso-codes.
`countries.tsv` redistributes ISO 3166-1 codes and names taken from it **in derived form, with
this attribution**. The derived data remains available under the GNU Lesser General Public
License, version 2.1 or (at your option) any later version; the full text is at
`/usr/share/common-licenses/LGPL-2.1` on Debian systems and
https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html. The unmodified source is the Debian
`iso-codes` package named above; the transformation is `build/build_gazetteers.py`.

## countries-list (MIT)

{cl}, https://github.com/annexare/Countries. Used: English names, aliases,
capitals. Its copyright notice and permission notice, reproduced as the licence requires:

```
{mit_cl}
```

## ruby-countries / countries gem (MIT, Expat)

{ruby}, https://github.com/countries/countries (formerly hexorx/countries). Used: nationality
adjectives (only for entries without a hand-curated demonym, i.e. territories) and a handful of
English unofficial names. Its copyright notice and permission notice, reproduced as the licence
requires (from the Debian package's `copyright` file):

```
{mit_ruby}
```

## Hand-curated data (CC0)

Labels, short forms, abbreviations, demonyms, capital variants, seats of government, omissions,
and the complete organisations, news-media and titles tables were compiled by hand for the
Diplograph project from general knowledge of English-language news usage, and are dedicated to
the public domain (CC0 1.0). No other third-party data was used; in particular npm
`world-countries` (ODbL) was **not** used.
""".format(countries=counts["countries"], orgs=counts["organizations"], media=counts["news-media"],
           titles=counts["titles"], iso=SOURCE_VERSIONS["iso-codes"],
           cl=SOURCE_VERSIONS["countries-list"].format(version=version), mit_cl=MIT_COUNTRIES_LIST,
           ruby=SOURCE_VERSIONS["ruby-countries"], mit_ruby=MIT_RUBY_COUNTRIES)
    # Sections owned by other build scripts (<!-- BEGIN id --> ... <!-- END id -->) are kept.
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            old = f.read()
        for m in re.finditer(r"<!-- BEGIN ([\w.-]+) -->\n.*?<!-- END \1 -->\n", old, flags=re.S):
            text = text.rstrip("\n") + "\n\n" + m.group(0)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# Sanity check (also usable on its own with --check-only)
# ---------------------------------------------------------------------------------------------
def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        raise ValueError("%s: CR characters found" % path)
    lines = [l for l in text.split("\n") if l and not l.startswith("#")]
    return lines[0].split("\t"), [l.split("\t") for l in lines[1:]]


def check(out_dir, valid_iso3):
    problems = []
    counts = {}
    specs = {
        "countries": (["iso3", "iso2", "label", "names", "demonyms", "capitals", "seats"], 0, [2, 3, 4, 5, 6]),
        "organizations": (["code", "label", "names", "kind"], 0, [1, 2]),
        "news-media": (["code", "label", "names", "country", "kind"], 0, [1, 2]),
        "titles": (["surface", "canonical", "category"], 0, [0]),
    }
    for name, (cols, key_col, surface_cols) in specs.items():
        path = os.path.join(out_dir, name + ".tsv")
        header, rows = read_tsv(path)
        if header != cols:
            problems.append("%s: header %r" % (name, header))
        counts[name] = len(rows)
        keys = set()
        seen = {}
        for i, r in enumerate(rows, 1):
            if len(r) != len(cols):
                problems.append("%s row %d: %d columns" % (name, i, len(r)))
                continue
            key = r[key_col]
            if not key:
                problems.append("%s row %d: empty key" % (name, i))
            if name != "titles":
                if key in keys:
                    problems.append("%s: duplicate code %s" % (name, key))
                keys.add(key)
            for c in surface_cols:
                for s in (r[c].split("|") if r[c] else []):
                    if not s or s != s.strip():
                        problems.append("%s row %d: empty/padded string in column %s" % (name, i, cols[c]))
                    # The label repeats inside names by design; same-key repeats are not conflicts.
                    prev = seen.get(s.casefold())
                    if prev is not None and prev != key:
                        problems.append("%s: %r maps to %s and %s" % (name, s, prev, key))
                    if prev is not None and name == "titles":
                        problems.append("titles: duplicate surface %r" % s)
                    seen[s.casefold()] = key
            if name == "countries":
                if key not in valid_iso3:
                    problems.append("countries: invalid iso3 %s" % key)
                if not re.fullmatch(r"[A-Z]{2}", r[1]):
                    problems.append("countries: bad iso2 %r" % r[1])
                if r[2] not in r[3].split("|"):
                    problems.append("countries: label %r not in names" % r[2])
                # names, demonyms, capitals, seats of one row must not repeat a string
                all_s = [s for c in (3, 4, 5, 6) for s in (r[c].split("|") if r[c] else [])]
                if len(all_s) != len(set(all_s)):
                    problems.append("countries: repeated string in row %s" % key)
            elif name == "organizations":
                if not CODE_RE.match(key):
                    problems.append("organizations: bad code %r" % key)
                if r[3] not in ORG_KINDS:
                    problems.append("organizations: bad kind %r" % r[3])
                if r[1] not in r[2].split("|"):
                    problems.append("organizations: label not in names for %s" % key)
            elif name == "news-media":
                if not CODE_RE.match(key):
                    problems.append("news-media: bad code %r" % key)
                if r[4] not in MEDIA_KINDS:
                    problems.append("news-media: bad kind %r" % r[4])
                if r[3] and r[3] not in valid_iso3:
                    problems.append("news-media: bad country %r for %s" % (r[3], key))
                if r[1] not in r[2].split("|"):
                    problems.append("news-media: label not in names for %s" % key)
            elif name == "titles":
                if r[2] not in TITLE_CATEGORIES:
                    problems.append("titles: bad category %r" % r[2])
                if not r[1]:
                    problems.append("titles: empty canonical for %r" % r[0])
        if name == "countries":
            required = set(UN_MEMBERS) | set(UN_OBSERVERS) | set(EXTRA_STATES)
            missing = required - keys
            if missing:
                problems.append("countries: missing states %s" % sorted(missing))
    return counts, problems


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-codes", required=True, help="iso-codes json/iso_3166-1.json")
    ap.add_argument("--ruby-countries", required=True, help="ruby-countries lib/countries/cache/countries.json")
    ap.add_argument("--countries-list", required=True, help="countries-list countries.min.json")
    ap.add_argument("--out", default=os.path.dirname(here), help="output directory (default: lexicon/)")
    ap.add_argument("--check-only", action="store_true", help="only check the existing files")
    args = ap.parse_args(argv)

    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193, "UN member list must have 193 codes"
    iso, ruby, clist, version = load_sources(args)
    valid_iso3 = {e["alpha_3"] for e in iso} | {e[0] for e in EXTRA_ENTRIES}
    missing = set(UN_MEMBERS) - valid_iso3
    assert not missing, "UN members missing from iso-codes: %s" % sorted(missing)

    if not args.check_only:
        rows, resolutions = build_countries(iso, ruby, clist)
        for key, codes, pref in resolutions:
            print("conflict %-28r %s -> %s" % (key, ",".join(codes), pref or "dropped from all"), file=sys.stderr)
        write_tsv(os.path.join(args.out, "countries.tsv"), countries_comments(version, resolutions),
                  ["iso3", "iso2", "label", "names", "demonyms", "capitals", "seats"],
                  [[a3, r["iso2"], r["label"], "|".join(r["names"]), "|".join(r["demonyms"]),
                    "|".join(r["capitals"]), "|".join(r["seats"])] for a3, r in rows.items()])
        write_tsv(os.path.join(args.out, "organizations.tsv"), orgs_comments(),
                  ["code", "label", "names", "kind"], build_orgs())
        write_tsv(os.path.join(args.out, "news-media.tsv"), media_comments(),
                  ["code", "label", "names", "country", "kind"], build_media())
        write_tsv(os.path.join(args.out, "titles.tsv"), titles_comments(),
                  ["surface", "canonical", "category"], build_titles())

    counts, problems = check(args.out, valid_iso3)
    if not args.check_only:
        write_sources_md(os.path.join(args.out, "SOURCES.md"), counts, version)
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    for k, v in counts.items():
        print("%-14s %4d rows" % (k, v))
    print("check: %s" % ("OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
