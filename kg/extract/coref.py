"""Coreference: by describing noun ('the council', 'the database' stand for the nearest earlier name of the
type the noun describes; 'a county council' for the council named just after it; 'the organisations' for the
bodies named in the sentence before; 'three firms' for the three named together just after). Coreference by
pronoun and by address is extract.antecedents'. Imports extract.mentions_base and extract.written_lists only (and vocab for the rules' type).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import COUNCIL_TIERS, Mention, compound_head, doc_tokens, headline_end, lead_end, mention_root, post_noun, sole_body
from .written_lists import announced_list, joined_sentence, last_listed, listed_from

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import TypeRules


SUBJ_DEPS = {"nsubj", "csubj"}
COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}


FINDING = {"find", "reveal", "show", "discover", "establish", "conclude"}  # verbs whose object may be a clause's subject
FORMING = {"form", "create", "establish", "set", "launch", "found"}  # verbs whose object is new: 'the new charity' later


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
    Kelby'), or opened by an abbreviated form ('HMP Kelby'), not only holding it ('Kelby University Hospitals NHS Trust')."""
    return any(n.lower().endswith(" " + w) or n.lower().startswith((w + " of ", w + " for ")) or first.isupper() and first.lower() == w
               for n in (entity.name, *entity.aliases) for first in [n.split()[0]] for w in forms)


def _unit_of_named(entity, forms, rules: TypeRules) -> bool:
    """'Kelby City Council Policy and Resources Committee' for 'the council': a name holding the noun but ending in
    another body's head word is a unit of the body the noun names, not that body (but an NHS trust named for its hospital runs it: 'the hospital')."""
    *rest, last = entity.name.split()
    return last.lower() not in forms and rules.head_words.get(last) == "Organisation" and not _headed_by(entity, forms) and not ("NHS" in rest and "hospital" in forms) \
        and any(rules.head_words.get(f.title()) == "Organisation" and f.title() not in rules.post_words for f in forms)  # (not
    # 'the Home Office' for 'Home Secretary', nor the office named for a post: 'the Information Commissioner's Office')


def compound_kind(tok: Token, words) -> str:
    """The kind a noun names, read with the compound before it where the two words are one of *words* ('the think tank'),
    else the noun's lemma."""
    return next((pair for c in tok.children if c.dep_ == "compound" and (pair := f"{c.lower_} {tok.lower_}") in words),
                None) or (tok.lemma_ or tok.lower_).lower()


