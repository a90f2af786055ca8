"""Posts read from the words where the parser hangs a name or a post elsewhere: 'Council leader Jo Bloggs',
'Jo Bloggs, warden of Harbour College, said' (the post taken for a verb), 'Jo Bloggs, Kelby Trust's chair, said',
'HM Inspector of Constabulary Jo Bloggs', 'Ahmed Patel, a Liberal Democrat,' (a member), 'the Y Authority, whose chair,
Jo Bloggs, said'. Helpers of structure.structural_relations. Imports vocab.lexicon (a body's official names),
extract.coref, extract.posts and extract.place_councils.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..vocab.lexicon import official_names
from .coref import nearest_named
from .place_councils import place_councils
from .posts import PAST, listed_after_holder, name_opens, names_a_thing, phrase_start, remit_start

if TYPE_CHECKING:
    from .relations import RelationReader


def surface_post_body(reader: RelationReader, m, posts: set[str]) -> list:
    """'… and University of Exeter vice-chancellor Jo Bloggs', 'Council leader Jo Bloggs', 'Chair of the Trust
    Jo Bloggs': a body (its name, or a capitalised noun standing for the one named before), post words, then the
    name, in a row — read from the words, since the parser often hangs such a name on another in the sentence."""
    doc, floor = reader.doc, reader.sent.start
    j = name_opens(reader, m) - 1  # 'Council leader Cllr Jo Bloggs'
    remit = remit_start(reader, j, posts)  # 'CQC chief inspector of hospitals Prof Jo Bloggs'
    j = remit - 1 if remit is not None else j
    words = []
    portfolios = reader.rules.portfolios  # ('Home Office Crime and Policing Minister Jo Bloggs': a remit in capitals)
    while j > floor and j not in reader.tok2ment and len(words) < 6 and (doc[j].text == "-" or doc[j].lower_ in posts or (
            doc[j].pos_ in {"NOUN", "ADJ"} and doc[j].text.islower()) or doc[j].text in portfolios or (
            words and doc[j].lower_ in {"and", "&"} and doc[j - 1].text in portfolios)):
        words.append(doc[j])
        j -= 1
    if not words and j - 3 >= floor and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ in {"of", "at"}:
        words = [doc[j - 3]]  # 'Chair of the Trust Jo Bloggs': the post before, the body's noun right before the name
    after = doc[m.end] if m.end < reader.sent.end else None  # ('… Chief Constable of Kelby Police, Jo Bloggs.': a comma
    if not words and doc[j].text == "," and (after is None or after.text in {",", ".", ";"}) and j - 1 > floor:  # between,
        j -= 1  # the name set off at the sentence's end or by another comma)
    if not words and (b := reader.tok2ment.get(j)) is not None and b.end == j + 1 and b.entity is not None \
            and b.entity.type == "Organisation" and (k := b.start - 1 - (doc[b.start - 1].lower_ == "the")) - 1 >= floor \
            and doc[k].lower_ in {"of", "at"} and doc[k - 1].lower_ in posts and not any(w.lower_ in PAST for w in doc[max(floor, k - 3):k]) \
            and not listed_after_holder(reader, phrase_start(reader, k - 1, floor)):  # (not 'A, Director of X, B, …': A's post)
        return [(b, False)]  # 'to become Chief Constable of Kelby Police Jo Bloggs': a post, its body, then the name
    if not words and (place := reader.tok2ment.get(j)) is not None and place.end == j + 1 and place.entity is not None \
            and place.entity.type == "Place" and place.start - 2 >= floor and doc[place.start - 1].lower_ in {"of", "for"}:
        return [x for x in place_councils(reader, [(place, False)], doc[place.start - 2])  # 'Mayor of Newham Jo Bloggs':
                if x[0].entity.type == "Organisation"]  # the place's council, for a council's post ('place_posts'); 'Chief
        # Fire Officer for Kelby Jo Bloggs': the place's body of the post's kind
    if not any(w.lemma_.lower() in posts or w.lower_ in posts for w in words) or any(w.lower_ in PAST for w in words) or (
            words and names_a_thing(words[0])):  # ('the Kelby Trust executive summary Jo Bloggs wrote': no post)
        return []
    body = reader.tok2ment.get(j)
    if body is not None and body.end != j + 1:
        body = None
    elif body is None and doc[j].pos_ in {"NOUN", "PROPN"} and doc[j].text.istitle() and doc[j].text not in portfolios:  # 'Council leader X'
        body = nearest_named(doc[j], reader.sent, reader.tok2ment, reader.rules, bare=True)
    if body is None and doc[j].lower_ not in {"a", "an"}:  # 'Deputy council leader X': the council named before;
        kinds = reader.structure.structural.get("post-kinds", {}).get("posts", {})  # 'headteacher X': the school (a post
        body = next((b for w in words if (w.lower_ in reader.rules.name_nouns or w.lower_ in kinds)  # only one kind has)
                     and (b := nearest_named(w, reader.sent, reader.tok2ment, reader.rules, bare=True, word=kinds.get(w.lower_))) is not None), None)
    if body is None or body.entity is None or body.entity.type != "Organisation" or body is m:
        return []
    if body.end == j + 1 and body.start > floor and doc[body.start - 1].lower_ in PAST:
        return []  # 'former NHS chief executive X'
    return [(body, body.end != j + 1)]


def surface_post_after(reader: RelationReader, m, posts: set[str]) -> list:
    """'Jo Bloggs, warden of Harbour College, said': a name, a comma, post words and 'of/at' a body, read from
    the words where the parser took the post for a verb or made it the clause's subject with the name hung apart
    ('Jo Bloggs, funding director at X, said': the parse reading finds the rest); 'Jo Bloggs, Kelby
    Trust's chair, said' (see _owner_post_after); an honour set off between them is passed over ('Jo Bloggs, OBE, …');
    'Jo Bloggs (chief executive, Kelby Living)' (see _bracketed_post_body)."""
    doc, k = reader.doc, m.end
    if k + 4 < reader.sent.end and doc[k].text == "(":
        return _bracketed_post_body(reader, k, posts)
    if k + 2 < reader.sent.end and doc[k].text == "," and doc[k + 1].text in reader.rules.post_nominals and doc[k + 2].text == ",":
        k += 2
    if k + 3 >= reader.sent.end or doc[k].text != ",":
        return []
    if (owner := reader.tok2ment.get(k + 1) or (reader.tok2ment.get(k + 2) if doc[k + 1].lower_ == "the" else None)) is not None \
            and (owner.entity is None or owner.entity.type != "Place" or owner.end < reader.sent.end and doc[owner.end].text in {"'s", "’s"}):
        return _owner_post_after(reader, owner, posts)  # ('X, the City of Kelby Council's Cabinet Member for Y, said')
    words = []
    k = owner.end if owner is not None else k + 1  # (past a place the post is for: 'X, England director at Y')
    while k < reader.sent.end and len(words) < 5 and k not in reader.tok2ment and doc[k].is_lower and doc[k].lower_ not in {"of", "at"}:
        words.append(doc[k])
        k += 1
    held = words and words[-1].pos_ != "VERB" and any(doc[i] in words[-1].ancestors for i in range(m.start, m.end))
    if not words or held or not any(w.lower_ in posts for w in words) or any(w.lower_ in PAST for w in words):
        return []  # (only where the post was taken for a verb or hung away from the name: a post on the name is read from the parse)
    k += 1 if k < reader.sent.end and doc[k].lower_ in {"of", "at"} else reader.sent.end
    body = reader.tok2ment.get(k) or reader.tok2ment.get(k + (k + 1 < reader.sent.end and doc[k].lower_ == "the"))
    k = body.start if body is not None else k
    return [(body, False)] if body is not None and body.start == k and body.entity is not None and body.entity.type == "Organisation" else []


def whose_post_body(reader: RelationReader, m, posts: set[str]) -> list:
    """'the Barset Fire Authority, whose chair, Councillor Bob Lane, said …', '… X, whose chief executive is Jo Bloggs,': a
    body, 'whose' and a post in lower case, then the name (set off by a comma, or after 'is'), read from the words."""
    doc, k = reader.doc, name_opens(reader, m) - 1
    if k <= reader.sent.start or doc[k].text not in {",", "is", "was"}:
        return []
    j = k - 1
    while j > reader.sent.start and doc[j].is_lower and doc[j].lower_ != "whose" and k - j < 6:
        j -= 1
    if doc[j].lower_ != "whose" or j == k - 1 or not any(doc[i].lower_ in posts for i in range(j + 1, k)) or doc[j - 1].text != ",":
        return []
    body = reader.tok2ment.get(j - 2)
    return [(body, False)] if body is not None and body.end == j - 1 and body.entity is not None and body.entity.type == "Organisation" else []


def _bracketed_post_body(reader: RelationReader, k: int, posts: set[str]) -> list:
    """'Alan Bode (chief executive, Kelby Living)': a post and its body in brackets right after the name, read from the
    words (the parser hangs the body on the post as anything; the tagger may take a body's name for a person's)."""
    doc, words = reader.doc, []
    k += 1
    while k < reader.sent.end and len(words) < 5 and doc[k].is_lower and k not in reader.tok2ment:
        words.append(doc[k])
        k += 1
    body = reader.tok2ment.get(k + 1) if k + 1 < reader.sent.end and doc[k].text == "," else None
    if not any(w.lower_ in posts for w in words) or any(w.lower_ in PAST for w in words) or body is None or body.start != k + 1 \
            or body.end >= reader.sent.end or doc[body.end].text != ")" or body.entity is None or body.entity.type == "Place":
        return []
    return [(body, False)]


_REMIT = r"([A-Z][\w'’]*(?:,? (?:and |& |in )?[A-Z][\w'’]*)*)"
CROWN_INSPECTOR = re.compile(rf"\b(?:(?:(?:HM|His Majesty['’]s|Her Majesty['’]s) (?:Chief )?Inspector|HMI)(?: of {_REMIT})?|(?<![\w'’] )(?:Chief )?Inspector of {_REMIT}),? ?$")


def crown_inspector(reader: RelationReader, m) -> list:
    """'HM Inspector of Constabulary Jo Bloggs', 'HM Chief Inspector of Prisons X', 'HMI Jo Bloggs': a crown
    inspector's title before the name is a post at the inspectorate the article names whose name holds the title's
    remit (with no remit, its one inspectorate); the title may open the sentence without the crown ('Inspector of
    Constabulary Jo Bloggs said')."""
    start = name_opens(reader, m)
    found = CROWN_INSPECTOR.search(reader.doc[max(reader.sent.start, start - 10):start].text) or (
        CROWN_INSPECTOR.search(reader.doc[max(reader.sent.start, m.start - 10):m.start].text))  # ('HMI Jo Bloggs')
    remit = set(re.findall(r"[A-Z][\w'’]+", found.group(1) or found.group(2) or "")) if found else set()
    bodies = {id(r.entity): r for r in reader.regulators if r.entity is not None and found and (not remit or  # ('HM Chief
              remit & {w for n in (r.entity.name, *r.entity.aliases, *official_names(r.entity.name)) for w in n.split()})}
    return [(b, True) for b in bodies.values()] if len(bodies) == 1 else []


def _owner_post_after(reader: RelationReader, owner, posts: set[str]) -> list:
    """'Jo Bloggs, Heart of Kelby's chair, said': a body's possessive and post words right after the name's comma,
    ending the apposition (a comma, a verb or the sentence's end), read from the words where the parser hangs the
    post inside a name ('of Kelby's chair'); the post may be written in title case ('Cabinet Member for Housing')."""
    doc, k = reader.doc, owner.end
    if owner.entity is None or owner.entity.type != "Organisation" or k + 1 >= reader.sent.end or doc[k].text not in {"'s", "’s", "'", "’"}:
        return []
    words = []
    k += 1
    while k < reader.sent.end and len(words) < 8 and k not in reader.tok2ment and (doc[k].is_lower or doc[k].is_title) \
            and doc[k].pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "CCONJ"}:
        words.append(doc[k])
        k += 1
    ends = k >= reader.sent.end or doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}
    if not ends or not words or words[-1].pos_ not in {"NOUN", "PROPN"} or not any(w.lower_ in posts or w.lemma_.lower() in posts for w in words) \
            or any(w.lower_ in PAST for w in words):
        return []
    return [(owner, False)]



def member_named(reader: RelationReader, tok) -> list:
    """'Ahmed Patel, a Liberal Democrat, said': a body's name in apposition to a person with 'a' before it (a party's
    member named by the party) says the person is one of its members."""
    return [x for c in tok.children if c.dep_ == "appos" and c.i in reader.tok2ment
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children) for x in reader.mentions_for(c)
            if x[0].entity is not None and x[0].entity.type == "Organisation"]
