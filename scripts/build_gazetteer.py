"""Derive ontology/gazetteer.json from the open reference lists in ../shared/data/gazetteers.

Run from the project root:  python scripts/build_gazetteer.py [GAZETTEER_DIR]
The output is committed, because a fresh install has no ../shared/. Sources and licences are
credited in the README (register of government organisations: MIT, Crown Copyright; mySociety's
local authority names and codes: CC BY 4.0).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Single words that are also ordinary English words or common surnames: matching them would
# tag sentence-initial words or people as councils and places.
AMBIGUOUS_WORDS = {"Monitor", "Tate", "Reading", "Rugby", "Hart", "Eden", "Copeland", "Bury", "Halton",
                   "Wyre", "Arun", "Rother", "Melton", "Selby", "Stroud", "Wealden", "Corby", "Boston",
                   "Havant", "Mole Valley", "Richmond", "Stafford", "Preston", "Lincoln", "Wakefield",
                   "Derby", "Warwick", "Bedford", "Chester", "Craven", "Fylde", "Pendle", "Gedling",
                   "Burnley", "Crawley", "Harlow", "Hastings", "Redditch", "Rushmoor", "Tendring",
                   "Sefton", "Oldham", "Barnet", "Brent", "Ealing", "Merton", "Sutton", "Bromley"}
PLACE_OK_DESPITE_SURNAME = {"Preston", "Lincoln", "Wakefield", "Derby", "Warwick", "Bedford", "Chester",
                            "Burnley", "Crawley", "Harlow", "Hastings", "Oldham", "Barnet", "Brent",
                            "Ealing", "Merton", "Sutton", "Bromley", "Richmond", "Stafford", "Boston"}
JOINING_WORDS = {"in", "on", "upon", "under", "le", "by", "super", "the", "en", "cum"}  # 'Barrow-in-Furness', 'Chester-le-Street'
COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}  # a region's one-word
# alternative name ('East' for the East of England) matches any capitalised direction ('East of Eden', 'East Sussex …')
ORG_WORDS = re.compile(r"\b(council|borough|authority|corporation|assembly|executive|combined)\b", re.I)


def government_organisations(path: Path) -> list[dict]:
    """Central government bodies from the GOV.UK register (current and dissolved)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = _one_space(row["name"])
            if not name or name in AMBIGUOUS_WORDS:
                continue
            entry = {"name": name, "type": "Organisation", "variants": [], "acronyms": [],
                     "ids": {"govuk": row["website"].strip()} if row["website"].strip() else {}}
            if row.get("end-date"):
                entry["ended"] = row["end-date"]
            out.append(entry)
    return out


def local_authorities(la_path: Path, names_path: Path) -> list[dict]:
    """Every local authority as an Organisation, and current ones' areas as Places."""
    variants: dict[str, set[str]] = defaultdict(set)
    with names_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            variants[row["local-authority-code"]].add(_capitalised(_one_space(row["la-name"])))
    orgs, places = [], []
    with la_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, official, nice = row["local-authority-code"], _one_space(row["official-name"]), _one_space(row["nice-name"])
            forms = {v for v in variants[code] | {_capitalised(_one_space(a)) for a in row["alt-names"].split(",")} if v and ORG_WORDS.search(v)}
            forms.add(f"{nice} Council")
            if official.startswith(("London Borough of ", "Royal Borough of ")):
                forms.add(f"{official} Council")  # ('the London Borough of Barnet Council', as some write it)
            forms.discard(official)
            ids = {}
            if row["gss-code"]:
                ids["gss"] = row["gss-code"]
            if row["gov-uk-slug"]:
                ids["govuk"] = f"https://www.gov.uk/find-local-council/{row['gov-uk-slug']}"
            entry = {"name": official, "type": "Organisation", "variants": sorted(forms, key=str.lower),
                     "acronyms": [], "ids": ids, "la_type": row["local-authority-type-name"]}
            if row["end-date"]:
                entry["ended"] = row["end-date"]
            orgs.append(entry)
            area = nice.removesuffix(" Council")  # the list names one area after its council ('Dorset Council')
            if (not row["end-date"] and (area not in AMBIGUOUS_WORDS or area in PLACE_OK_DESPITE_SURNAME)
                    and not ORG_WORDS.search(area)):  # a combined authority's name is no place's
                undotted = [area.replace("St. ", "St ")] if "St. " in area else []  # 'St Helens', as most write it
                if bare := _city_dropped(area, row["alt-names"]):
                    area, undotted = bare, [area]  # named as writers name it, the list's form kept as a variant
                places.append({"name": area, "type": "Place", "variants": undotted, "acronyms": [],
                               "ids": {"gss": row["gss-code"]} if row["gss-code"] else {}, "case_sensitive": True})
    return orgs + places


def _city_dropped(area: str, alt_names: str) -> str | None:
    """'City of Bristol', 'Glasgow City': the area as writers name it ('Bristol', 'Glasgow'), when the list's own
    alternative names hold that form (so 'City of London' does not become 'London')."""
    bare = area.removeprefix("City of ").removesuffix(" City")
    alts = {a.strip().casefold() for a in alt_names.split(",")}
    return bare if bare != area and bare.casefold() in alts else None


