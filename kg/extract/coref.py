"""Coreference: by describing noun ('the council', 'the database' stand for the nearest earlier name of the
type the noun describes; 'a county council' for the council named just after it; 'the organisations' for the
bodies named in the sentence before; 'three firms' for the three named together just after), by pronoun ('it
was fined') and by address ('Acme Ltd of Mill Road, London': London's owner); a describing phrase set off
after a name describes it and is no argument of its own. Imports extract.mentions_base only
(and vocab for the rules' type).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import Mention, headline_end, lead_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import TypeRules


SUBJ_DEPS = {"nsubj", "csubj"}
COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}


FINDING = {"find", "reveal", "show", "discover", "establish", "conclude"}  # verbs whose object may be a clause's subject


def _shared(tok: Token) -> bool:
    """Whether the verb *tok* hangs on ('run by …', 'part of …') is said of several subjects ('two surgeries',
    'X and Y, both …'), so that 'the same practice' is one they share rather than the one named before."""
    verb = tok.head.head if tok.head.dep_ in {"agent", "prep"} else tok.head
    holders = [verb.head] if verb.dep_ in {"acl", "relcl", "appos"} else [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(h.tag_ in {"NNS", "NNPS"} or h.lower_ == "both" or any(c.dep_ == "conj" for c in h.children) for h in holders)


def _named_with(entity, forms) -> bool:
    """Whether one of the entity's names holds one of the noun's forms as words ('X Council'; not 'London Councils')."""
    names = [" " + n.lower().replace("\u2019", "'").replace("'s", " ") + " " for n in (entity.name, *entity.aliases)]
    return any(f" {w} " in n for n in names for w in forms)


def _headed_by(entity, forms) -> bool:
    """Whether one of the entity's names is headed by one of the noun's forms ('Kelby University', 'University of
    Kelby'), not only holding it ('Kelby University Hospitals NHS Trust')."""
    return any(n.lower().endswith(" " + w) or n.lower().startswith((w + " of ", w + " for ")) for n in (entity.name, *entity.aliases)
               for w in forms)


def nearest_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, bare: bool = False,
                  word: str | None = None, skip: frozenset[int] = frozenset()) -> Mention | None:
    """'the council', 'the database': the nearest earlier name of the type the noun describes.

    A noun that is part of organisations' names ('council', 'department') prefers names that
    contain it; one of the rules' name nouns ('the council', 'the university') takes only such a name (a
    charity named just before is not 'the council'). Looks back over this sentence and about five before it.
    *bare*: the noun needs no 'the' ('Council leader Jo Bloggs', where the capital says which council).
    *word*: the noun to look for, when *tok* is another word that stands for its kind ('councillors': 'council').
    *skip*: entities (by id) the noun cannot stand for ('the company' is no regulator named before it).
    """
    word = word or (tok.lemma_ or tok.lower_).lower()
    if not bare and not any(c.lower_ in {"the", "this"} for c in tok.children) and not (
            tok.dep_ in {"nmod", "poss"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "this"}):  # ('the trust and X',
        return None  # "the council's director": the parser hung 'the' on X)
    if any(c.lower_ == "same" for c in tok.children) and _shared(tok):
        return None  # 'two surgeries run by the same practice': one they share, not one named before
    etype = rules.context_words.get(word)
    if etype is None:
        return None
    best = fallback = None
    own_subjects = _own_subjects(tok)
    forms = rules.name_noun_forms.get(word, (word,))
    for i in range(max(0, sent.start - 120), tok.i):
        m = tok2ment.get(i)
        if m is None or m.entity is None or id(m.entity) in skip or any(m.start <= j < m.end for j in own_subjects):
            continue
        if _named_with(m.entity, forms) and m.entity.type in {etype, "Organisation", "Programme"} and not (
                best is not None and ((_headed_by(best.entity, forms) and not _headed_by(m.entity, forms)) or _by_agent(tok.doc[m.end - 1]))):
            best = m  # 'the Fund' is the Harbour Countryside Fund, a body or a programme as it was typed (and 'the
            # university' the University of Kelby named before, not the Kelby University Hospitals NHS Trust after it)
        elif i == m.end - 1 and any(c.dep_ == "appos" and c.lemma_.lower() == word for c in tok.doc[i].children):
            best = m  # 'GLF Schools, the trust that runs …' is 'the trust' later
        elif i == m.start > 0 and tok.doc[i - 1].lemma_.lower() == word and tok.doc[i - 1].i != tok.i:
            best = m  # 'the exam board AQA …': 'the exam board' later
        if m.entity.type == etype and (fallback is None or not _by_agent(tok.doc[m.end - 1]) or _by_agent(tok.doc[fallback.end - 1])):
            fallback = m  # the nearest, unless named only as a passive's agent: 'X was hired by Y. The company …' is X
    if best is not None and word in rules.name_nouns and _listed_with_kin(tok.doc, best, tok2ment, forms):
        best = None  # 'the University' after 'the Universities of A, B and C': none of them in particular
    named = _lead_named(tok, tok2ment, etype, forms) if word in rules.name_nouns else {}
    if len(named) == 1 and (bare or tok.text[:1].isupper() and not tok.is_sent_start or (
            best is not None and best.entity.mentions == 1 and next(iter(named.values())).entity.mentions > 1)):
        # 'the University's chair': the article's own university, the one its headline names; so is 'the council' where
        # the nearest is named in passing, and a post's kind without 'the' ('X, council leader'): the headline's council
        best = next(iter(named.values()))
    if best is None and word in rules.name_nouns:  # 'the Council', the article's council named further back
        best = next((m for i in range(max(0, sent.start - 120) - 1, -1, -1) if (m := tok2ment.get(i)) is not None
                     and m.entity is not None and m.entity.type in {etype, "Organisation"}
                     and _named_with(m.entity, forms)), None)
    if best is None and word in rules.headline_body_nouns:  # 'chairman of the board': the headline's one body's
        heads = {id(m.entity): m for i in range(headline_end(tok.doc)) if (m := tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == "Organisation"}
        best = next(iter(heads.values())) if len(heads) == 1 else None
    if best is None and word in rules.headline_place_nouns:  # 'the authority' in a story whose headline (else the text before
        # it) names one place, not its council ('North Somerset …', 'Families across Argyll and Bute …'): the place, for its council
        places = next((p for stop in (headline_end(tok.doc), tok.i) if (p := {id(m.entity): m for i in range(stop) if (
            m := tok2ment.get(i)) is not None and m.entity is not None and m.entity.type == "Place"})), {})
        best = next(iter(places.values())) if len(places) == 1 else None
    return best or (None if word in rules.name_nouns or bare else fallback)  # a bare 'Council' names its kind


def _listed_with_kin(doc, m: Mention, tok2ment: dict[int, Mention], forms) -> bool:
    """Whether *m* is named in a list (',' or 'and' between) right beside another name holding the same noun."""
    return any(0 <= sep and 0 <= nxt < len(doc) and doc[sep].lower_ in {",", "and", "&"} and (o := tok2ment.get(nxt)) is not None
               and o.entity is not None and o.entity is not m.entity and _named_with(o.entity, forms)
               for sep, nxt in ((m.end, m.end + 1), (m.start - 1, m.start - 2)))


def _lead_named(tok: Token, tok2ment: dict[int, Mention], etype: str, forms) -> dict[int, Mention]:
    """The bodies of the noun's kind the headline names (by entity), or where it names none, the article's first
    sentence after it ('X Trust has named an acting head'), before *tok*."""
    for stop in (headline_end(tok.doc), lead_end(tok.doc)):
        named = {id(m.entity): m for i in range(min(stop, tok.i)) if (m := tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == etype and _headed_by(m.entity, forms)}  # (not 'London Councils')
        if named:
            return named
    return {}


def _own_subjects(tok: Token) -> list[int]:
    """The subjects of the verb a noun phrase belongs to: 'X fined the company' — the company is not X."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i == verb.i:
        return []
    return [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def next_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules,
               reach: int = 40, loose: frozenset[str] = frozenset()) -> Mention | None:
    """'A county council has been fined … Westshire County Council lost …': an indefinite description
    stands for the first name after its sentence (within *reach* tokens) of the type the noun describes
    whose name has the noun and every word that describes it ('a Welsh council' finds no 'Cardiff Council').
    A *loose* noun ('a company', 'a firm': kinds whose names seldom hold the word) stands for a body the
    next sentence introduces as its subject, when that sentence goes on about it ('A company was fined … Acme Ltd
    said the company would appeal', 'Acme Ltd, which makes …, admitted'; sentences before it that name no new
    body may go on about 'the company' first), or names it with the words that describe
    its kind ('a major water company … Kelby Water Ltd'); 'one of the biggest water companies' is such a description.
    The noun may be spelt in the name another way ('a GP surgery … Kelby Medical Centre': patterns.json
    'name_noun_forms'); an acronym describing it ('GP') need not be in the name."""
    kind = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                 and p.tag_ == "NNS"), None) if tok.lower_ == "one" else None  # 'one of the biggest water companies'
    if kind is None and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    tok = kind if kind is not None else tok
    word = (tok.lemma_ or tok.lower_).lower()
    etype = rules.context_words.get(word)
    if etype is None:
        return None
    forms = rules.name_noun_forms.get(word, (word,))
    words = [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and not c.is_upper
             and c.lower_ not in rules.open_describers and not any(g.ent_type_ == "MONEY" or g.tag_ == "$" for g in c.subtree)  # ('a new
             and not ((p := tok2ment.get(c.i)) is not None and p.entity is not None and p.entity.type == "Place")]  # £2m fund'; a place
    # where the body is need not be in its name: 'a Teesside council … Stockton-on-Tees Borough Council')
    for i in range(sent.end, min(len(tok.doc), sent.end + reach)):
        m = tok2ment.get(i)
        if m is not None and m.entity is not None and m.entity.type == etype:
            name = m.entity.name.lower()
            if any(f in name for f in forms) and all(w in name for w in words):
                return m
            before = [t.lower_ for t in tok.doc[max(m.start - 4, 0):m.start]]  # 'an independent learning provider …
            if i == m.start and before and before[-1] in forms and words and all(w in before for w in words):
                return m  # … independent learning provider Acme Training': the description again, before the name
    end = sent.end
    while word in loose and end < min(len(tok.doc), sent.end + 3 * reach):  # the story may go on a sentence or two first
        after = tok.doc[end].sent
        marks = [c.lower_ for c in tok.children if c.dep_ == "compound"]  # 'a water company … Kelby Water Ltd'
        for i in range(after.start, after.end) if marks else ():
            m = tok2ment.get(i)
            if m is not None and m.entity is not None and m.entity.type == etype and all(w in m.entity.name.lower() for w in marks):
                return m
        if not any(t.lemma_.lower() in loose or t.lower_ in {"its", "itself", "which"} or t.lower_ == "it" and t.dep_ in {
                "nsubj", "nsubjpass"} for t in after):  # ('… ordered the ICO to repay it': the fine, not the firm)
            return None  # a sentence on the body says 'the company', 'it' acting or 'which …'; a list's next item does not
        new = [m for i in range(after.start, after.end) if (m := tok2ment.get(i)) is not None and m.start == i
               and m.entity is not None and m.entity.type == etype
               and not any((x := tok2ment.get(j)) is not None and x.entity is m.entity for j in range(0, sent.end))]
        subject = next((m for m in new if (r := tok.doc[m.end - 1]).dep_ in {"nsubj", "nsubjpass"} or r.dep_ == "dobj"
                        and r.head.lemma_ in FINDING), None)  # ('An investigation found Acme Ltd, of Y, broke the law')
        if subject is not None or new:
            return subject  # (another body named first: the description is not named here)
        end = after.end
    return None


def plural_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules) -> list[Mention]:
    """'A won the contract, with B as partner. The organisations are receiving …': a plural describing noun
    with 'the' or 'both' stands for every name of its type in the sentence before that does something in it
    (two or more), in order."""
    if tok.tag_ != "NNS" or not any(c.lower_ in {"the", "both", "these"} for c in tok.children):
        return []
    etype = rules.context_words.get((tok.lemma_ or tok.lower_).lower())
    if etype is None:
        return []
    doc = tok.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: dict[int, Mention] = {}
    for i in range(start, sent.start):
        m = tok2ment.get(i)
        if m is not None and m.entity is not None and m.entity.type == etype and _acting(doc[m.end - 1]):
            found.setdefault(id(m.entity), m)
    return list(found.values()) if len(found) > 1 else []


def numbered_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules) -> list[Mention]:
    """'Ofgem ordered three energy firms to pay £8m. A, B and C missed …': a plural describing noun counted
    ('three firms', '2 councils') stands for the names of its type listed together (one name and those joined to it)
    after a colon in its own sentence or first in the next one — only when there are exactly that many."""
    count = next((COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0) for c in tok.children if c.dep_ == "nummod"), 0)
    etype = rules.context_words.get((tok.lemma_ or tok.lower_).lower()) if tok.tag_ == "NNS" and count > 1 else None
    if etype is None:
        return []
    doc = tok.doc
    colon = next((t.i for t in doc[tok.i + 1:sent.end] if t.text == ":"), None)
    region = doc[colon + 1:sent.end] if colon is not None else (_next_sentence(doc, sent.end, tok2ment) if sent.end < len(doc) else None)
    first = next((m for i in range(region.start, region.end) if (m := tok2ment.get(i)) is not None
                  and m.entity is not None and m.entity.type == etype), None) if region is not None else None
    if first is None:
        return []
    listed = listed_from(doc, first, region.end, tok2ment)
    return listed if len({id(m.entity) for m in listed}) == count else []


def _next_sentence(doc: Doc, start: int, tok2ment: dict[int, Mention]) -> Span:
    """The sentence from *start*, joined past a break the tagger put inside a name ('E.On | Next, …')."""
    end = doc[start].sent.end
    while end < len(doc) and (m := tok2ment.get(end)) is not None and m.start < end:
        end = doc[end].sent.end
    return doc[start:end]


def listed_from(doc: Doc, first: Mention, end: int, tok2ment: dict[int, Mention]) -> list[Mention]:
    """The names listed from *first* on as written ('A, B and C', 'A, B, and C'): the parse often misses a list's middle."""
    listed, m = [first], first
    while m.end + 1 < end and doc[m.end].text in {",", "and", "&"}:
        k = m.end + 2 if doc[m.end].text == "," and doc[m.end + 1].text in {"and", "&"} else m.end + 1
        m = tok2ment.get(k)
        if m is None or m.start != k or m.entity is None or m.entity.type != first.entity.type:
            break
        listed.append(m)
    return listed


def _by_agent(tok: Token) -> bool:
    """A name that is only the 'by' agent of a passive ('was contracted by Y') or of an act named by a noun ('was
    hit by a record fine by regulator Y')."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and (tok.head.dep_ == "agent" or tok.head.head.pos_ == "NOUN")


def _acting(tok: Token) -> bool:
    """A name that does something in its sentence: not the object of a verb or of a preposition other than 'with'."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ not in {"dobj", "pobj"} or (tok.dep_ == "pobj" and tok.head.lower_ == "with")


def described(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, structural: dict,
              ruling: frozenset[int] = frozenset()) -> list[Mention]:
    """The names a describing noun stands for: the bodies before a plural ('the organisations'; else none), else the
    nearest earlier name ('the council'), else the name after an indefinite one ('a county council …'). A loose kind
    (patterns.json 'indefinite-kinds': 'the company', 'the firm') is none of the article's regulators (*ruling*, by
    entity id) nor a court ('implied-agent' 'court_heads') named before it."""
    if several := plural_named(tok, sent, tok2ment, rules) or numbered_named(tok, sent, tok2ment, rules):
        return several
    loose = frozenset(structural.get("indefinite-kinds", {}).get("nouns", ()))
    courts = set(structural.get("implied-agent", {}).get("court_heads", ()))
    skip = ruling | {id(m.entity) for m in tok2ment.values() if m.entity is not None and m.entity.name.split()[-1] in courts} \
        if (tok.lemma_ or tok.lower_).lower() in loose else frozenset()
    ref = None if tok.tag_ == "NNS" else nearest_named(tok, sent, tok2ment, rules, skip=skip) or next_named(tok, sent, tok2ment, rules, loose=loose)
    return [ref] if ref is not None else []


def pronoun_body(doc: Doc, tok: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'Acme Ltd ran the depot. It was fined £80,000 …', 'Acme said it had been fined': 'it' as a verb's
    subject stands for the body that is the subject of the main clause before it — of its own sentence when
    'it' is in a clause under that one, else of the sentence before (through one more 'it'). Expletive 'it'
    ('it was announced that …') has a clause of its own and stands for nothing."""
    if tok.lower_ not in {"it", "they"} or tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
        return None  # ('they' for one body: 'Acme Ltd was prosecuted. They were fined £5,000')
    if any(c.dep_ in {"ccomp", "csubj", "csubjpass"} for c in tok.head.children) or tok.head.lemma_ == "be":
        return None
    sent, own = tok.sent, tok.head.i != tok.sent.root.i and tok.lower_ == "it"  # ('They were fined, X Court heard': not X)
    return _main_subject_body(doc, tok, ([sent.root] if own else []) + _roots_before(doc, sent), tok2ment)


def possessor_body(doc: Doc, poss: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'The ORR published its decision. Its chief executive, X, said …': 'its' on the subject of a sentence's main
    clause stands for the body that was the subject of the main clause before (as for 'it', above)."""
    noun = poss.head if poss.head.dep_ not in {"compound", "nmod"} else poss.head.head  # ('Its chief executive X said')
    if poss.lower_ != "its" or poss.dep_ != "poss" or noun.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
        return None
    under = [noun.sent.root] if noun.head.i != noun.sent.root.i else []  # 'X said its chief executive Y would …'
    return _main_subject_body(doc, poss, under + _roots_before(doc, noun.sent), tok2ment)


def announcing_body(doc: Doc, tok: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """'Kelby Trust is pleased to announce … Jo Bloggs has been appointed as Chief Executive': the body that was
    the subject of the main clause before the one *tok* is in (as for 'it', above)."""
    return _main_subject_body(doc, tok, _roots_before(doc, tok.sent), tok2ment)


def _roots_before(doc: Doc, sent: Span) -> list[Token]:
    """The main verbs of the two sentences before *sent*."""
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    return [before.root] + ([doc[before.start - 1].sent.root] if before.start > 0 else [])


def _main_subject_body(doc: Doc, tok: Token, candidates: list[Token], tok2ment: dict[int, Mention]) -> Mention | None:
    """The body that is the one subject of the first of *candidates* with a named subject (through 'it')."""
    for verb in candidates:
        subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
        if len(subjects) != 1:
            return None
        m = tok2ment.get(subjects[0].i)
        if m is not None and m.entity is not None:
            if m.entity.type != "Organisation" or (tok.lower_ == "they" and any(c.dep_ == "conj" for c in subjects[0].children)):
                return None  # ('A and B were fined. They …': both, which a pronoun for one body cannot give)
            rival = _rival(doc, verb, m, tok, tok2ment)
            return m if rival is None or _acted_on(tok, rival, tok2ment) else None
        named = [a for c in verb.children if c.dep_ == "attr" and (a := tok2ment.get(c.i)) is not None
                 and a.entity is not None]
        if verb.lemma_ == "be" and len(named) == 1 and named[0].entity.type == "Organisation":
            return named[0]  # 'One charity to benefit is X. It has been awarded …': the body the copula names
        if subjects[0].lower_ != tok.lower_:
            return None
    return None


def previous_subject(doc: Doc, sent: Span, tok2ment: dict[int, Mention]) -> Mention | None:
    """The one body the sentence before *sent* is about: the named subject of its main verb ('Kelby Trust has won a
    grant. Chief executive Jo Bloggs said …')."""
    roots = _roots_before(doc, sent)[:1]
    subjects = [c for v in roots for c in v.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS]
    m = tok2ment.get(subjects[0].i) if len(subjects) == 1 and not any(c.dep_ == "conj" for c in subjects[0].children) else None
    return m if m is not None and m.entity is not None and m.entity.type == "Organisation" else None  # (one body, not 'A and B')


def _acted_on(pronoun: Token, rival: Mention, tok2ment: dict[int, Mention]) -> bool:
    """Whether the pronoun's own clause names the rival ('Ofsted visited X. It upgraded the council …'): then
    'it' is the other body, since a body is not what it acts on."""
    words = set(rival.entity.name.lower().split())
    return any((m := tok2ment.get(t.i)) is not None and m.entity is rival.entity
               or (t.pos_ == "NOUN" and t.lower_ in words and any(c.lower_ in {"the", "its"} for c in t.children))
               for t in pronoun.head.subtree if t.i != pronoun.i)


def _rival(doc: Doc, verb: Token, subject: Mention, pronoun: Token, tok2ment: dict[int, Mention]) -> Mention | None:
    """Another body the clause acts on ('The CQC prosecuted the Trust. It was fined …'): 'it' could be either,
    so it is read as neither. A body only described by the clause ('X is part of Y') is no rival."""
    for i in range(verb.sent.start, min(verb.sent.end, pronoun.i)):
        m = tok2ment.get(i)
        if m is None or m is subject or m.entity is None or m.entity.type != "Organisation" or i != m.start or (
                pronoun.head.dep_ == "relcl" and m.start <= pronoun.head.head.i < m.end):  # ('the X, which it funds': 'it'
            continue  # is never the body its own relative clause describes)
        t, located = doc[m.end - 1], False
        while t.i != verb.i and t.head.i != t.i and t.dep_ not in {"attr", "acomp", "appos", "relcl", "advcl"}:
            located = located or (t.dep_ == "prep" and t.lower_ in {"at", "in"}) or subject.start <= t.head.i < subject.end
            t = t.head
        if t.i == verb.i and not located:  # where it happened, or the subject's own address, is no rival
            return m
    return None


def address_owner(doc: Doc, place: Mention, tok2ment: dict[int, Mention]) -> Mention | None:
    """The body or person whose address ends in *place* ('Acme Ltd of Woolwich Road, London were fined', parsed with London as
    the subject; a body's 'Acme Cafe, 36 Mill Street, Kelby'): back over ', place' parts to 'of' (or ', <number>'), the name before."""
    if place.entity is None or place.entity.type != "Place":
        return None
    k = place.start
    while k >= 2 and doc[k - 1].text == "," and (prev := tok2ment.get(k - 2)) is not None and prev.entity is not None \
            and prev.entity.type == "Place":
        k = prev.start
    if k >= 4 and doc[k - 1].text == "," and doc[k - 2].pos_ == "PROPN" and k - 2 not in tok2ment and doc[k - 3].lower_ == "of":
        k -= 2  # (a town the gazetteer does not know: 'X Solicitors of Lymm, Cheshire were fined')
    k -= (numbered := k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",")
    if k >= 2 and doc[k - 1].lower_ == ("," if numbered else "of") and (owner := tok2ment.get(k - 2)) is not None and owner.entity \
            is not None and owner.entity.type in {"Organisation", "Person"} and k < place.start and not (numbered and owner.entity.type == "Person"):
        return owner
    return None


def in_address_of(doc: Doc, m: Mention | None, child: Token, tok2ment: dict[int, Mention], rules: TypeRules) -> bool:
    """'Kelby School, Mill Road, Barset Green, Kelby': after a body's name, a comma and a street's name, the
    names that follow are its address, not more bodies of a list."""
    street = tok2ment.get(m.end + 1) if m is not None and m.end + 1 < len(doc) and doc[m.end].text == "," else None
    return (street is not None and street.start == m.end + 1 and rules.head_words.get(doc[street.end - 1].text) == "Place"
            and m.entity is not None and m.entity.type == "Organisation" and child.i > m.end)


def stray_apposition(doc: Doc, tok: Token, tok2ment: dict[int, Mention]) -> bool:
    """'… imposed by the Office for Students (OfS), the higher education regulator in England': a describing phrase
    set off by a comma right after a name, which the parser hung elsewhere (as the verb's second object), only
    describes that name; it is no argument of its own. A list going on after it ('A, the council and B') is not this."""
    first, last = tok.left_edge, tok.right_edge
    if tok.dep_ in {"appos", "conj"} or tok.pos_ != "NOUN" or first.lower_ not in {"the", "a", "an"} or first.i < 2 \
            or tok.i < tok.head.i:  # (not a subject after a fronted clause: 'Using FIP, the council found …')
        return False
    if doc[first.i - 1].text != "," or (last.i + 1 < len(doc) and doc[last.i + 1].lower_ in {"and", "or", "&"}):
        return False
    k = first.i - 2
    if doc[k].text == ")":  # 'the Office for Students (OfS), the regulator'
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), k) - 1
    m = tok2ment.get(k)
    return m is not None and m.entity is not None and m.end == k + 1
