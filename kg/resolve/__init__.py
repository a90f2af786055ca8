"""Names and identity: canonical labels, acronyms, and merging mentions into entities.

Kept apart from spaCy so the rules can be tested on plain strings. The submodules resolve names across
articles: aliases (the store-wide alias index a build applies) and names (labels and aliases recomputed
from the articles that still mention an entity). This module imports only model; the submodules import
sparql and rdf.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..model import Amount

QUOTE_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'",
                            "\u00a0": " ", "\u2032": "'"})
_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*'s?$")
FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&", "to", "at", "by", "with", "a", "an"})  # small words a name's
# initials may leave out or keep
_CURRENCIES = {"£": "GBP", "€": "EUR", "$": "USD", "gbp": "GBP", "eur": "EUR", "usd": "USD"}
CURRENCY_CODES = frozenset(c for c in _CURRENCIES.values())  # 'EUR 8,000': a sum's currency written as its code
_SCALE = {"k": Decimal(1000), "thousand": Decimal(1000), "m": Decimal(10**6), "million": Decimal(10**6),
          "mn": Decimal(10**6), "bn": Decimal(10**9), "billion": Decimal(10**9), "b": Decimal(10**9)}
SCALE_WORDS = frozenset(_SCALE)  # the words that scale a sum ('£2m', '£4 million'), for readers of the tokens
_MONEY_RE = re.compile(r"(£|€|\$|GBP|EUR|USD)\s?([\d,]+(?:\.\d+)?)\s*(k|m|mn|bn|b|thousand|million|billion)?\b", re.I)
# a sum with its currency named after it, as news agencies write it: '70 million pounds', '2,500 euros'
_WORDED_MONEY_RE = re.compile(r"(?<![\w.,])([\d,]+(?:\.\d+)?)\s*(thousand|million|billion|m|bn)?\s+(pounds?|euros?|dollars?)\b", re.I)
_WORDED_CURRENCY = {"pound": "£", "euro": "€", "dollar": "$"}


def _worded(m: re.Match) -> Amount | None:
    """The sum of a '70 million pounds' match, as if written '£70 million'."""
    found = parse_amount(_WORDED_CURRENCY[m.group(3).lower().rstrip("s")] + m.group(1) + (" " + m.group(2) if m.group(2) else ""))
    return None if found is None else Amount(value=found.value, currency=found.currency, text=m.group(0).strip())


def fold_quotes(text: str) -> str:
    """Curly quotes to straight ones, one character for one, so offsets are unchanged."""
    return text.translate(QUOTE_FOLD)


_SHOUTED_OPENING = re.compile(r"(?m)^([^\w\n]*)((?:[A-Z][A-Z'&-]*[ \t]+){0,3}[A-Z][A-Z'&-]*)(?=[ \t,]+[^\s]*[a-z])")
_SHOUTED_WORD = re.compile(r"[A-Z][A-Z'-]{4,}")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]{3,}")
_JOINED_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][a-z]")  # a shouted word joined to a name
_MID_CAPITALS = re.compile(r"(?<=[a-z,;] )[A-Z][A-Z'-]{4,}\b")  # a word in capitals after a lower-case word


def parse_text(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """The text as the parser reads it, one character for one so offsets hold: curly quotes folded, and the words
    a news lede prints in capitals written as names are ('SOUTHEND Council has been …', "WORCESTERSHIRE'S
    Children Services", 'A HOSPITAL TRUST has …'): a shouted word is one of a run of them, a possessive, or the
    start of a name that goes on in capitals. Words under five letters, known *acronyms* (and words the text writes in
    capitals after a lower-case word too: 'the NSPCC can …', so 'NSPCC CEO, X said' keeps it) and a lone capitalised
    word before lower-case text ('WESTCA has appointed …', an unknown acronym) stay as they are, unless 'and' joins it
    to a name ('HEREFORD and Worcester Fire and Rescue Service', one name shared by two places); a shouted word after
    'a' or 'the' that the article writes in lower case elsewhere is a common word ('A PILOT project … the pilot')."""
    def unshout(match: re.Match) -> str:
        run = match.group(2)
        rest = re.match(r"[ \t,]+(\S+)", match.string[match.end():])
        shouted = [w for w in _SHOUTED_WORD.findall(run) if w not in acronyms]
        joined = _JOINED_NAME.match(match.string, match.end()) is not None  # 'DORSET and Wiltshire Fire and Rescue Service'
        if not shouted or not (len(run.split()) > 1 or run.endswith("'S") or joined or (rest and rest.group(1)[:1].isupper())):
            return match.group(0)
        common = lower if run.split()[0] in {"A", "AN", "THE"} else set()  # ('A PILOT project', never 'NORFOLK COUNCIL')
        words = _SHOUTED_WORD.sub(lambda w: w.group(0) if w.group(0) in acronyms else w.group(0).lower()
                                  if w.group(0).lower() in common else w.group(0).capitalize(), run)
        return match.group(1) + (words if len(words) == len(run) else run)

    folded = fold_quotes(text)
    shouting = _SHOUTED_OPENING.search(folded) is not None
    lower = set(_LOWER_WORD.findall(folded)) if shouting else set()
    acronyms = acronyms | (set(_MID_CAPITALS.findall(folded)) if shouting else set())  # ('NSPCC CEO, X said' opening a line,
    return _SHOUTED_OPENING.sub(unshout, folded)  # 'the NSPCC can' mid-sentence: an acronym, not a shouted word)


def canonical_name(text: str) -> str:
    """The label an entity is stored under: quotes folded, no leading 'the', no trailing possessive."""
    name = " ".join(fold_quotes(text).split())
    name = _LEADING_THE.sub("", name)
    name = _POSSESSIVE.sub("", name) if not name.endswith("s'") else name[:-1]
    return name.strip(" ,.;:-–—()[]\"'")


def normalise_for_match(text: str) -> str:
    """The evaluation's normal form: case-folded, no 'the' or possessive, punctuation as spaces."""
    name = re.sub(r"'s\b", "", canonical_name(text).casefold())
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def is_acronym(text: str) -> bool:
    """'KCC', 'CCGs', 'DfE', 'NESTA': short, no spaces, at least two capitals."""
    return (" " not in text and 2 <= len(text) <= 10 and sum(c.isupper() for c in text) >= 2
            and text[0].isupper() and text.replace("&", "").isalnum())


def initials(words: list[str], with_function_words: bool = False) -> str:
    """Initial letters of the capitalised words of a name ('Kent County Council' -> 'KCC')."""
    return "".join(w[0] for w in words if w and (w[0].isupper() or (with_function_words and w.lower() in FUNCTION_WORDS)))


def acronym_matches(acronym: str, name: str) -> bool:
    """Does *acronym* abbreviate *name*? Tolerates a plural 's' and lower-case letters ('DfE', 'CCGs')."""
    acro = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    acro = acro.replace("&", "").upper()
    words = [w for w in re.split(r"[\s\-/]+", canonical_name(name)) if w]
    if len(words) < 2 or len(acro) < 2:
        return False
    if initials(words).upper() == acro or initials(words, True).upper() == acro:
        return True
    # 'DfE' = Department for Education: capitals and the lower-case function word's initial.
    caps = "".join(w[0] for w in words if w[0].isupper() or w.lower() in {"for", "of", "and"})
    if caps.upper() == acro or _hyphened_initials(canonical_name(name), acro):
        return True
    for ending in _NHS_ENDINGS:  # 'UHL' = University Hospitals of Leicester NHS Trust: a trust's initials leave these off
        if len(words) > len(ending) + 1 and words[-len(ending):] == list(ending):
            return acronym_matches(acronym, " ".join(words[:-len(ending)]))
    if len(words) > 2 and words[-1] in _LEGAL_SUFFIXES:  # 'LEAD' = Lean Education and Development Limited
        return acronym_matches(acronym, " ".join(words[:-1]))
    return False


_NHS_ENDINGS = (("NHS", "Foundation", "Trust"), ("NHS", "Trust"))


def _hyphened_initials(name: str, acro: str) -> bool:
    """'TCMAT' = Telford Co-Operative Multi-Academy Trust: a hyphened word gives its first initial or one for each
    part ('Co-Operative' C, 'Multi-Academy' MA), whichever the acronym spells."""
    spelt = {""}
    for word in (w for w in re.split(r"[\s/]+", name) if w[:1].isupper()):
        parts = [p for p in word.split("-") if p]
        options = {word[0].upper(), "".join(p[0] for p in parts if p[0].isalnum()).upper()}
        spelt = {s + o for s in spelt for o in options if acro.startswith(s + o)}
    return "-" in name and acro in spelt


_LEGAL_SUFFIXES = {"Ltd", "Limited", "plc", "PLC", "LLP", "Inc", "UK", "Group", "CIC"}


def bracket_acronym_fits(acronym: str, name: str) -> bool:
    """'Harbour Taskforce (HTF)': an acronym in brackets right after a name may take letters from inside its
    words (Task-Force); it fits when it matches as usual, or opens with the name's initial, has every word's
    initial in order, and spells a subsequence of the name's letters."""
    if acronym_matches(acronym, name):
        return True
    acro = acronym.replace("&", "").upper()
    whole = [w for w in re.split(r"[\s\-/]+", canonical_name(name)) if w and (w[0].isupper() or w[0].isdigit())]
    words = list(whole)
    while len(words) > 2 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()  # 'Hutchison 3G UK Ltd (H3G)'; but the suffix may be spelt too: 'Building Digital UK (BDUK)'

    def subsequence(short: str, long: str) -> bool:
        rest = iter(long)
        return all(c in rest for c in short)

    return any(len(ws) >= 2 and len(acro) >= 2 and acro[0] == ws[0][0].upper()
               and subsequence("".join(w[0] for w in ws).upper(), acro) and subsequence(acro, "".join(ws).upper())
               for ws in (words, whole))


def parse_amount(text: str) -> Amount | None:
    """'£60,000' -> Amount(60000, GBP); '£4 million' -> 4000000; '70 million pounds' -> 70000000 GBP; None
    when it is not money."""
    m = _MONEY_RE.search(text)
    if not m:
        w = _WORDED_MONEY_RE.search(text)
        return None if w is None else _worded(w)
    try:
        value = Decimal(m.group(2).replace(",", ""))
    except InvalidOperation:
        return None
    if m.group(3):
        value *= _SCALE[m.group(3).lower()]
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return Amount(value=value,
                  currency=_CURRENCIES[m.group(1).lower() if m.group(1).isalpha() else m.group(1)],
                  text=m.group(0).strip())


# a sum written without its currency: thousands with separators ('130,000') or a scale word ('2.5 million')
_BARE_SUM_RE = re.compile(r"(?<![\w£€$.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:thousand|million|billion|bn|m)\b)(?![\w%,.]\d)",
                          re.I)


def parse_implied_amount(text: str, currency: str) -> Amount | None:
    """A sum written without its currency ('fined X 130,000', 'a 2.5 million grant'), in *currency*; years,
    percentages, counts without separators and numbers of things ('50,000 appeals') are not sums."""
    m = _BARE_SUM_RE.search(text)
    if not m:
        return None
    symbol = next(k for k, v in _CURRENCIES.items() if v == currency)
    found = parse_amount(symbol + m.group(1))
    if found is None:
        return None
    after = text[m.end():m.end() + 16].lower().lstrip()
    if after.startswith(("people", "children", "staff", "%", "per cent", "percent")) or (
            (word := re.match(r"[a-z]+s\b", after)) and word.group(0) not in {"plus", "pounds", "euros", "dollars"}):
        return None  # a count ('50,000 appeals', '2,500 homes'), not a sum
    return Amount(value=found.value, currency=currency, text=m.group(0).strip())


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], start=1)}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b([A-Za-z]+)\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def normalise_date(text: str) -> tuple[str, str] | None:
    """'25 May 2018' -> ('2018-05-25', 'date'); 'August 2016' -> ('2016-08', 'gYearMonth'); '2017' -> ('2017', 'gYear')."""
    if m := _ISO.search(text):
        return (m.group(0), "date") if m.group(3) else (m.group(0), "gYearMonth")
    if (m := _DAY_MONTH_YEAR.search(text)) and m.group(2).lower() in _MONTHS and 1 <= int(m.group(1)) <= 31:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}", "date"
    if (m := _MONTH_YEAR.search(text)) and m.group(1).lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}", "gYearMonth"
    if m := _YEAR.search(text):
        return m.group(1), "gYear"
    return None