def _one_space(text: str) -> str:
    return " ".join(text.split())


def _capitalised(name: str) -> str:
    """A name a register writes all in lower case, as an article would write it."""
    if not name.islower():
        return name
    small = {"and", "of", "the", "upon", "on", "in", "under", "with"}

    def cap(word: str, first: bool) -> str:
        return word if word in small and not first else word[:1].upper() + word[1:]

    return " ".join("-".join(cap(p, i == j == 0 or (j == 0 and p not in small)) for j, p in enumerate(w.split("-")))
                    for i, w in enumerate(name.split(" ")))


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _entry(name: str, etype: str, variants=(), acronyms=(), ids=None, **extra) -> dict:
    name, variants = _one_space(name), [_one_space(v) for v in variants]  # the sources hold a few doubled spaces
    return {"name": name, "type": etype, "variants": sorted(set(variants) - {name}, key=str.lower),
            "acronyms": sorted(set(acronyms)), "ids": ids or {}, **extra}


def higher_education(path: Path) -> list[dict]:
    """Universities and colleges: safe synonyms as variants, capital-letter abbreviations (3+ letters) as acronyms."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].replace("\u2019", "'").strip()
            variants = [v.replace("\u2019", "'") for v in _split(row["match-synonyms"])]
            acronyms = [a for a in _split(row["suggestion-synonyms"]) if a.isupper() and a.isalpha() and len(a) >= 3]
            out.append(_entry(name, "Organisation", variants, acronyms, {"ukprn": row["ukprn"]} if row["ukprn"] else {}))
    return out


def nhs_organisations(path: Path) -> list[dict]:
    """NHS trusts, integrated care boards, health boards and NHS England regions (ODS and ONS codes kept).
    An alternative name is kept only when it still names the body ('… ICB'), not a bare region; a trust's name
    without its 'NHS' is one too, and without 'NHS (Foundation) Trust' when the rest ends in what it is
    ('University Hospitals Sussex'; not '… Hospital', which names one of its sites); an integrated care board's
    name without its 'NHS' is one, as the trade press writes it ('Lincolnshire Integrated Care Board', '… ICB')."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alt = [a for a in _split(row["alt-name"]) if any(w in a for w in ("NHS", "Trust", "Board", "ICB"))]
            name = row["name"].strip()
            if " NHS Trust" in name or " NHS Foundation Trust" in name:  # news often drops the 'NHS': 'X Foundation Trust'
                alt.append(name.replace(" NHS ", " "))
                short = re.sub(r" NHS (Foundation )?Trust$", "", name)  # and the whole ending, when what is left
                if short != name and re.search(r"\b(Hospitals|Healthcare|Health|Care|Services|Partnership)$", short):
                    alt += [short, short + " Trust"]  # still says what the body is: 'University Hospitals Sussex'
                    # ('Sherwood Forest Hospitals Trust': the whole ending shortened to 'Trust', as news writes it)
            if name.startswith("NHS ") and name.endswith(" Integrated Care Board"):  # and an ICB's: 'Lincolnshire ICB'
                alt += [name[4:], name[4:-len("Integrated Care Board")] + "ICB"]
            ids = {k: row[c] for k, c in (("ods", "ods-code"), ("gss", "gss-code")) if row.get(c)}
            out.append(_entry(name, "Organisation", alt, (), ids))
    return out


def police_forces(path: Path) -> list[dict]:
    """Territorial forces; news calls a 'Constabulary' its 'Police' and a 'Police' force its 'Constabulary'
    ('Avon and Somerset Police', 'Suffolk Police'), so each form is a variant of the other."""
    swap = {" Constabulary": " Police", " Police": " Constabulary"}
    with path.open(encoding="utf-8") as fh:
        return [_entry(name, "Organisation", [name[:-len(end)] + other for end, other in swap.items() if name.endswith(end)],
                       (), {"police": row["police-uk-id"]})
                for row in csv.DictReader(fh) if (name := row["name"].strip())]


def nations_and_regions(path: Path) -> list[dict]:
    """The UK, its nations and England's regions; abbreviations (UK, GB) as case-sensitive acronyms."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alts = _split(row["alt-names"])
            out.append(_entry(row["name"].strip(), "Place", [a for a in alts if not a.isupper() and a not in COMPASS_WORDS],
                              [a for a in alts if a.isupper()], {"gss": row["gss-code"]}))
    return out


def towns(path: Path, taken: set[str]) -> list[dict]:
    """Towns and cities over 5,000 people, for typing a name the tagger found as a Place (never matched on
    their own: many are also words — 'March', 'Sale', 'Street', 'Deal'). A name joined by a lower-case word
    ('Barrow in Furness', 'Stoke-on-Trent') is no word of the language: it is matched in text, written with spaces
    or hyphens."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if name.casefold() in taken:
                continue
            joined = _joined_forms(name)
            if joined:
                forms = [f for f in joined if f.casefold() not in taken]
                out.append(_entry(name, "Place", forms, (), {"geonames": row["geonames-id"]}, case_sensitive=True))
            else:
                out.append(_entry(name, "Place", (), (), {"geonames": row["geonames-id"]}, match="typing"))
    return out


