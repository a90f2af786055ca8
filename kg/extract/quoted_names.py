"""A quoted phrase read as a name: a title typed by the describing noun beside it ("an 'open by default' policy", "the
report 'Poverty in Westshire'") or by its own head word, and a body's name in quotes, left to the run of its words.
Helpers of mentions.MentionFinder. Imports extract.mentions_base, extract.name_cues (a describing noun's type),
extract.name_runs and extract.name_marks.
"""

from __future__ import annotations

from .mentions_base import Mention
from .name_cues import noun_kind
from .name_marks import quoted_state
from .name_runs import TITLE_TYPES


def quoted_title_type(toks, i: int, j: int, context_words: dict[str, str], head_words: dict[str, str]) -> str | None:
    """The type a describing noun gives a quoted title: after it ("an 'open by default' policy") or before it
    with a comma or colon ("a new report, 'Poverty in Westshire 2024'") or right before it ("the paper 'Title'"),
    or after it and a comma ("'Poverty in Westshire', a new report"); or, title-case, by its own head word."""
    k, kinds = j + 1, {"NOUN"}
    if toks[k].text == "," and k + 1 < len(toks):  # "'Fair Care for All', a new report from …", "'X', a smartphone App"
        k, kinds = k + 1, {"NOUN", "PROPN"}
        while k + 1 < len(toks) and (toks[k].pos_ in {"DET", "ADJ"} or toks[k].dep_ == "compound"):
            k += 1
    after = toks[k]
    etype = context_words.get(after.lemma_.lower()) if after.pos_ in kinds else None
    if etype is None and i >= 2 and toks[i - 1].text in {",", ":"} and toks[i - 2].pos_ == "NOUN":
        etype = context_words.get(toks[i - 2].lemma_.lower())
    if etype is None and i >= 1 and toks[i - 1].pos_ == "NOUN" and toks[i - 1].is_lower and toks[i + 1].is_title:
        etype = context_words.get(toks[i - 1].lemma_.lower())  # ("X's paper 'Title'", not "the hub 'under pressure'")
    if etype is None and i >= 2 and toks[i - 1].lower_ in {"like", "called", "named", "dubbed"} and toks[i - 2].pos_ == "NOUN" \
            and toks[i + 1].is_title:  # ("schemes like 'Sail the Wash'", "a scheme called 'Kelby Cares'")
        etype = noun_kind(toks[i - 2], context_words)
    if etype is None and toks[i + 1].is_title and toks[j - 1].is_title:
        etype = head_words.get(toks[j - 1].text)  # "launched a 'Kelby Toys for the Disabled Scheme'": its own head word
    if etype is None and toks[i + 1].is_title and (f := next((k for k in range(i + 2, j - 1) if toks[k].lower_ in {"for", "of"}), None)) \
            and head_words.get(toks[f - 1].text) == "Organisation":
        return "Organisation"  # "the 'Kelby Unit for the Prevention of Harm'": a body's head before its remit (its words read as a run)
    return etype if etype in TITLE_TYPES else None


def quoted_name(doc, toks, i: int, words: tuple[dict[str, str], dict[str, str]], rating_re) -> tuple[Mention | None, int | None]:
    """A quoted title typed by a describing noun next to it ("an 'open by default' policy"), and the token after
    its closing quote; (None, None) when the quote at *i* opens no short quoted phrase."""
    j, described = i + 1, (i >= 2 and toks[i - 1].text in {",", ":"} and toks[i - 2].pos_ == "NOUN") or toks[i].text == '"' or (
        i >= 1 and toks[i - 1].is_lower and words[0].get(toks[i - 1].lemma_.lower()) == "Publication")  # ("the report 'Title …'")
    while j < len(doc) and j - i < (24 if described else 8) and toks[j].text not in {"'", '"'} and not toks[j].is_sent_start:
        j += 1  # (a title set off by its noun or in double quotes may be long: 'a report, 'Care funding: whose job?'')
    if not (j < len(doc) and j > i + 1 and toks[j].text == toks[i].text and j + 1 < len(doc)):
        return None, None
    etype = quoted_title_type(toks, i, j, *words)
    if etype == "Organisation":
        return None, None  # (a body's name in quotes: the run of its words names it)
    if etype is None or rating_re.fullmatch(doc[i + 1:j].text) or (  # a quoted rating ('inadequate') is no name, nor one
            j == i + 2 and toks[i + 1].is_lower and toks[i + 1].pos_ in {"ADJ", "ADV", "VERB"}) or (  # word ('"substandard" service')
            doc[i + 1:j].text.islower() and toks[j + 1].tag_ == "NNS") or (  # nor a kind in lower case ("'housing led' services"),
            quoted_state(doc, i + 1)):  # nor a state ('found to be in "Serious Breach"')
        return None, j + 1
    return Mention(i + 1, j, doc[i + 1:j].text, etype, "context"), j + 1
