"""Generate ontology/reference/countries.ttl from pycountry plus a hand table.

pycountry gives every ISO 3166-1 code with its short and official names; the table below adds
what pycountry lacks: the name people write in releases ("Russia", "South Korea"), other common
names, demonyms/adjectives ("Kazakh", "Emirati") and Wikidata ids. Kosovo (XK, a user-assigned
code) is added by hand. Run from the repository root:

    .venv/bin/python scripts/gen_countries.py            # writes ontology/reference/countries.ttl
    .venv/bin/python scripts/gen_countries.py --check    # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "ontology" / "reference" / "countries.ttl"

# code: (label or None to keep pycountry's, Wikidata id, demonyms/adjectives, extra altLabels)
TABLE: dict[str, tuple[str | None, str, list[str], list[str]]] = {
    # Central Asia, Caucasus, Eastern Europe, CIS
    "KZ": (None, "Q232", ["Kazakh", "Kazakhstani", "Kazakhs"], ["Kazakstan"]),
    "UZ": (None, "Q265", ["Uzbek", "Uzbekistani", "Uzbeks"], ["Republic of Uzbekistan"]),
    "KG": (
        None,
        "Q813",
        ["Kyrgyz", "Kyrgyzstani", "Kirghiz"],
        ["the Kyrgyz Republic", "Kirghizia", "Kirgizstan"],
    ),
    "TJ": (None, "Q863", ["Tajik", "Tajikistani", "Tadjik"], ["Republic of Tajikistan"]),
    "TM": (None, "Q874", ["Turkmen", "Turkmenistani"], []),
    "AZ": (None, "Q227", ["Azerbaijani", "Azeri", "Azerbaijanis"], ["Republic of Azerbaijan"]),
    "AM": (None, "Q399", ["Armenian", "Armenians"], ["Republic of Armenia"]),
    "GE": (None, "Q230", ["Georgian", "Georgians"], []),
    "BY": (None, "Q184", ["Belarusian", "Belarusians", "Byelorussian"], ["Republic of Belarus"]),
    "MD": ("Moldova", "Q217", ["Moldovan", "Moldovans"], []),
    "RU": ("Russia", "Q159", ["Russian", "Russians"], ["Russian Federation", "the Russian Federation"]),
    "UA": (None, "Q212", ["Ukrainian", "Ukrainians"], ["the Ukraine"]),
    "MN": (None, "Q711", ["Mongolian", "Mongolians"], []),
    # North America and G7 / G20
    "US": (
        None,
        "Q30",
        ["American", "Americans", "U.S."],
        [
            "the United States",
            "United States of America",
            "the United States of America",
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
        ],
    ),
    "CA": (None, "Q16", ["Canadian", "Canadians"], []),
    "MX": (None, "Q96", ["Mexican", "Mexicans"], ["United Mexican States"]),
    "GB": (
        None,
        "Q145",
        ["British", "Briton", "Britons", "UK"],
        ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    ),
    "FR": (None, "Q142", ["French"], ["French Republic"]),
    "DE": (None, "Q183", ["German", "Germans"], ["Federal Republic of Germany"]),
    "IT": (None, "Q38", ["Italian", "Italians"], ["Italian Republic"]),
    "JP": (None, "Q17", ["Japanese"], []),
    "CN": (
        None,
        "Q148",
        ["Chinese"],
        ["PRC", "People's Republic of China", "the People's Republic of China"],
    ),
    "IN": (None, "Q668", ["Indian", "Indians"], ["Republic of India", "Bharat"]),
    "KR": (
        "South Korea",
        "Q884",
        ["South Korean", "Korean", "South Koreans"],
        ["Republic of Korea", "the Republic of Korea", "ROK", "Korea"],
    ),
    "KP": (
        "North Korea",
        "Q423",
        ["North Korean", "North Koreans"],
        ["DPRK", "Democratic People's Republic of Korea"],
    ),
    "AU": (None, "Q408", ["Australian", "Australians"], ["Commonwealth of Australia"]),
    "BR": (None, "Q155", ["Brazilian", "Brazilians"], ["Federative Republic of Brazil"]),
    "AR": (None, "Q414", ["Argentine", "Argentinian", "Argentines"], ["Argentine Republic"]),
    "ID": (None, "Q252", ["Indonesian", "Indonesians"], []),
    "TR": ("Türkiye", "Q43", ["Turkish", "Turks"], ["Turkey", "Turkiye", "Republic of Turkey"]),
    "SA": (None, "Q851", ["Saudi", "Saudi Arabian", "Saudis"], ["Kingdom of Saudi Arabia", "KSA"]),
    "ZA": (None, "Q258", ["South African", "South Africans"], []),
    # EU members
    "AT": (None, "Q40", ["Austrian", "Austrians"], []),
    "BE": (None, "Q31", ["Belgian", "Belgians"], []),
    "BG": (None, "Q219", ["Bulgarian", "Bulgarians"], []),
    "HR": (None, "Q224", ["Croatian", "Croat", "Croats"], []),
    "CY": (None, "Q229", ["Cypriot", "Cypriots"], []),
    "CZ": (None, "Q213", ["Czech", "Czechs"], ["Czech Republic", "the Czech Republic"]),
    "DK": (None, "Q35", ["Danish", "Dane", "Danes"], []),
    "EE": (None, "Q191", ["Estonian", "Estonians"], []),
    "FI": (None, "Q33", ["Finnish", "Finn", "Finns"], []),
    "GR": (None, "Q41", ["Greek", "Greeks", "Hellenic"], ["Hellenic Republic"]),
    "HU": (None, "Q28", ["Hungarian", "Hungarians"], []),
    "IE": (None, "Q27", ["Irish"], []),
    "LV": (None, "Q211", ["Latvian", "Latvians"], []),
    "LT": (None, "Q37", ["Lithuanian", "Lithuanians"], []),
    "LU": (None, "Q32", ["Luxembourgish", "Luxembourger", "Luxembourgers"], []),
    "MT": (None, "Q233", ["Maltese"], []),
    "NL": (None, "Q55", ["Dutch"], ["Holland", "the Netherlands"]),
    "PL": (None, "Q36", ["Polish", "Pole", "Poles"], []),
    "PT": (None, "Q45", ["Portuguese"], []),
    "RO": (None, "Q218", ["Romanian", "Romanians"], []),
    "SK": (None, "Q214", ["Slovak", "Slovakian", "Slovaks"], ["Slovak Republic"]),
    "SI": (None, "Q215", ["Slovenian", "Slovene", "Slovenes"], []),
    "ES": (None, "Q29", ["Spanish", "Spaniard", "Spaniards"], []),
    "SE": (None, "Q34", ["Swedish", "Swede", "Swedes"], []),
    # rest of Europe
    "NO": (None, "Q20", ["Norwegian", "Norwegians"], []),
    "IS": (None, "Q189", ["Icelandic", "Icelander", "Icelanders"], []),
    "CH": (None, "Q39", ["Swiss"], ["Swiss Confederation"]),
    "LI": (None, "Q347", ["Liechtensteiner"], []),
    "RS": (None, "Q403", ["Serbian", "Serb", "Serbs"], []),
    "ME": (None, "Q236", ["Montenegrin", "Montenegrins"], []),
    "MK": (None, "Q221", ["North Macedonian", "Macedonian"], ["Macedonia"]),
    "AL": (None, "Q222", ["Albanian", "Albanians"], []),
    "BA": (None, "Q225", ["Bosnian", "Herzegovinian", "Bosnians"], ["Bosnia", "BiH"]),
    "XK": ("Kosovo", "Q1246", ["Kosovar", "Kosovan", "Kosovars"], ["Republic of Kosovo"]),
    "VA": (
        "Holy See",
        "Q237",
        ["Vatican"],
        ["Vatican", "Vatican City", "the Holy See", "Vatican City State"],
    ),
    "MC": (None, "Q235", ["Monegasque"], []),
    "AD": (None, "Q228", ["Andorran"], []),
    "SM": (None, "Q238", ["Sammarinese"], []),
    # Middle East and North Africa
    "IR": ("Iran", "Q794", ["Iranian", "Iranians", "Persian"], []),
    "IQ": (None, "Q796", ["Iraqi", "Iraqis"], []),
    "IL": (None, "Q801", ["Israeli", "Israelis"], []),
    "PS": (
        "Palestine",
        "Q219060",
        ["Palestinian", "Palestinians"],
        ["State of Palestine", "Palestinian Territories"],
    ),
    "JO": (None, "Q810", ["Jordanian", "Jordanians"], ["Hashemite Kingdom of Jordan"]),
    "LB": (None, "Q822", ["Lebanese"], []),
    "SY": ("Syria", "Q858", ["Syrian", "Syrians"], []),
    "AE": (
        None,
        "Q878",
        ["Emirati", "Emiratis"],
        ["UAE", "U.A.E.", "the Emirates", "the United Arab Emirates"],
    ),
    "QA": (None, "Q846", ["Qatari", "Qataris"], ["State of Qatar"]),
    "KW": (None, "Q817", ["Kuwaiti", "Kuwaitis"], []),
    "BH": (None, "Q398", ["Bahraini", "Bahrainis"], []),
    "OM": (None, "Q842", ["Omani", "Omanis"], ["Sultanate of Oman"]),
    "YE": (None, "Q805", ["Yemeni", "Yemenis"], []),
    "EG": (None, "Q79", ["Egyptian", "Egyptians"], ["Arab Republic of Egypt"]),
    "LY": (None, "Q1016", ["Libyan", "Libyans"], []),
    "TN": (None, "Q948", ["Tunisian", "Tunisians"], []),
    "DZ": (None, "Q262", ["Algerian", "Algerians"], []),
    "MA": (None, "Q1028", ["Moroccan", "Moroccans"], []),
    "SD": (None, "Q1049", ["Sudanese"], []),
    # South, East and South-East Asia, Pacific
    "AF": (None, "Q889", ["Afghan", "Afghans", "Afghani"], []),
    "PK": (None, "Q843", ["Pakistani", "Pakistanis"], ["Islamic Republic of Pakistan"]),
    "BD": (None, "Q902", ["Bangladeshi", "Bangladeshis"], []),
    "LK": (None, "Q854", ["Sri Lankan", "Sri Lankans"], []),
    "NP": (None, "Q837", ["Nepalese", "Nepali"], []),
    "BT": (None, "Q917", ["Bhutanese"], []),
    "MV": (None, "Q826", ["Maldivian", "Maldivians"], []),
    "MM": (None, "Q836", ["Myanmar", "Burmese"], ["Burma"]),
    "TH": (None, "Q869", ["Thai"], []),
    "VN": ("Vietnam", "Q881", ["Vietnamese"], ["Viet Nam"]),
    "LA": ("Laos", "Q819", ["Lao", "Laotian"], ["Lao PDR"]),
    "KH": (None, "Q424", ["Cambodian", "Cambodians"], []),
    "MY": (None, "Q833", ["Malaysian", "Malaysians"], []),
    "SG": (None, "Q334", ["Singaporean", "Singaporeans"], []),
    "PH": (None, "Q928", ["Filipino", "Philippine", "Filipinos"], ["the Philippines"]),
    "BN": ("Brunei", "Q921", ["Bruneian"], ["Brunei Darussalam"]),
    "TL": (None, "Q574", ["Timorese"], ["East Timor"]),
    "TW": ("Taiwan", "Q865", ["Taiwanese"], []),
    "HK": (None, "", [], ["Hong Kong Special Administrative Region", "Hong Kong SAR", "HKSAR"]),
    "MO": (None, "", [], ["Macao Special Administrative Region", "Macao SAR", "Macau", "Macau SAR"]),
    "NZ": (None, "Q664", ["New Zealander", "New Zealanders"], []),
    "PG": (None, "Q691", ["Papua New Guinean"], []),
    "FJ": (None, "Q712", ["Fijian", "Fijians"], []),
    # Africa
    "NG": (None, "Q1033", ["Nigerian", "Nigerians"], []),
    "KE": (None, "Q114", ["Kenyan", "Kenyans"], []),
    "ET": (None, "Q115", ["Ethiopian", "Ethiopians"], []),
    "CD": (
        "Democratic Republic of the Congo",
        "Q974",
        ["Congolese"],
        ["DRC", "DR Congo", "the Democratic Republic of the Congo", "Congo-Kinshasa"],
    ),
    "CG": ("Republic of the Congo", "Q971", [], ["Congo-Brazzaville", "Congo"]),
    "GH": (None, "Q117", ["Ghanaian", "Ghanaians"], []),
    "SN": (None, "Q1041", ["Senegalese"], []),
    "CI": (None, "Q1008", ["Ivorian", "Ivorians"], ["Ivory Coast", "Cote d'Ivoire"]),
    "TZ": ("Tanzania", "Q924", ["Tanzanian", "Tanzanians"], []),
    "UG": (None, "Q1036", ["Ugandan", "Ugandans"], []),
    "RW": (None, "Q1037", ["Rwandan", "Rwandans"], []),
    "AO": (None, "Q916", ["Angolan", "Angolans"], []),
    "MZ": (None, "Q1029", ["Mozambican", "Mozambicans"], []),
    "ZW": (None, "Q954", ["Zimbabwean", "Zimbabweans"], []),
    "ZM": (None, "Q953", ["Zambian", "Zambians"], []),
    "NA": (None, "Q1030", ["Namibian", "Namibians"], []),
    "BW": (None, "Q963", ["Botswanan", "Motswana"], []),
    "CM": (None, "Q1009", ["Cameroonian", "Cameroonians"], []),
    "ML": (None, "Q912", ["Malian", "Malians"], []),
    "NE": (None, "Q1032", ["Nigerien", "Nigeriens"], []),
    "TD": (None, "Q657", ["Chadian", "Chadians"], []),
    "BF": (None, "Q965", ["Burkinabe", "Burkinabè"], []),
    "SO": (None, "Q1045", ["Somali", "Somalian", "Somalis"], []),
    "SS": (None, "Q958", ["South Sudanese"], []),
    "ER": (None, "Q986", ["Eritrean", "Eritreans"], []),
    "DJ": (None, "Q977", ["Djiboutian"], []),
    "MR": (None, "Q1025", ["Mauritanian", "Mauritanians"], []),
    "MG": (None, "Q1019", ["Malagasy"], []),
    "MU": (None, "Q1027", ["Mauritian", "Mauritians"], []),
    "GA": (None, "Q1000", ["Gabonese"], []),
    "GN": (None, "Q1006", ["Guinean", "Guineans"], []),
    "SL": (None, "Q1044", ["Sierra Leonean", "Sierra Leoneans"], []),
    "LR": (None, "Q1014", ["Liberian", "Liberians"], []),
    "TG": (None, "Q945", ["Togolese"], []),
    "BJ": (None, "Q962", ["Beninese"], []),
    "BI": (None, "Q967", ["Burundian", "Burundians"], []),
    "MW": (None, "Q1020", ["Malawian", "Malawians"], []),
    "CV": (None, "Q1011", ["Cape Verdean", "Cabo Verdean"], ["Cape Verde"]),
    "GM": (None, "Q1005", ["Gambian", "Gambians"], ["The Gambia", "the Gambia"]),
    # Latin America and the Caribbean
    "CL": (None, "Q298", ["Chilean", "Chileans"], []),
    "CO": (None, "Q739", ["Colombian", "Colombians"], []),
    "PE": (None, "Q419", ["Peruvian", "Peruvians"], []),
    "EC": (None, "Q736", ["Ecuadorian", "Ecuadorean", "Ecuadorians"], []),
    "VE": ("Venezuela", "Q717", ["Venezuelan", "Venezuelans"], []),
    "BO": ("Bolivia", "Q750", ["Bolivian", "Bolivians"], []),
    "PY": (None, "Q733", ["Paraguayan", "Paraguayans"], []),
    "UY": (None, "Q77", ["Uruguayan", "Uruguayans"], []),
    "CU": (None, "Q241", ["Cuban", "Cubans"], []),
    "GT": (None, "Q774", ["Guatemalan", "Guatemalans"], []),
    "HN": (None, "Q783", ["Honduran", "Hondurans"], []),
    "SV": (None, "Q792", ["Salvadoran", "Salvadorans", "Salvadorean"], []),
    "NI": (None, "Q811", ["Nicaraguan", "Nicaraguans"], []),
    "CR": (None, "Q800", ["Costa Rican", "Costa Ricans"], []),
    "PA": (None, "Q804", ["Panamanian", "Panamanians"], []),
    "DO": (None, "Q786", ["Dominican"], []),
    "HT": (None, "Q790", ["Haitian", "Haitians"], []),
    "JM": (None, "Q766", ["Jamaican", "Jamaicans"], []),
}

# pycountry official names that are not names anyone uses for the state.
DROP_OFFICIAL = {"TW", "PS"}

# Kosovo is not in ISO 3166-1 proper; XK is the user-assigned code everyone uses.
EXTRA = {"XK": ("Kosovo", None)}
# regions with a code of their own within a state (special administrative regions): schema:containedInPlace
WITHIN = {"HK": "CN", "MO": "CN"}

PREFIXES = """@prefix dmo: <https://w3id.org/dmkg/ontology#> .
@prefix dmr: <https://w3id.org/dmkg/id/> .
@prefix country: <https://w3id.org/dmkg/id/country/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix schema: <https://schema.org/> .
"""


def _lit(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@en'


def _names(code: str) -> tuple[str, list[str]]:
    """The English label and the deduplicated alternative names of one country."""
    if code in EXTRA:
        short, official = EXTRA[code]
        common = None
    else:
        c = pycountry.countries.get(alpha_2=code)
        short = c.name
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
    override, _, _, extra = TABLE.get(code, (None, "", [], []))
    label = override or common or short
    alts: list[str] = []
    candidates = [short, common, None if code in DROP_OFFICIAL else official, *extra]
    # "The Commonwealth of The Bahamas": with its article, the state's name outruns "the Commonwealth"
    candidates += [f"the {n}" for n in candidates if n and n.startswith("Commonwealth of ")]
    for name in candidates:
        if name and name != label and name not in alts:
            alts.append(name)
    return label, alts


def render() -> str:
    """Turtle text for every country, sorted by code."""
    codes = sorted({c.alpha_2 for c in pycountry.countries} | set(EXTRA))
    blocks = [PREFIXES]
    for code in codes:
        label, alts = _names(code)
        _, qid, demonyms, _ = TABLE.get(code, (None, "", [], []))
        lines = [f"country:{code} a dmo:Country ;", f"    rdfs:label {_lit(label)} ;"]
        if alts:
            lines.append(f"    skos:altLabel {', '.join(_lit(a) for a in alts)} ;")
        if demonyms:
            lines.append(f"    dmo:demonym {', '.join(_lit(d) for d in demonyms)} ;")
        if qid:
            lines.append(f"    skos:exactMatch wd:{qid} ;")
        if code in WITHIN:
            lines.append(f"    schema:containedInPlace country:{WITHIN[code]} ;")
        lines.append(f'    dmo:isoCode "{code}" .')
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def write(path: Path = OUT) -> None:
    """Write atomically (temp file then rename) so readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(render())
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if countries.ttl is stale")
    args = parser.parse_args(argv)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != render():
            print(f"{OUT} is out of date: run scripts/gen_countries.py", file=sys.stderr)
            return 1
        return 0
    write()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