def nearest_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, bare: bool = False,
                  word: str | None = None, skip: frozenset[int] = frozenset()) -> Mention | None:
    """'the council', 'the database': the nearest earlier name of the type the noun describes ('the centre', a word
    known only as names' head word: only a name that holds it).

    A noun that is part of organisations' names ('council', 'department') prefers names that
    contain it; one of the rules' name nouns ('the council', 'the university') takes only such a name (a
    charity named just before is not 'the council'). Looks back over this sentence and about five before it.
    *bare*: the noun needs no 'the' ('Council leader Jo Bloggs', where the capital says which council).
    *word*: the noun to look for, when *tok* is another word that stands for its kind ('councillors': 'council').
    *skip*: entities (by id) the noun cannot stand for ('the company' is no regulator named before it).
    """
    word = word or compound_kind(tok, rules.context_words)
    if not bare and not any(c.lower_ in {"the", "this"} for c in tok.children) and not (
            tok.dep_ in {"nmod", "poss"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "this"}):  # ('the trust and X',
        return None  # "the council's director": the parser hung 'the' on X)
    if any(c.lower_ == "same" for c in tok.children) and _shared(tok):
        return None  # 'two surgeries run by the same practice': one they share, not one named before
    etype, headed = rules.context_words.get(word), False
    if etype is None and (etype := rules.head_words.get(word.capitalize())) is not None:
        headed = True  # ('the centre': only a name headed by the word, an X Centre)
    if etype is None:
        return None
    if any(c.lower_ == "new" for c in tok.children) and (formed := _newly_formed(tok, sent, tok2ment, etype)) is not None:
        return formed  # 'merged to form a single charity, X. Jo Bloggs will lead the new organisation': X
    best = fallback = None
    own_subjects = _own_subjects(tok)
    forms = rules.name_noun_forms.get(word, (word,))
    for i in range(max(0, sent.start - 120), tok.i):
        m = tok2ment.get(i)
        if m is None or m.entity is None or id(m.entity) in skip or any(m.start <= j < m.end for j in own_subjects) or (i >= sent.start and of_a_past_post(tok.doc[m.end - 1]) and getattr(post_noun(tok), "pos_", "") == "NOUN"):
            continue  # (nor a body of a post held before, named in the sentence of the noun's own post: 'X, previously director at Y, will be chair of the trust')
        if _named_with(m.entity, forms) and m.entity.type in {etype, "Organisation", "Programme"} and not (
                word in rules.name_nouns and _unit_of_named(m.entity, forms, rules)) and not (
                best is not None and ((_headed_by(best.entity, forms) and not _headed_by(m.entity, forms)) or _by_agent(tok.doc[m.end - 1]))):
            best = m  # 'the Fund' is the Harbour Countryside Fund, a body or a programme as it was typed (and 'the
            # university' the University of Kelby named before, not the Kelby University Hospitals NHS Trust after it)
        elif i == m.end - 1 and any(c.dep_ == "appos" and c.lemma_.lower() == word for c in tok.doc[i].children):
            best = m  # 'GLF Schools, the trust that runs …' is 'the trust' later
        elif i == m.start > 0 and tok.doc[i - 1].lemma_.lower() == word and tok.doc[i - 1].i != tok.i:
            best = m  # 'the exam board AQA …': 'the exam board' later
        elif i == m.end - 1 and (kind := compound_head(tok.doc[i])).i != tok.i and 0 < kind.i - i <= 3 and kind.lemma_.lower() == word \
                and m.entity.type != "Place":
            best = m  # 'Orton House care home …': 'the home' later (but 'a Leeds charity' is some charity there)
        elif i == m.start and _introduced_as(tok.doc, m, word):
            best = m  # 'A Kelby charity has been awarded £5,000. X will use it …': 'the charity' later
        kind = tok.doc[m.end] if m.end < len(tok.doc) and tok.doc[m.end].is_lower and tok.doc[m.end].pos_ == "NOUN" else None  # (nor a thing of another
        if m.entity.type == etype and not (m.entity.name.split()[-1] in _FIRM_ENDINGS and word not in _FIRM_WORDS) and (  # kind: 'the app', no X campaign)
                kind is None or rules.context_words.get(kind.lemma_.lower()) != etype or kind.lemma_.lower() == word) and (  # ('the charity' is no LLP)
                fallback is None or not _by_agent(tok.doc[m.end - 1]) or _by_agent(tok.doc[fallback.end - 1])):
            fallback = m  # the nearest, unless named only as a passive's agent: 'X was hired by Y. The company …' is X
    if best is not None and word in rules.name_nouns and _listed_with_kin(tok.doc, best, tok2ment, forms):
        best = None  # 'the University' after 'the Universities of A, B and C': none of them in particular
    named = _lead_named(tok, tok2ment, etype, forms) if word in rules.name_nouns else {}
    if len(named) == 1 and (bare or tok.text[:1].isupper() and not tok.is_sent_start or (best is not None and (
            best.entity.mentions == 1 and next(iter(named.values())).entity.mentions > 1 or of_a_past_post(tok.doc[best.end - 1])))):
        # 'the University's chair': the article's own university, the one its headline names; so is 'the council' where
        # the nearest is named in passing (once, or for a past post), and a post's kind without 'the' ('X, council leader'): the headline's council
        best = next(iter(named.values()))
    if best is None and (word in rules.name_nouns or _said_since(tok, word, max(0, sent.start - 120))):  # 'the Council', the
        # article's council named further back (or 'the service', where the story has kept calling its Kelby Fire and Rescue Service so)
        best = next((m for i in range(max(0, sent.start - 120) - 1, -1, -1) if (m := tok2ment.get(i)) is not None
                     and m.entity is not None and m.entity.type in {etype, "Organisation"}
                     and _named_with(m.entity, forms) and not _unit_of_named(m.entity, forms, rules)), None)
    if best is None and word in rules.headline_body_nouns:  # 'chairman of the board': the headline's one body's
        best = sole_body(tok2ment, 0, headline_end(tok.doc))
    if best is not None and best.start < sent.start and word in rules.headline_place_nouns and (topic := _place_before(tok, sent, tok2ment)):
        best = topic  # 'For Blaenau Gwent, … with the authority's department placed in special measures': that place's council
    if best is None and word in rules.headline_place_nouns:  # 'the authority' in a story whose headline (else the text before
        # it) names one place, not its council ('North Somerset …', 'Families across Argyll and Bute …'): the place, for its council
        places = next((p for stop in (headline_end(tok.doc), tok.i) if (p := {id(m.entity): m for i in range(stop) if (
            m := tok2ment.get(i)) is not None and m.entity is not None and m.entity.type == "Place"
            and tok.doc[m.end - 1].head.lemma_.lower() not in BASED})), {})  # (not where another body is: 'the Kelby-based X')
        best = next(iter(places.values())) if len(places) == 1 else None
    found = best or (None if word in rules.name_nouns or bare or headed else fallback)  # a bare 'Council' names its kind
    tier = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}} & COUNCIL_TIERS  # ('the county council' is no city council)
    found = None if found is None or tier and found.entity.type == "Organisation" and not tier <= set(found.entity.name.lower().split()) else found
    return None if found is not None and word not in rules.name_nouns and _introduced_since(tok, found, word, tok2ment) else found


