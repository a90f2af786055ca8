"""Words inside a run of capitals that join the parts of one name rather than end it: a plural possessive
('Children's Society'), 'in' and a place or 'in' after an '-ing' word before a programme's word ('Digital Skills in
Wales Programme', 'the Farming in Protected Landscapes programme'), 'to' before a head word ('Pathways to Work
Programme'), a capitalised determiner after 'for' ('Awards for All'), a body's or programme's head word the tagger read
as a verb ('Orton Veterans Hub'); a name's inner hyphen ('Okoro-Vale', 'Co-operation Ireland', 'X Housing Co-operative');
and an 'and' that ends one ('The University of Kelby and Barset Hospitals NHS Foundation Trust': of_place_before; 'A and B
completed their merger': their_joint_deed); and a statute's title with 'from' inside ('the Protection from Harassment
Act 1997': statutes_through_from).
Imports extract.name_edges (the gazetteer's spans) and extract.mentions_base.
"""

from __future__ import annotations

from .mentions_base import Mention, headline_end
from .name_edges import gaz_spans

_IRREGULAR_PLURALS = {"People", "Children", "Women", "Men"}  # ('Children's Society' is a body; 'Kent's Project' is not)


def joined_by_plural_possessive(toks, j: int, head_words) -> bool:
    """'Leicester Magistrates' Court', 'Ramblers' Association', 'West Rhyl Young People's Project': a plural
    possessive inside a name, when a body's head word is among the capitalised words after it, three at most ('Workers'
    Educational Association'; else 'the Councils' Chief Executives' would run on). So is an owner's possessive before a
    firm's last word, the owner one given name ('Tony's Grill', 'Maria's Cafe'; not 'Kelby's Youth Forum', 'X Council's Executive')."""
    after = list(toks[j + 1:j + 4]) if 0 < j < len(toks) - 1 else []
    run = after[:next((k for k, t in enumerate(after) if not t.text[:1].isupper()), len(after))]  # (capitalised words after it)
    if not (run and toks[j - 1].pos_ == "PROPN" and any(t.text in head_words or f"{toks[j - 1].text}'s {t.text}" in head_words for t in run)):  # ("Children's Home")
        return False
    return (toks[j].text in {"'", "\u2019"} and toks[j - 1].text.endswith("s")
            or toks[j].text in {"'s", "\u2019s"} and (toks[j - 1].text in _IRREGULAR_PLURALS or (
                head_words.get(run[-1].text) == "Organisation" and toks[j - 1].ent_type_ == "PERSON" and (j < 2 or toks[j - 2].pos_ != "PROPN"))))


def joined_by_place(toks, j: int, head_words) -> bool:
    """'Expanding Excellence in England (E3) Fund', 'Digital Skills in Wales Programme': 'in' and a place inside
    a programme's, law's or paper's name, when such a head word follows the place (after an acronym in brackets)."""
    if toks[j].lower_ != "in" or not 0 < j < len(toks) - 2 or toks[j - 1].pos_ != "PROPN":
        return False
    k = max((b for a, b in gaz_spans(toks[j].doc, "Place") if a == j + 1), default=j + 1)  # known, or tagged a place
    while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].ent_type_ in {"GPE", "LOC"}:
        k += 1
    if k + 3 < len(toks) and k > j + 1 and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3
    return k > j + 1 and k < len(toks) and toks[k].is_title and head_words.get(toks[k].text) in {"Programme", "Policy", "Publication"}


def joined_inside(toks, j: int, head_words) -> bool:
    """A word that joins the parts of one name: a plural possessive or 'in' and a place (the two above), or 'to' (below);
    or ends it: a head word or a capitalised '-ing' word read as a verb; a capitalised determiner or pronoun after 'for' ('Awards for All', 'Homes for Everyone')."""
    return joined_by_plural_possessive(toks, j, head_words) or joined_by_place(toks, j, head_words) or _joined_by_to(toks, j, head_words) or doing_in(toks, j, head_words) \
        or _capital_before_head(toks, j, head_words) or (
        j > 0 and toks[j].pos_ in {"VERB", "AUX"} and (toks[j].text in head_words or toks[j].tag_ == "VBG") and toks[j].is_title and toks[j - 1].pos_ == "PROPN"  # ('Orton
        and not toks[j].is_sent_start and j >= headline_end(toks[j].doc)) or (  # Veterans Hub', its head word read as a verb; 'Orton Living', any capitalised '-ing')
        j > 0 and toks[j - 1].lower_ == "for" and toks[j].is_title and toks[j].pos_ in {"DET", "PRON"} and not toks[j].is_sent_start
        and (j + 1 == len(toks) or not toks[j + 1].is_alpha))


