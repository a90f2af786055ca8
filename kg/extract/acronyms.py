"""Acronyms defined in brackets: 'Kent Integrated Dataset (KID)' makes the long form a mention and the
acronym a mention of the same thing; so does a defined term ('Acme Ltd ("the Licensee")'), wherever it
recurs. Imports resolve, extract.entity_types and extract.name_edges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resolve import FUNCTION_WORDS, acronym_matches, bracket_acronym_fits, is_acronym
from ..vocab.lexicon import GazetteerEntry, StructureRules, spellings
from .entity_types import TypeJudge
from .mentions_base import QUOTES, Mention, doc_tokens
from .name_edges import gaz_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc


class AcronymReader:
    """Finds bracketed acronyms and the names they abbreviate."""

    def __init__(self, judge: TypeJudge, structure: StructureRules, gaz: dict[str, GazetteerEntry] | None = None) -> None:
        self.judge, self.structure, self._gaz = judge, structure, gaz or {}

    def define(self, doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], dict[int, tuple[int, int]]]:
        """'Kent Integrated Dataset (KID)': make sure the long form is a mention, and mark the acronym."""
        by_end = {m.end: m for m in mentions}
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        result = list(mentions)
        links: dict[int, tuple[int, int]] = {}
        common: set[str] = set()
        tails = frozenset(self.structure.structural.get("bracketed-name-tails", {}).get("words", ()))
        for tok in doc:
            if tok.text == "(" and (term := _quoted_initials(doc, tok.i)) is not None:
                common.update(term)  # 'large scale voluntary transfers ("LSVTs")': a term's initials, in quotes
                continue
            if tok.text == "(" and tok.i + 3 < len(doc) and doc[tok.i + 3].text == ")":
                result, links = self._two_part(doc, tok, by_end, covered, result, links)  # 'NHS Commissioning Board (NHS CB)'
                continue
            if tok.text == "(" and by_end.get(tok.i) is not None and (term := _defined_term(doc, tok.i)) is not None:
                result, links = _name_term(doc, term, by_end[tok.i], covered, result, links)  # 'Acme Ltd ("the Company")'
                continue
            if not (tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")"):
                continue
            acro_tok = doc[tok.i + 1]
            long_form = by_end.get(tok.i) or (  # "the Westshire Association's (WA) app"
                by_end.get(tok.i - 1) if tok.i > 0 and doc[tok.i - 1].text in {"'s", "’s"} else None)
            if not is_acronym(acro_tok.text) and not (  # 'Higher Education Funding Council for England (Hefce)'
                    acro_tok.is_title and 3 <= len(acro_tok.text) <= 8 and long_form is not None
                    and acronym_matches(acro_tok.text, long_form.text)):
                continue
            if long_form is not None and long_form.gaz_id and not bracket_acronym_fits(acro_tok.text, long_form.text):
                # a known name is never cut down to fit its acronym ('Norfolk and Suffolk NHS Foundation Trust
                # (NSFT)'): the acronym is its when the first letters agree, else a longer name's or no one's
                if acro_tok.text[:1].upper() != long_form.text[:1].upper():
                    long_form = None  # or the end of a longer name ('Building Digital UK (BDUK)'): rebuild it
            elif long_form is not None and not bracket_acronym_fits(acro_tok.text, long_form.text) and not \
                    acronym_matches(acro_tok.text, long_form.text.split(" of ")[0]) and not _fits_after_place(doc, long_form, acro_tok.text):
                long_form = None  # the tagger cut the name short ('Rescue Service (KFRS)'): rebuild it ('X Association of Wales (XA)' fits)
            if long_form is None:
                long_form = self.title_case_run(doc, tok.i, acro_tok.text)
                if long_form is None:
                    if _common_noun_initials(doc, tok.i, acro_tok.text) or self._post_initials(doc, tok.i, acro_tok.text):
                        common.add(acro_tok.text)  # 'an escalating penalty notice (EPN)', 'Non-Executive Director (NED)'
                    elif self._described_body(doc, tok.i) and acro_tok.i not in covered:
                        result.append(Mention(acro_tok.i, acro_tok.i + 1, acro_tok.text, "Organisation", "context"))
                    continue
                # the new long form replaces any partial mentions inside it
                result = [m for m in result if m.end <= long_form.start or m.start >= long_form.end]
                result.append(long_form)
            inner = covered.get(acro_tok.i)
            if inner is not None and inner in result:
                result.remove(inner)
                long_form = self._known_long_form(long_form, inner, result)
            result.append(Mention(acro_tok.i, acro_tok.i + 1, acro_tok.text, long_form.type, long_form.source,
                                  long_form.gaz_id))
            links[acro_tok.i] = (long_form.start, long_form.end)
            result = _joined_tail(doc, tok.i + 3, long_form, result, tails)  # 'X Hospitals (XH) NHS Trust'
        result = [m for m in result if m.text not in common]  # an abbreviation of words, not of a name
        links |= _trading_names(doc, result, frozenset(self.structure.structural.get("trading-names", {}).get("phrases", ())))
        return result + self.initials_of_named(doc, result), links

    def _known_long_form(self, long_form: Mention, acronym: Mention, result: list[Mention]) -> Mention:
        """'His Majesty's Inspectorate of Constabularies and Fire and Rescue Services (HMICFRS)': a long form the
        register does not spell that way is the register's body when its acronym is that body's and three in four of its
        words are in a spelling of the body's name (by a word's first five letters: 'Constabularies', 'Constabulary')."""
        entry = self._gaz.get(acronym.gaz_id) if acronym.gaz_id and not long_form.gaz_id else None
        if entry is None or acronym.text not in entry.acronyms or entry.type != long_form.type:
            return long_form
        own = _stems(long_form.text)
        if not any(len(own & _stems(name)) >= 0.75 * len(own) for form in (entry.name, *entry.variants) for name in spellings(form)):
            return long_form
        known = Mention(long_form.start, long_form.end, long_form.text, long_form.type, long_form.source, acronym.gaz_id)
        result[:] = [known if m is long_form else m for m in result]
        return known

    @staticmethod
    def _two_part(doc: Doc, bracket, by_end: dict, covered: dict, result: list, links: dict) -> tuple[list, dict]:
        """'NHS Commissioning Board (NHS CB)': an acronym of two parts in brackets, the first a word of the
        name's own (itself in capitals), the second the initials of the rest."""
        first, second = doc[bracket.i + 1], doc[bracket.i + 2]
        long_form = by_end.get(bracket.i)
        words = long_form.text.split() if long_form is not None else []
        if not (first.is_upper and second.is_upper and len(words) > 2 and words[0] == first.text
                and acronym_matches(second.text, " ".join(words[1:]))):
            return result, links
        places = [k for k in range(first.i, len(doc) - 1) if doc[k].text == first.text and doc[k + 1].text == second.text]
        inner = [covered.get(k + d) for k in places for d in (0, 1)]  # here and wherever the text says it again
        result = [m for m in result if not any(m is x for x in inner)]
        result += [Mention(k, k + 2, f"{first.text} {second.text}", long_form.type, long_form.source, long_form.gaz_id)
                   for k in places]
        links[first.i] = (long_form.start, long_form.end)
        return result, links

    def initials_of_named(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'British Heart Foundation … BHF chief executive Jo Bloggs': an acronym no one defined, whose letters
        are the initials of the one body the article names that way, stands for that body."""
        bodies = [m for m in mentions if m.type == "Organisation" and " " in m.text]
        if not bodies:
            return []
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for tok in doc_tokens(doc):
            text = tok.text
            if (not 3 <= len(text) <= 6 or not text[0].isupper() or sum(c.isupper() for c in text) < 2  # ('DfE')
                    or tok.i in covered or not is_acronym(text)
                    or text in self.judge.rules.never):
                continue
            named = {m.gaz_id or m.text: m for m in bodies if acronym_matches(tok.text, m.text)}
            if len(named) == 1:
                body = next(iter(named.values()))
                out.append(Mention(tok.i, tok.i + 1, tok.text, "Organisation", body.source, body.gaz_id))
        return out

    def title_case_run(self, doc: Doc, bracket: int, acronym: str) -> Mention | None:
        """The shortest run of capitalised words (and joining words) before a bracket that the acronym abbreviates."""
        start = bracket
        while start > 0 and bracket - start < 12:
            prev = doc[start - 1]
            if (prev.is_title or prev.is_upper or prev.text.lower() in self.structure.acronym_joining_words
                    or (prev.like_num and not prev.whitespace_)  # '3' of 'Hutchison 3G', split by the tokenizer
                    or (prev.text in {"'s", "’s"} and start > 1 and doc[start - 2].is_title)):  # 'His Majesty's Inspectorate'
                start -= 1
            else:
                break
        for s in range(start, bracket):
            first = doc[s]
            if not (first.is_title or first.is_upper):
                continue
            span = doc[s:bracket]
            if bracket_acronym_fits(acronym, span.text) and self.judge.is_name(span):
                head, ctx = self.judge.head_type(span), self.judge.context_type(doc, s, bracket)
                # with no word saying what it is, trust the tagger's view of the name or its acronym
                tagged = {self.structure.spacy_types.get(t.ent_type_) for t in [*span, doc[bracket + 1]]} - {None}
                own = self.structure.spacy_types.get(doc[bracket + 1].ent_type_)  # ('Building Digital UK (BDUK)': the
                etype = ctx or head or (tagged.pop() if len(tagged) == 1 else own)  # acronym's type, not its place word's)
                if etype is None:
                    return None
                place = min((a for a, b in gaz_spans(doc, "Place") if start <= a < s and b <= s
                             and all(doc[k].is_title for k in range(a, s))), default=None)
                s = place if place is not None and etype == "Organisation" else s  # 'Kelby City Probation Delivery Unit (PDU)'
                return Mention(s, bracket, doc[s:bracket].text, etype, "context" if ctx else "head" if head else "spacy")
        return None

    def _described_body(self, doc: Doc, bracket: int) -> bool:
        """'the French data protection authority (CNIL)': lower-case words (or a nationality) after 'the', ending in a singular noun for a
        kind of body, before a bracketed acronym they do not spell (a body's own name in another language)."""
        noun, k = doc[bracket - 1], bracket - 1
        while k > 0 and doc[k - 1].is_alpha and doc[k - 1].lower_ != "the" and (doc[k - 1].is_lower or doc[k - 1].ent_type_ == "NORP") \
                and bracket - k < 6:
            k -= 1
        return (noun.is_lower and noun.tag_ == "NN" and self.judge.rules.context_words.get(noun.lower_) == "Organisation"
                and k > 0 and doc[k - 1].lower_ == "the" and k < bracket - 1)

    def _post_initials(self, doc: Doc, bracket: int, acronym: str) -> bool:
        """Whether a post's title ends right before the bracket, its last word the acronym's last letter: 'Lead
        Non-Executive Director (NED)', 'Senior Responsible Owner (SRO)' abbreviate a post, not a body; so do the plural's
        ('The Non-Executive Directors (NED) are …')."""
        rules, last = self.judge.rules, doc[bracket - 1].text
        if last[:1].upper() != acronym[-1:].upper():
            return False
        plural = last.endswith("s") and last[:-1] in rules.post_words and all(
            w in rules.post_modifiers for w in doc[max(0, bracket - 4):bracket - 1].text.split() if w[:1].isupper())
        return plural or any(self.judge.is_post_title(doc[s:bracket]) for s in range(max(0, bracket - 4), bracket - 1))


def _stems(text: str) -> set[str]:
    """A name's words but its function words, each by its first five letters ('Constabularies': 'const')."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in FUNCTION_WORDS and w != "s"}


def _common_noun_initials(doc: Doc, bracket: int, acronym: str) -> bool:
    """Whether the lower-case words right before the bracket spell the acronym ('escalating penalty notice (EPN)'),
    with or without the small words between them ('prevention of future deaths (PFD)', 'freedom of information (FOI)')."""
    for n in range(len(acronym), len(acronym) + 3):
        words = list(doc[max(0, bracket - n):bracket])
        if len(words) < n or not all(t.is_lower and t.is_alpha for t in words) or words[0].lower_ in FUNCTION_WORDS:
            continue
        spelt = ("".join(t.text[0] for t in words), "".join(t.text[0] for t in words if t.lower_ not in FUNCTION_WORDS))
        if acronym.upper() in {x.upper() for x in spelt}:
            return True
    return False


def _quoted_initials(doc: Doc, bracket: int) -> set[str] | None:
    """'registered social landlords ("RSLs")': an acronym in quotes (or a plural one) in a bracket after lower-case words
    that spell it — the acronym and its singular, no name."""
    close = next((t.i for t in doc[bracket + 1:bracket + 5] if t.text == ")"), None)
    inner = [t for t in doc[bracket + 1:close] if t.text not in QUOTES] if close is not None else []
    if len(inner) != 1 or not (close - bracket > 2 or inner[0].text.endswith("s")):
        return None
    text = inner[0].text
    base = text[:-1] if text.endswith("s") and is_acronym(text[:-1]) else text
    return {text, base} if is_acronym(base) and _common_noun_initials(doc, bracket, base) else None


def _defined_term(doc: Doc, bracket: int) -> tuple[int, int] | None:
    """The capitalised words a bracket after a name defines as its short name, in quotes: '("the Licensee")',
    '(the "Company")', '(“the Trust”)', '("KH")' — the span of the words, without 'the' and the quotes."""
    close = next((t.i for t in doc[bracket + 1:bracket + 8] if t.text == ")"), None)
    if close is None:
        return None
    inner = [t for t in doc[bracket + 1:close] if t.text not in QUOTES and t.lower_ != "the"]
    quoted = sum(t.text in QUOTES for t in doc[bracket + 1:close]) == 2
    if not quoted or not 1 <= len(inner) <= 3 or not all(t.is_title or t.is_upper for t in inner) \
            or inner[-1].i - inner[0].i + 1 != len(inner):
        return None
    return inner[0].i, inner[-1].i + 1


def _fits_after_place(doc: Doc, long_form: Mention, acronym: str) -> bool:
    """'Brighton and Hove Clinical Commissioning Group (CCG)': initials of the name after the place that opens it (the
    register's place), the place left out."""
    return any(a == long_form.start and b < long_form.end - 1 and bracket_acronym_fits(acronym, doc[b:long_form.end].text)
               for a, b in gaz_spans(doc, "Place"))


def _name_term(doc: Doc, term: tuple[int, int], named: Mention, covered: dict, result: list, links: dict) -> tuple[list, dict]:
    """The defined term as a mention of the name it follows, here and wherever the text uses it again."""
    words = [t.text for t in doc[term[0]:term[1]]]
    n = len(words)
    places = [k for k in range(term[0], len(doc) - n + 1) if [t.text for t in doc[k:k + n]] == words]
    inner = {id(covered[k + d]) for k in places for d in range(n) if k + d in covered}
    result = [m for m in result if id(m) not in inner]
    result += [Mention(k, k + n, " ".join(words), named.type, named.source, named.gaz_id) for k in places]
    links[term[0]] = (named.start, named.end)
    return result, links


def _joined_tail(doc: Doc, at: int, long_form: Mention, result: list[Mention], words: frozenset[str]) -> list[Mention]:
    """'Nottingham University Hospitals (NUH) NHS Trust': a name's last words written after its bracketed acronym
    (patterns.json 'bracketed-name-tails') belong to it; the words before the bracket and the tail both name the whole."""
    tail = next((m for m in result if m.start == at), None)
    if tail is None or not words or not all(t.text in words for t in doc[tail.start:tail.end]):
        return result
    whole = f"{long_form.text} {tail.text}"
    return [Mention(m.start, m.end, whole, "Organisation", m.source, long_form.gaz_id) if m is tail or m is long_form else m
            for m in result]


def _trading_names(doc: Doc, mentions: list[Mention], phrases) -> dict[int, tuple[int, int]]:
    """'Wealden Leisure Ltd trading as Freedom Leisure', 'Acme Ltd (t/a Acme Care)', 'X, formerly known as Y': the
    name after the phrase (patterns.json 'trading-names') is the body's other name, and a body's whoever says it."""
    starts = {m.start: m for m in mentions}
    out: dict[int, tuple[int, int]] = {}
    for m in mentions:
        if m.type == "Person" and m.source == "spacy" and any(doc[max(m.start - n, 0):m.start].text.lower() in phrases for n in range(1, 4)):
            m.type = "Organisation"  # ('the merged charity will trade as X': a body's name, wherever the tagger saw a person's)
        if m.type != "Organisation":
            continue
        k = m.end + (m.end < len(doc) and doc[m.end].text in {"(", ","})
        for n in range(1, 6):  # ('t/a' is three tokens)
            if doc[k:k + n].text.lower() in phrases and (other := starts.get(k + n)) is not None \
                    and other.type in {"Organisation", "Person"}:  # (a trading name the tagger took for a person's)
                out[other.start] = (m.start, m.end)
    return out