def _said_since(tok: Token, word: str, start: int) -> bool:
    """Whether 'the *word*' was written again between token *start* and *tok* (a story that keeps calling its body so)."""
    return any(t.lemma_.lower() == word and any(c.lower_ == "the" for c in t.children) for t in doc_tokens(tok.doc)[start:tok.i])


def _newly_formed(tok: Token, sent: Span, tok2ment: dict[int, Mention], etype: str) -> Mention | None:
    """The last name of *etype* brought in as made anew before *tok* ('to form a new charity, X', 'set up X'): the
    object of a verb of forming (FORMING) or its passive subject ('X was set up'), or the name set off after it."""
    found = None
    for i in range(max(0, sent.start - 120), tok.i):
        m = tok2ment.get(i)
        if m is None or m.entity is None or m.entity.type != etype or i != m.start:
            continue
        root = mention_root(tok.doc, m)
        head = root.head if root.dep_ == "appos" else root
        if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in FORMING or head.dep_ == "oprd" and head.head.lower_ in {
                "called", "named"} and any(a.lower_ in {"new", "combined", "merged"} for a in head.head.head.children):
            found = m  # (or the name a new body will be called: 'The combined organisation, which will be called X')
    return found


def _introduced_as(doc: Doc, m: Mention, word: str) -> bool:
    """Whether *m* opens the sentence after one whose subject is an indefinite *word* ('A Kelby charity has won …')."""
    root = mention_root(doc, m)
    return root.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and root.sent.start > 0 and any(t.lemma_.lower() == word and t.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and any(
        c.lower_ in {"a", "an"} for c in t.children) for t in doc[root.sent.start - 1].sent)