def _joined_forms(name: str) -> list[str]:
    """'Barrow in Furness' -> its hyphened and spaced forms (the joining word in lower case; the name's other spaces
    and hyphens kept: 'Saint Leonards-on-Sea'), or [] for a name with no lower-case joining word between
    capitalised words."""
    parts = re.split(r"([ -])", name)  # words at even places, separators at odd ones
    words = parts[::2]
    if "," in name or len(words) < 3 or not (words[0][:1].isupper() and words[-1][:1].isupper()) or not any(
            w.lower() in JOINING_WORDS for w in words[1:-1]):
        return []
    joined = [i for i in range(1, len(parts), 2) if parts[i - 1].lower() in JOINING_WORDS or parts[i + 1].lower() in JOINING_WORDS]
    forms = []
    for sep in "- ":
        out = [p.lower() if k % 2 == 0 and p.lower() in JOINING_WORDS else p for k, p in enumerate(parts)]
        for i in joined:
            out[i] = sep
        forms.append("".join(out))
    return [form for form in forms if form != name]


def add_unapostrophised_variants(entries: list[dict]) -> None:
    """Writers drop apostrophes ('Queens University Belfast', 'Kings College London'): add those forms."""
    for entry in entries:
        if entry.get("match") == "typing":
            continue
        forms = [entry["name"], *entry["variants"]]
        extra = [f.replace("'s ", "s ").replace("s' ", "s ") for f in forms if "'" in f]
        entry["variants"] = sorted(set(entry["variants"]) | {e for e in extra if e not in forms}, key=str.lower)


def add_articleless_variants(entries: list[dict]) -> None:
    """Registers keep a leading 'The' that running text drops after its own article or a verb ('… services at
    Shrewsbury and Telford Hospital NHS Trust'): add the form without it when two or more words are left."""
    for entry in entries:
        if entry.get("match") == "typing":
            continue
        forms = [entry["name"], *entry["variants"]]
        bare = [f[4:] for f in forms if f.startswith("The ") and len(f.split()) > 2]
        entry["variants"] = sorted(set(entry["variants"]) | {b for b in bare if b not in forms}, key=str.lower)


def drop_ambiguous_variants(entries: list[dict]) -> None:
    """A variant that would point at two different bodies is kept by neither (except as a name)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, entry in enumerate(entries):
        for form in [entry["name"], *entry["variants"]]:
            owners[(entry["type"], form.casefold())].add(i)
    for entry in entries:
        entry["variants"] = [v for v in entry["variants"]
                             if len(owners[(entry["type"], v.casefold())]) == 1 and v.casefold() != entry["name"].casefold()]
        kept: dict[str, str] = {}  # one spelling per case-folded form: the one with the most capitals
        for v in sorted(entry["variants"], key=lambda v: sum(c.isupper() for c in v)):
            kept[v.casefold()] = v
        entry["variants"] = sorted(kept.values(), key=str.lower)


def main(src: Path) -> None:
    entries = government_organisations(src / "uk-government-organisations.tsv")
    entries += local_authorities(src / "uk-local-authorities.csv", src / "uk-local-authority-names.csv")
    entries += higher_education(src / "uk-higher-education-institutions.csv")
    entries += nhs_organisations(src / "uk-nhs-organisations.csv")
    entries += police_forces(src / "uk-police-forces.csv")
    entries += nations_and_regions(src / "uk-nations-regions.csv")
    taken = {e["name"].casefold() for e in entries} | {v.casefold() for e in entries for v in e["variants"]}
    entries += towns(src / "uk-places-geonames.csv", taken)
    add_unapostrophised_variants(entries)
    add_articleless_variants(entries)
    drop_ambiguous_variants(entries)
    acronym_owners: dict[str, int] = {}
    for entry in entries:
        for a in entry["acronyms"]:
            acronym_owners[a] = acronym_owners.get(a, 0) + 1
    for entry in entries:  # an acronym two bodies share names neither
        entry["acronyms"] = [a for a in entry["acronyms"] if acronym_owners[a] == 1]
    out = ROOT / "ontology" / "gazetteer.json"
    doc = {
        "about": "Derived by scripts/build_gazetteer.py from the register of UK government organisations "
                 "(MIT, Crown Copyright HM Government), mySociety's UK local authority names and codes (CC BY 4.0), "
                 "DfE reference data on higher-education institutions (MIT), RCPCH's NHS organisations (MIT; NHS ODS "
                 "and ONS data, OGL v3), data.police.uk forces (OGL v3), ONS nations and regions (OGL v3) and GeoNames "
                 "towns over 5,000 people (CC BY 4.0, geonames.org). Entries with match=typing are never matched "
                 "on their own; they only type a name the tagger found. Hand-kept additions live in "
                 "gazetteer-curated.json.",
        "entries": entries,
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} entries to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "gazetteers")