def _capital_before_head(toks, j: int, head_words) -> bool:
    """'its Climate Emergency Strategy': a capitalised word the tagger read as a common noun or adjective, between a
    proper noun and a head word of a name, is that name's word; so is a body's head word so read right after a proper
    noun ('Kelby Trains has been fined')."""
    if 1 < j < len(toks) and toks[j].is_title and toks[j - 1].text in {"'s", "\u2019s"} and f"{toks[j - 2].text}'s {toks[j].text}" in head_words:
        return True  # ("Barset Children's Home": the possessive's head word)
    if not (0 < j < len(toks) and toks[j].is_title and toks[j].pos_ in {"NOUN", "ADJ"} and not toks[j].is_sent_start and toks[j - 1].pos_ == "PROPN"):
        return False
    return head_words.get(toks[j].text) == "Organisation" or (j + 1 < len(toks) and toks[j + 1].is_title and toks[j + 1].text in head_words)


def doing_in(toks, j: int, head_words) -> bool:
    """'the Farming in Protected Landscapes programme', 'the Investing in Communities scheme': 'in' after a capitalised
    '-ing' word, between it and capitalised words that a programme's word in lower case follows within three words."""
    if j == 0 or j + 2 >= len(toks) or toks[j].lower_ != "in" or not (toks[j - 1].is_title and toks[j - 1].lower_.endswith("ing")) \
            or toks[j - 1].text in head_words:
        return False
    k = j + 1
    while k < len(toks) and k <= j + 3 and toks[k].is_title:
        k += 1
    return j + 1 < k < len(toks) and toks[k].is_lower and head_words.get(toks[k].text.capitalize()) == "Programme"


def _joined_by_to(toks, j: int, head_words) -> bool:
    """'Fitness to Practise Committee', 'Pathways to Work Programme': 'to' between capitalised words of one name that
    goes on to a body's, a programme's or a policy's head word within three words (not after a head word or a place:
    'Kelby Council to Barset College', 'Leeds to York Partnership')."""
    if toks[j].lower_ != "to" or j == 0 or j + 2 >= len(toks) or not toks[j - 1].is_title or toks[j - 1].text in head_words \
            or toks[j - 1].ent_type_ in {"GPE", "LOC"} or toks[j + 1].ent_type_ in {"GPE", "LOC"} \
            or (toks[j - 1].ent_type_ and toks[j + 1].ent_iob_ == "B"):  # (two names the tagger ends and starts there:
        return False  # 'from the X Settlement to Sandford Council')
    k = j + 1
    while k < len(toks) and k <= j + 3 and toks[k].is_title and toks[k].text not in head_words:
        k += 1
    return j + 1 < k < len(toks) and head_words.get(toks[k].text) in {"Organisation", "Programme", "Policy"}


def joined_by_hyphen(toks, j: int, head_words=None) -> bool:
    """'Okoro-Vale', written without spaces: a hyphen between two capitalised words inside a name; or a lower-case
    word's, a name going on after it ('Co-operation Ireland', 'Health and Well-being Board', not 'Kelby-based Trust'),
    or the two words one of *head_words* ending it ('Orton Housing Co-operative')."""
    if j >= 2 and toks[j - 1].text == "-" and not toks[j - 2].whitespace_ and not toks[j - 1].whitespace_:
        return (toks[j - 2].pos_ == "PROPN" or hyphened_prefix(toks, j - 2)) and (_hyphened_word(toks, j) or _hyphened_head(toks, j, head_words))
    return (toks[j].text == "-" and 0 < j < len(toks) - 1 and not toks[j - 1].whitespace_ and not toks[j].whitespace_
            and (toks[j - 1].pos_ == "PROPN" or hyphened_prefix(toks, j - 1)) and (toks[j + 1].text[:1].isupper() or _hyphened_word(toks, j + 1)
                                                                                   or _hyphened_head(toks, j + 1, head_words))
            ) or hyphened_prefix(toks, j)


def _hyphened_head(toks, k: int, head_words) -> bool:
    """'Co-operative' in 'Orton Housing Co-operative': a capitalised word, a hyphen and a lower-case word, written as one,
    that is one of *head_words* (a head word is the name's last)."""
    return head_words is not None and k >= 2 and toks[k].is_lower and head_words.get(f"{toks[k - 2].text}-{toks[k].text}") is not None