def _introduced_since(tok: Token, m: Mention, word: str, tok2ment: dict[int, Mention]) -> bool:
    """'… to enter into a partnership with its neighbours. The partnership will …': an unnamed thing of the noun's kind
    brought in ('a/an' on a verb's or a preposition's object) after the name and before the noun is what the noun
    stands for, not the name (a describing 'X is a partnership of …' brings in nothing new), as is one whose phrase holds the name."""
    return any(t.lemma_.lower() == word and t.i not in tok2ment and t.dep_ in {"dobj", "pobj"}
               and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
               and (t.i >= m.end or t.left_edge.i <= m.start and m.end - 1 <= t.right_edge.i)  # (or holding the name: 'formed a
               and not any(c.dep_ == "appos" and m.start <= c.i < m.end for c in t.children)  # partnership with X. The partnership
               for t in tok.doc[max(0, m.start - 12):tok.i])  # will …' is not X; but 'launched a platform, X' named it)


def _place_before(tok: Token, sent: Span, tok2ment: dict[int, Mention]) -> Mention | None:
    """The one place named earlier in *tok*'s sentence, not as where something is ('in/across/at X'), for 'the council'
    there rather than a council named in a sentence before."""
    places = {id(m.entity): m for i in range(sent.start, tok.i) if (m := tok2ment.get(i)) is not None and m.start == i
              and m.entity is not None and m.entity.type == "Place" and tok.doc[m.end - 1].head.lower_ not in LOCATIVES}
    return next(iter(places.values())) if len(places) == 1 else None


LOCATIVES = frozenset({"in", "across", "at", "throughout", "within", "around", "near", "from", "to"})
BASED = frozenset({"based", "base", "headquartered", "headquarter"})  # 'the Kelby-based X': where X is, no council's place


def _listed_with_kin(doc, m: Mention, tok2ment: dict[int, Mention], forms) -> bool:
    """Whether *m* is named in a list (',' or 'and' between) right beside another name holding the same noun."""
    return any(0 <= sep and 0 <= nxt < len(doc) and doc[sep].lower_ in {",", "and", "&"} and (o := tok2ment.get(nxt)) is not None
               and o.entity is not None and o.entity is not m.entity and _named_with(o.entity, forms)
               for sep, nxt in ((m.end, m.end + 1), (m.start - 1, m.start - 2)))


def of_a_past_post(tok: Token) -> bool:
    """'Jo Bloggs, a former finance director of Orton City Council', 'X, previously chief operating officer at Y': a body named for a post
    someone held before, in passing, which 'the council' later stands for only where the story names no other (nor in its own sentence)."""
    post = post_noun(tok)
    return post is not None and any(c.dep_ in {"amod", "advmod"} and c.lower_ in {"former", "previous", "ex", "previously", "formerly"} and c.i < post.i for c in post.subtree)


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


