"""Names whose field is a list ('the Brownfield, Infrastructure and Land Fund', 'the Police, Fire and Crime Panel'),
which the tagger cuts at the commas; and two titles joined by 'and' before one kind ('the Family Hubs and Start for
Life programme'); a labelled field's value in a register ('Applicant: X'); a work's title set off by commas after its
noun (not a post's title); the names after a plural title ('Councillors A and B'). Imports vocab, extract.mentions_base, extract.name_edges, extract.post_titles and
extract.entity_types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import QUOTES, Mention, doc_tokens
from .name_edges import gaz_spans
from .post_titles import names_a_post

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..vocab.lexicon import TypeRules
    from .entity_types import TypeJudge

ITEM_WORDS = 2  # words in one item of the list before the last
LAST_WORDS = 3  # words after 'and', the last a head word


def listed_field_names(doc: Doc, judge: TypeJudge) -> list[Mention]:
    """After 'the', items of one or two capitalised words that name no body or place of their own, separated by
    commas, then 'and' and capitalised words ending in a body's or programme's head word: one name."""
    toks, out = doc_tokens(doc), []
    known = {i for label in ("Organisation", "Place") for a, b in gaz_spans(doc, label) for i in range(a, b)}
    heads = judge.rules.head_words

    def plain(k: int) -> bool:
        t = toks[k]
        return t.is_title and t.pos_ in {"PROPN", "NOUN"} and k not in known and t.ent_type_ not in {"PERSON", "DATE"}

    for s, t in enumerate(toks):
        if t.lower_ != "the" or not any(x.text == "," for x in toks[s + 2:s + 4]):
            continue
        k, items = s + 1, 0
        while True:
            n = 0
            while k < len(toks) and n < ITEM_WORDS and plain(k):
                k, n = k + 1, n + 1
            if n == 0 or k >= len(toks) or toks[k].text not in {",", "and"} or (n > 1 and heads.get(toks[k - 1].text)):
                break  # (an item of two words ending in a head word names a body of its own: 'the Home Office, …')
            if toks[k].text == "and":
                end = k + 1
                while end < len(toks) and end - k <= LAST_WORDS and plain(end):
                    end += 1
                span = doc[s + 1:end]
                if items and end > k + 1 and heads.get(toks[end - 1].text) in {"Organisation", "Programme"}:
                    out.append(Mention(s + 1, end, span.text, judge.head_type(span) or heads[toks[end - 1].text], "head"))
                break
            k, items = k + 1, items + 1
    return out


def two_part_field(toks, i: int, j: int, rules: TypeRules, known: frozenset[tuple[int, int]]) -> bool:
    """'the Local Government Finance and Devolution Consortium', tagged as two names: a run of two or more
    capitalised words with no head word or post word (no name of its own, no 'Director of Arts'), 'and', then up to
    three capitalised words ending in a body's head word are one name, whose field has two parts (not after a known body's
    name, or its branch's: 'Age UK Orton and Orton Befriending Service')."""
    heads = rules.head_words
    listed = i > 1 and toks[i - 1].text == "," and heads.get(toks[i - 2].text.removesuffix("s")) == "Organisation"  # (nor the last two of
    if j - i < 2 or listed or any(a == i and b <= j for a, b in known) or any(  # a list of bodies: 'A Hospitals, B Health and C Healthcare')
            heads.get(t.text) or t.ent_type_ in {"PERSON", "GPE", "LOC"} or not (t.is_title or t.is_upper)
            or t.text in rules.post_words or t.text in rules.post_modifiers for t in toks[i:j]):
        return False
    k = j + 1
    while k < len(toks) and k - j <= LAST_WORDS and toks[k].is_title and toks[k].pos_ == "PROPN":
        k += 1
    return k > j + 1 and heads.get(toks[k - 1].text) in {"Organisation", "Programme"}  # ('the VCSE Data and Insights Observatory')


