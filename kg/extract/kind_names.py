"""Names set right before the words of their kind ('Orton Lodge care home', 'the Sunnyside nursing home'): the name is
that home's, not another body beside it, however the parser hangs it; and a thing of a kind brought in with 'a' that
the next sentence names beside its kind ('… a repairs app. The app, called FixIt, …') or opens with a name it heads; the
noun a name is said to be ('X is a project', 'appointed X as the lead contractor'). Imports
extract.mentions_base (types from vocab).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions_base import mention_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..vocab.lexicon import TypeRules
    from .mentions_base import Mention


def names_before_kind(doc: Doc, tok: Token, named: list, tok2ment: dict[int, Mention], rules: TypeRules) -> list:
    """The names before the kind noun *tok* that the parser hung on its other lower-case words ('Orton Lodge care
    home': 'Lodge' on 'care'), where they name that one (named_before_kind); *named* are *tok*'s own modifiers."""
    return [g for c in named if c.i not in tok2ment and c.is_lower for g in c.children if g.dep_ == "compound" and g.i in tok2ment
            and named_before_kind(doc, tok2ment[g.i], tok, rules)]


def named_before_kind(doc: Doc, m: Mention, tok: Token, rules: TypeRules) -> bool:
    """'Orton Lodge care home': a name with no body's head word of its own, not a known body, right before the lower-case
    words of the kind noun *tok* (its kind's words after it) is that one's name, not another body beside it (not 'a Barset
    company': some company there)."""
    return m.gaz_id is None and not any(rules.head_words.get(w) == "Organisation" for w in m.text.split()) and not any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) and all(
        t.is_lower and t.dep_ == "compound" for t in doc[m.end:tok.i])


NAMING = frozenset({"called", "named", "dubbed", "titled", "entitled", "known"})


def named_in_next(reader, tok: Token, depth: int = 0) -> list:
    """'X has launched a repairs app. The app, called FixIt, lets …': a thing of a kind that is made, not a body (a noun
    the rules type as a programme, a publication or a policy), brought in with 'a' as a verb's object, is the one the
    next sentence names, when that sentence opens with 'the' and the noun and sets the name beside it ('The app, FixIt,')."""
    head = tok.lemma_.capitalize()
    kind = reader.rules.context_words.get(tok.lemma_.lower()) or reader.rules.context_words.get(tok.lower_) or reader.rules.head_words.get(head)
    if kind not in {"Programme", "Publication", "Policy"} or tok.i in reader.tok2ment or tok.dep_ != "dobj" or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return []
    k = tok.sent.end
    while k < len(reader.doc) and reader.doc[k].is_space:
        k += 1
    words = [t for t in reader.doc[k:k + 4] if not t.is_space]
    m = reader.tok2ment.get(words[1].i) if len(words) > 1 and words[0].lower_ == "the" else None
    bare = " ".join(w for w in m.entity.name.split() if not w[:1].isdigit()) if m is not None and m.entity is not None else ""
    headed = bool(bare) and (bare.startswith(head + " ") or bare.endswith(" " + head))  # (its years aside: 'X Strategy 2026-2031')
    if m is not None and m.start == words[1].i and m.entity is not None and mention_root(reader.doc, m).dep_ in {"nsubj", "nsubjpass"} and (
            headed and m.entity.type in {kind, "Organisation"} or m.entity.type == kind == "Programme" and not any(
                getattr(reader.tok2ment.get(i), "entity", None) is m.entity for i in range(m.start))):
        return [(m, True)]  # ('… launched a research centre. The Centre for Local Net Zero is …': a name headed by the noun opening
        # the next sentence; '… built a data platform. The Barset Linked Dataset holds …': a programme named there first; not
        # another work: '… published a report. The X Index was funded by Y')
    return [(m, True) for m in [named_beside_next(reader, tok, {kind})] if m is not None]


def named_beside_next(reader, tok: Token, kinds) -> Mention | None:
    """The name of one of *kinds* the sentence after *tok*'s sets beside *tok*'s noun, opening with it: 'The app, (called)
    FixIt, …', 'The report, Profiting from Care, …'."""
    k = tok.sent.end
    while k < len(reader.doc) and reader.doc[k].is_space:
        k += 1
    words = [t for t in reader.doc[k:k + 4] if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "the" or words[1].lower_ not in {tok.lower_, tok.lemma_.lower()} or words[2].text != ",":
        return None
    k = words[3].i + (words[3].lower_ in NAMING) + (words[3].lower_ == "known" and words[3].i + 1 < len(reader.doc) and reader.doc[words[3].i + 1].lower_ == "as")
    m = reader.tok2ment.get(k)
    return m if m is not None and m.start == k and m.entity is not None and m.entity.type in kinds else None


def introduced_kind(doc: Doc, start: int, end: int, rules: TypeRules) -> str | None:
    """'A £4.2m programme … has been launched. WorkWell Kelby is paid for by …': a made thing of a kind (a noun the rules
    type as a programme, a publication or a policy) brought in with 'a' as the subject or object of the sentence before,
    and a name with no head word and no given name opening the next as its subject: the name is that thing's, of that
    kind."""
    root = next((t for t in doc[start:end] if t.head.i not in range(start, end) or t.head.i == t.i), None)
    if root is None or root.dep_ not in {"nsubj", "nsubjpass"} or start == 0 or not doc[start].is_sent_start \
            or doc[start].text in rules.given_names or any(rules.head_words.get(t.text) for t in doc[start:end]):
        return None
    k = start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    before = doc[k].sent
    nouns = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ == "NOUN"
             and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)]
    kinds = [rules.context_words.get(c.lemma_.lower()) for c in nouns]
    acted_on = any(c.dep_ == "dobj" and (c.lower_ in {"it", "them"} or c.lemma_ in {n.lemma_ for n in nouns}) for c in root.head.children)
    return kinds[0] if len(kinds) == 1 and kinds[0] in {"Programme", "Publication", "Policy"} and not acted_on else None  # (not 'Y will run it')


def said_noun(span: Span, kinds: dict[str, str]):
    """'Triangulum is a €25m European Commission project', 'one charity to benefit is X', 'appointed X as the lead
    contractor': the noun a name is said to be (entity_types._said_kind)."""
    root = span.root
    verb = root.head
    if root.dep_ == "attr" and verb.lemma_ == "be" and verb.i < span.start:  # 'One charity that will benefit is X': the
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)  # subject noun it is,
        return noun if noun is not None and kinds.get(noun.lemma_.lower()) == "Organisation" else None  # if a body's
    if root.dep_ == "dobj" and verb.i < span.start:  # 'appointed X as the lead contractor': the noun after the verb's 'as'
        return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < span.end:  # kind ('one project to benefit is X' is loose:
        return None  # a grantee running one)
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) or next((  # ('X is, to date,
        g for c in verb.children if c.dep_ == "ccomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)  # the only
        for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"), None)  # body to …', the noun parsed as the clause's subject)