def next_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, reach: int = 40,
               loose: frozenset[str] = frozenset(), case_verbs: frozenset[str] = frozenset(),
               ruling: frozenset[int] = frozenset()) -> Mention | None:
    """'A county council has been fined … Westshire County Council lost …': an indefinite description
    stands for the first name after its sentence (within *reach* tokens) of the type the noun describes
    whose name has the noun and every word that describes it ('a Welsh council' finds no 'Cardiff Council').
    A *loose* noun ('a company', 'a firm': kinds whose names seldom hold the word) stands for a body the
    next sentence introduces as its subject, when that sentence goes on about it ('A company was fined … Acme Ltd
    said the company would appeal', 'Acme Ltd, which makes …, admitted'; sentences before it that name no new
    body may go on about 'the company' first), or names it with the words that describe
    its kind ('a major water company … Kelby Water Ltd'), or has it answer for the case as the subject of one of
    *case_verbs* ('A company was ordered to pay £4,000. Acme Ltd was sentenced at X Court', 'Acme Ltd pleaded guilty'),
    or has one of the article's regulators (*ruling*) say or find what it did ('The ICO said Acme Ltd had ignored …'),
    or says what kind of body it is ('Barset Home-Start is one of 18 groups …');
    'one of the biggest water companies' is such a description.
    The noun may be spelt in the name another way ('a GP surgery … Kelby Medical Centre': patterns.json
    'name_noun_forms'); an acronym describing it ('GP') need not be in the name."""
    kind = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                 and p.tag_ == "NNS"), None) if tok.lower_ == "one" else None  # 'one of the biggest water companies'
    if kind is None and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for t in (tok, *(c for c in tok.children if c.dep_ == "poss"
                                                                                            and c.pos_ == "NOUN")) for c in t.children):
        return None  # ("A children's home …": the parser hangs the article on 'children')
    tok = kind if kind is not None else tok
    word = (tok.lemma_ or tok.lower_).lower()
    etype = rules.context_words.get(word)
    if etype is None:
        return None
    forms = rules.name_noun_forms.get(word, (word,))
    words = [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and not c.is_upper
             and c.lower_ not in rules.open_describers and f"{c.lower_} {word}" not in rules.open_describers and not any(g.ent_type_ == "MONEY" or g.tag_ == "$" for g in c.subtree)  # ('a new
             and not ((p := tok2ment.get(c.i)) is not None and p.entity is not None and p.entity.type == "Place")  # £2m fund'; a place
             and not (c.pos_ == "PROPN" and c.text not in rules.never and c.i not in tok2ment and not c.is_sent_start)]  # where the body is need not be in its
    # name: 'a Teesside council … Stockton-on-Tees Borough Council'; nor a capitalised word naming nothing known, most often
    # a place too small for the gazetteer: 'a Kelby company')
    for i in range(sent.end, min(len(tok.doc), sent.end + reach)):
        m = tok2ment.get(i)
        if m is not None and m.entity is not None and m.entity.type == etype:
            name = m.entity.name.lower()
            if any(f" {f} " in f" {name} " for f in forms) and all(w in name for w in words):  # (a home, not 'X Homes Ltd')
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
            if m is not None and m.entity is not None and m.entity.type == etype and all(w in m.entity.name.lower() for w in marks) \
                    and id(m.entity) not in ruling:  # (never the regulator: 'a housing provider … the Regulator of Social Housing')
                return m
        goes_on = any(t.lemma_.lower() in loose or t.lower_ in {"its", "itself", "which"} or t.lower_ == "it" and t.dep_ in {
            "nsubj", "nsubjpass"} for t in after)  # ('… ordered the ICO to repay it': the fine, not the firm)
        if not goes_on and not case_verbs:
            return None  # a sentence on the body says 'the company', 'it' acting or 'which …'; a list's next item does not
        new = [m for i in range(after.start, after.end) if (m := tok2ment.get(i)) is not None and m.start == i
               and m.entity is not None and m.entity.type == etype and id(m.entity) not in ruling  # (never the regulator)
               and not any((x := tok2ment.get(j)) is not None and x.entity is m.entity for j in range(0, sent.end))]
        subject = next((m for m in new if (r := tok.doc[m.end - 1]).dep_ in {"nsubj", "nsubjpass"} or r.dep_ == "dobj" and r.head.lemma_
                        in FINDING or tok.doc[m.start - 1].text == "," and (n := tok.doc[m.start - 2]).dep_ in {"nsubj", "nsubjpass"}
                        and n.lemma_.lower() in loose), None)  # ('An investigation found Acme Ltd, of Y, broke the law'; 'The report, X, said')
        head = tok.doc[subject.end - 1].head if subject is not None else None
        reported = head is not None and head.dep_ == "ccomp" and head.head.lemma_ in FINDING | {"say"} and any(
            (x := tok2ment.get(c.i)) is not None and id(x.entity) in ruling for c in head.head.children if c.dep_ == "nsubj")
        kind_of = head is not None and head.lemma_ == "be" and any(c.dep_ == "attr" and (c.lower_ == "one" or c.lemma_.lower() in loose)
                                                                        for c in head.children)  # ('A charity has been awarded … X is one of 18 groups to share …')
        if not goes_on and not (subject is not None and subject is new[0] and (head.lemma_ in case_verbs or reported or kind_of)):
            return None  # (or one the next sentence has answer for the case: 'Acme Ltd was sentenced at …')
        if subject is not None or new:
            return subject  # (another body named first: the description is not named here)
        end = after.end
    return None