def hyphened_prefix(toks, k: int) -> bool:
    """'Well' in 'the Well-being of Future Generations Act', 'Co' in 'the Co-operative Party': a capitalised word
    written onto a lower-case one by a hyphen, more of a name after them — the first part of a word of the name,
    whatever the tagger calls it."""
    return (toks[k].is_title and toks[k].is_alpha and toks[k].pos_ not in {"DET", "NUM", "PRON"} and k + 2 < len(toks)
            and toks[k + 1].text == "-" and not toks[k].whitespace_ and not toks[k + 1].whitespace_ and _hyphened_word(toks, k + 2))


def _hyphened_word(toks, k: int) -> bool:
    """A lower-case word after a name's inner hyphen with more of the name after it (no participle: '-based', '-led';
    no adjective after a place's name, '-wide', but 'Co-operative')."""
    if not (toks[k].is_alpha and toks[k].is_lower and not toks[k].lower_.endswith("ed") and toks[k].tag_ not in {"VBN", "VBD"}
            and k + 1 < len(toks) and (toks[k + 1].text[:1].isupper() or (  # ('Well-being of Future Generations')
                toks[k + 1].lower_ in {"of", "and", "for", "("} and k + 2 < len(toks) and toks[k + 2].pos_ == "PROPN"))):
        return False
    first = toks[k - 2]
    return toks[k].tag_ != "JJ" or not (first.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}
                                        or any(a == k - 2 for a, _ in gaz_spans(first.doc, "Place")))


def of_place_before(toks, i: int, j: int, rules, known) -> bool:
    """'The University of Kelby and Barset Hospitals NHS Foundation Trust formalised …': a body's head word, 'of' and a
    name of one or two words with no head word of its own before 'and', then three words or more ending in a body's head
    word, are two bodies (not a known body's name: 'Department of Health and Social Care')."""
    if j - i not in {3, 4} or rules.head_words.get(toks[i].text) != "Organisation" or toks[i + 1].lower_ != "of" \
            or not all(t.is_title and t.pos_ == "PROPN" and t.text not in rules.head_words for t in toks[i + 2:j]) \
            or any(a <= i and j < b for a, b in known):
        return False
    k = j + 1
    while k < len(toks) and k <= j + 6 and toks[k].pos_ == "PROPN" and (toks[k].is_title or toks[k].is_upper):
        k += 1
    return k - j > 3 and rules.head_words.get(toks[k - 1].text) == "Organisation"


def their_joint_deed(doc, start: int, end: int, deeds: frozenset) -> bool:
    """'Wessex Living and Orton Homes have completed their merger': the name from *start* to *end* is the subject of a
    verb whose object is 'their' and one of *deeds* (a merger, a partnership; patterns.json 'co-subject' 'joint_deeds'),
    with no 'with' after it naming a third party: two bodies did it together."""
    subject = next((t for t in doc[start:end] if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        o.dep_ == "dobj" and o.lemma_.lower() in deeds and any(p.dep_ == "poss" and p.lower_ == "their" for p in o.children)
        and not any(p.dep_ == "prep" and p.lower_ == "with" for p in o.children) for o in subject.head.children)


def statutes_through_from(doc, candidates: list[Mention]) -> list[Mention]:
    """'the Protection from Harassment Act 1997', 'the Consumer Protection from Unfair Trading Regulations 2008': a
    statute's name found after 'from' (a policy's, ending in its head word) runs back through the 'from' over the
    capitalised words before it, which are the title's first words; the longer name is added for the longest to win."""
    out = []
    for m in candidates:
        if m.type != "Policy" or m.start < 2 or doc[m.start - 1].lower_ != "from":
            continue
        a = m.start - 1
        while a > 0 and doc[a - 1].is_title and doc[a - 1].pos_ in {"PROPN", "NOUN"} and not doc[a].is_sent_start:
            a -= 1  # (a title may open its sentence, no further)
        if a < m.start - 1:
            out.append(Mention(a, m.end, doc[a:m.end].text, "Policy", m.source, m.gaz_id))
    return out


def work_titled(doc, start: int, end: int, rules) -> bool:
    """'the Provider Selection Regime', 'the Operator Licensing Scheme': a run from *start* to *end* that opens with a
    noun elsewhere only describing a body ('Provider Acme Ltd') and ends in a policy's, a programme's or a publication's
    head word (its last three, two or one words) is a work's title, that noun its first word."""
    kind = next((k for n in (3, 2, 1) if end - n > start and (k := rules.head_words.get(doc[end - n:end].text))), None)
    return doc[start].text in rules.descriptor_nouns and kind in {"Policy", "Programme", "Publication"}