def plural_titled_names(doc: Doc, judge: TypeJudge) -> list[Mention]:
    """'Councillors Levy and Cranfield', 'Drs Kelby, Barset and Jones': the names listed after a title in the plural
    (a title, 'Councillor', with an 's') are people's, each one — whatever else the words may name (a town, a tax)."""
    toks, out = doc_tokens(doc), []
    for k, t in enumerate(toks[:-1]):
        if not judge.rules.plural_title(t.text) or not toks[k + 1].is_title:
            continue
        i = k + 1
        while i < len(toks) and toks[i].is_title and toks[i].is_alpha:
            j = i
            while j < len(toks) and j - i < 3 and toks[j].is_title and toks[j].is_alpha and toks[j].lower_ != "and":
                j += 1
            out.append(Mention(i, j, doc[i:j].text, "Person", "context"))
            if j + 1 >= len(toks) or toks[j].lower_ not in {",", "and", "&"}:
                break
            i = j + 1
    return out


def titled_pair_names(doc: Doc, judge: TypeJudge) -> list[Mention]:
    """'the Family Hubs and Start for Life programme': after 'the', two runs of capitalised words (with 'of', 'for'
    inside) joined by 'and', then one singular lower-case noun for a programme, policy or publication: one name of
    that kind (the parser may take a capitalised word for a verb, so the words are read, not the tags); not two bodies'
    names ('the Kelby Trust and Barset Council programme': their joint programme)."""
    toks, out = doc_tokens(doc), []
    kinds = {"Programme", "Policy", "Publication"}

    def run(k: int) -> int:
        while k < len(toks) and (toks[k].is_title or (toks[k].lower_ in {"of", "for"} and k + 1 < len(toks) and toks[k + 1].is_title)):
            k += 1
        return k

    for s, t in enumerate(toks[:-4]):
        if t.lower_ != "the" or not toks[s + 1].is_title:
            continue
        j = run(s + 1)
        if j >= len(toks) - 2 or toks[j].lower_ != "and" or not toks[j + 1].is_title:
            continue
        end = run(j + 1)
        kind = judge.rules.context_words.get(toks[end].lemma_.lower()) if end < len(toks) else None
        bodies = {judge.rules.head_words.get(toks[j - 1].text), judge.rules.head_words.get(toks[end - 1].text)}
        if kind in kinds and toks[end].is_lower and toks[end].tag_ == "NN" and end - s <= 10 and "Organisation" not in bodies:
            out.append(Mention(s + 1, end, doc[s + 1:end].text, kind, "context"))
    return out


def labelled_field_names(doc: Doc, judge: TypeJudge, labels: dict[str, str]) -> list[Mention]:
    """'Applicant: Reading Civic Society', 'Organisation: Yesterday's Story CIC': in a saved register's record, the
    value of a field that names a body (one of *labels*, a label -> the type it names, then a colon) is one name when it
    runs to the end of its line in capitalised words (with the small words names hold) and ends in a body's head word — the
    tagger cuts such a name at a word it reads as a verb or a possessive; a field that names a project ('Project title:
    Opening Barset Data for All') holds one whatever its last word."""
    out, toks, start = [], doc_tokens(doc), 0
    small = {"of", "and", "the", "for", "&", "'s", "’s", "'", "-"}
    for k, tok in enumerate([*toks, None]):
        if tok is not None and "\n" not in tok.text_with_ws:
            continue
        end = k + (tok is not None and not tok.is_space)  # the line is toks[start:end]
        colon = next((c for c in range(start, min(end, start + 4)) if toks[c].text == ":"), None)
        if colon is not None and colon + 1 < end and doc[start:colon].text.lower() in labels:
            value = doc[colon + 1:end]
            words = [t for t in value if not t.is_space]
            etype = labels[doc[start:colon].text.lower()]
            if words and words[0].is_title and all(t.is_title or t.is_upper or t.lower_ in small for t in words) \
                    and (etype != "Organisation" or judge.rules.head_words.get(words[-1].text) == "Organisation"):
                out.append(Mention(words[0].i, words[-1].i + 1, doc[words[0].i:words[-1].i + 1].text, etype, "context"))
        start = k + 1
    return out