def plural_named(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, bodies=()) -> list[Mention]:
    """'A won the contract, with B as partner. The organisations are receiving …': a plural describing noun
    with 'the' or 'both' stands for every name of its type in the sentence before that does something in it
    (two or more), in order; counted, for exactly that many names, any of them (*bodies*: nouns then meaning bodies)."""
    word, count = (tok.lemma_ or tok.lower_).lower(), next((COUNTS.get(c.lower_, 0) for c in tok.children if c.dep_ == "nummod"), 0)
    etype = "Organisation" if count and word in bodies else rules.context_words.get(word)  # ('the two services': a fire service and
    if tok.tag_ != "NNS" or not any(c.lower_ in {"the", "both", "these"} for c in tok.children) or etype is None:
        return []
    doc = tok.doc
    for forms in ((rules.name_noun_forms.get(word, (word,)),) if word in rules.name_nouns else ()) + (((),) if count or word not in rules.name_nouns else ()):
        found, end = {}, sent.start  # a constabulary, where no two names hold the noun)
        for _ in range(3):  # (back past a sentence that called them so too, 'The trusts will remain separate …', or for names that hold the
            start = doc[end - 1].sent.start if end > 0 else end  # noun, till two: 'Kelby's chief executive … Orton's … The two trusts')
            found.update({id(m.entity): m for i in range(start, end) if (m := tok2ment.get(i)) is not None and m.entity is not None and id(m.entity) not in found
                          and m.entity.type == etype and (_acting(doc[m.end - 1]) or count and not forms) and (not forms or _named_with(m.entity, forms))})
            if len(found) > 1 or not forms and (found or not any(t.lemma_ == tok.lemma_ and t.tag_ == "NNS" for t in doc_tokens(doc)[start:end])):
                break
            end = start
        if len(found) > 1 and (forms or not count or len(found) == count):
            return list(found.values())
    return []


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
    region = doc[colon + 1:sent.end] if colon is not None else (joined_sentence(doc, sent.end, tok2ment) if sent.end < len(doc) else None)
    if region is not None and colon is None and (said := announced_list(region, tok2ment)):
        return said if len({id(m.entity) for m in said}) == count else []  # ('They are: A, B, …', whatever each was typed)
    kinds = {etype, "Place"} if etype == "Organisation" else {etype}  # (places listed for bodies: 'They were: Bromley, …')
    word = (tok.lemma_ or tok.lower_).lower()
    forms = rules.name_noun_forms.get(word, (word,)) if word in rules.name_nouns else ()
    starts = [m for i in range(region.start, region.end) if (m := tok2ment.get(i)) is not None and m.start == i
              and m.entity is not None and m.entity.type in kinds] if region is not None else []
    for first in starts[:1] if not forms else starts:  # ('Three universities … X is a partnership between A, B and C': the list
        listed = listed_from(doc, first, region.end, tok2ment)  # of that many whose names hold the noun, where the noun is a name's)
        if len({id(m.entity) for m in listed}) == count and all(_named_with(m.entity, forms) for m in listed if forms):
            return listed
    including = next((t.i for t in region if t.lower_ in {"include", "includes"} and (  # 'Twelve councils will share £36m. The councils,
        t.dep_ == "relcl" and (t.head.lemma_ or t.head.lower_).lower() in {word, tok.lower_} or any(  # which include A, B and C, …'
            c.dep_ == "nsubj" and (c.lower_ == "they" or c.lower_ == tok.lower_) for c in t.children))), None) if region is not None else None
    first = next((m for m in starts if including is not None and m.start > including), None)
    listed = listed_from(doc, first, region.end, tok2ment) if first is not None else []
    return listed if 1 < len({id(m.entity) for m in listed}) <= count else []  # (some of them, named)


def _by_agent(tok: Token) -> bool:
    """A name that is only the 'by' agent of a passive ('was contracted by Y') or of an act named by a noun ('was
    hit by a record fine by regulator Y')."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and (tok.head.dep_ == "agent" or tok.head.head.pos_ == "NOUN")


def _acting(tok: Token) -> bool:
    """A name that does something in its sentence: not the object of a verb or of a preposition other than 'with' (or
    'of' on a subject: 'The boards of A and B agreed …')."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ not in {"dobj", "pobj"} or (tok.dep_ == "pobj" and (tok.head.lower_ == "with" or tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj"))


def _named_beside(tok: Token, sent: Span, tok2ment: dict[int, Mention], loose: frozenset[str]) -> Mention | None:
    """'A letting agent has been fined after the council prosecuted the firm, Acme Lettings Ltd': an indefinite
    subject is the body its own sentence goes on to name, set off beside a loose kind with 'the' ('the firm, X')."""
    if tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    for t in sent[tok.i + 1 - sent.start:]:
        if (t.lemma_ or t.lower_).lower() in loose and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            named = [m for c in t.children if c.dep_ == "appos" and t.nbor().text == "," and (m := tok2ment.get(c.i)) is not None
                     and m.entity is not None]
            if named and named[0].entity.type == "Organisation":
                return named[0]
    return None


def described(tok: Token, sent: Span, tok2ment: dict[int, Mention], rules: TypeRules, structural: dict,
              ruling: frozenset[int] = frozenset()) -> list[Mention]:
    """The names a describing noun stands for: the bodies before a plural ('the organisations'; else none), the
    person or body a post or a kind in apposition describes ('X, a chair appointed by Y', 'X, a company owned by Y'), else the
    nearest earlier name ('the council'), else the name after an indefinite one ('a county council …'). A loose kind
    (patterns.json 'indefinite-kinds': 'the company', 'the firm') is none of the article's regulators (*ruling*, by
    entity id) whose name does not hold it, nor a court ('implied-agent' 'court_heads') named before it."""
    if several := plural_named(tok, sent, tok2ment, rules, structural.get("counted-bodies", {}).get("nouns", ())) or numbered_named(tok, sent, tok2ment, rules):
        return several
    if tok.dep_ == "appos" and (m := tok2ment.get(last_listed(tok).i)) is not None and m.entity is not None and (
            tok.lower_.capitalize() in rules.post_words if m.entity.type == "Person" else rules.context_words.get(tok.lower_) == m.entity.type):
        return [m]  # 'Alan Price, an independent chair appointed by Y', 'X, a company owned by Y': a post or a kind set beside a name
    loose, case_verbs, private, public = (frozenset(structural.get("indefinite-kinds", {}).get(k, ())) for k in (
        "nouns", "case_verbs", "private_nouns", "public_heads"))
    if (named := _named_beside(tok, sent, tok2ment, loose)) is not None:
        return [named]
    courts = set(structural.get("implied-agent", {}).get("court_heads", ()))
    word = compound_kind(tok, loose)
    skip = {id(m.entity) for m in tok2ment.values() if m.entity is not None and (m.entity.name.split()[-1] in courts | (public if word in private else set()) or (
        word in private and m.entity.name.split()[0] in public) or (
        id(m.entity) in ruling and not m.entity.name.lower().endswith(word)))} if word in loose else frozenset()  # ('the agency': the
    # Environment Agency, a regulator whose name ends in the word; 'the charity' is no Charity Commission, nor X Council)
    ref = None if tok.tag_ == "NNS" else nearest_named(tok, sent, tok2ment, rules, skip=skip) or next_named(tok, sent, tok2ment, rules, loose=loose, case_verbs=case_verbs, ruling=ruling)
    return [ref] if ref is not None else []


_FIRM_ENDINGS, _FIRM_WORDS = frozenset({"LLP", "plc", "PLC", "Plc"}), frozenset({  # a firm's legal ending: no charity, council or school
    "company", "firm", "business", "consultancy", "partnership", "practice", "organisation", "body", "group"})