def titles_set_off(doc: Doc, judge: TypeJudge) -> list[Mention]:
    """'In its new report, Lessons from weak councils, the firm set out …': a work's title set off by
    commas (or ending its sentence) right after the noun of a work ('report', 'paper', 'study'), opening with a capital and holding no verb, is
    one name of that kind, however its words are written (the tagger cuts it at its first lower-case word)."""
    out, toks = [], doc_tokens(doc)
    for k, tok in enumerate(toks[:-3]):
        kind = _kind_before_title(toks, k, judge.rules.context_words) if tok.text == "," else None
        if kind is None:
            continue
        end = next((j for j in range(k + 2, min(k + 14, len(toks))) if toks[j].text in {",", ".", ";", ":"} or toks[j].is_sent_start), None)
        if end is not None and toks[end].text == ":":  # a subtitle after a colon, to the comma ('X and the NHS: an impending crisis?,')
            end = next((j for j in range(end + 2, min(end + 12, len(toks))) if toks[j].text in {",", ".", ";"}
                        and not (toks[j].text == "." and toks[j - 1].text == "?")), None)
            end = end if end is not None and (toks[end].text == "," or toks[end].text == "." and end + 1 == toks[end].sent.end) else None
        words = toks[k + 1:end] if end is not None else []
        if end is not None and toks[end].text in {",", "."} and words and words[0].is_title and len(words) > 2 \
                and not any(t.pos_ in {"VERB", "AUX", "PRON"} and t.dep_ != "amod" and not (t.tag_ == "PRP$" and toks[t.i + 1].is_title) and not t.is_title
                            and not (t.i == k + 1 and t.tag_ == "VBG") and not (t.pos_ == "PRON" and t.is_title and t.i > k + 1)
                            or t.text in QUOTES for t in words):  # ('a coming crisis'; but 'Greater than the Sum of its Parts',
                # 'Tackling Loneliness Together', 'Homes for All')
            start = k + 1 + (toks[k + 1].text in {"A", "An", "The"})  # (without its article, as names are kept)
            if names_a_post(judge.rules, doc[start:end]) or any(t.is_lower and t.text.capitalize() in judge.rules.post_words and (
                    t.i == end - 1 or toks[t.i - 1].tag_ == "POS") for t in words):  # ("In her report, Kelby's director of public health, Dr X")
                continue  # 'Commenting on the report, Deputy Leader of the Council and …, Jo Bloggs said', 'a report by X, the
                # council's climate change officer,': a post, no title
            out.append(Mention(start, end, doc[start:end].text, kind, "context"))
    return out


def _kind_before_title(toks, k: int, kinds: dict[str, str]) -> str | None:
    """The type of the work whose title the comma at *k* sets off: the lower-case noun of a work right before it ('its new
    report,'), or before 'from' or 'by' and its author's name ('a new report from the Kelby Institute,'); a programme's
    kind ('a new toolkit,') only after 'a', 'an', 'new' or 'its', which introduce it (not 'Under the scheme, X …')."""
    j = k - 1
    while j > 2 and (toks[j].pos_ == "PROPN" or toks[j].lower_ in {"of", "for", "and", "the"}) and toks[k - 1].pos_ == "PROPN":
        j -= 1
    j -= 2 * (j > 3 and j < k - 1 and toks[j].is_lower and toks[j].pos_ == "NOUN" and toks[j - 1].lower_ == "the" and toks[j - 2].lower_ in {"from", "by"})
    noun = toks[j - 1] if j < k - 1 and toks[j].lower_ in {"from", "by"} else toks[k - 1]  # ('a review by the charity X,')
    kind = kinds.get(noun.lower_) if noun.is_lower else None
    if kind == "Programme":
        return kind if any(t.lower_ in {"a", "an", "new", "its", "their"} for t in toks[max(noun.i - 3, 0):noun.i]) else None
    return kind if kind in {"Publication", "Policy"} else None
