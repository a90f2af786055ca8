"""The court that fines when an article names one and the doer is unsaid: the one court a sentence names, else
the court named in the few sentences before or after, not past another case's fine; and people named with a
judge's title, who stand in for their court; in a story that names no court, the one body named as prosecuting; and
no implied doer at all where a passive's 'by' phrase says the doers are others left unnamed; and the bodies that enforce
without being listed regulators (patterns.json 'enforcing-bodies'). The
words are data (patterns.json 'implied-agent': 'court_heads', 'court_kinds', 'court_stop_words', 'court_other_case_words',
'court_sentences_near', 'judicial_titles', 'prosecution'). Imports extract.coref (a clause's subjects) and
extract.mentions_base; the reader is passed in; read by relations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref import PASSIVE_SUBJ_DEPS, SUBJ_DEPS
from .mentions_base import headline_end, mention_root, named_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mentions_base import Mention
    from .relations import RelationReader
    from ..vocab.lexicon import RelationSpec, StructureRules, Trigger


def judges(reader: RelationReader, subjects: list) -> bool:
    """'Judge Jo Bloggs fined X', 'Sheriff Jo Bloggs imposed a fine': people named with a judge's title (patterns.json
    'implied-agent' 'judicial_titles'), who stand in for their court as 'the judge' does."""
    titles = set(reader.structure.structural.get("implied-agent", {}).get("judicial_titles", ()))
    return bool(subjects) and all(m.entity is not None and m.entity.type == "Person" and (
        m.text.split()[0] in titles or (m.start > 0 and reader.doc[m.start - 1].text in titles)) for m, _ in subjects)


def _a_court(words: list[str], heads: set[str], kinds: set[str]) -> bool:
    """A law court's name: ending in one of 'court_heads', and a bare 'Court' only after a court's kind ('Barset Crown
    Court'; 'Picktree Court', a care home, is none) or alone."""
    return words[-1] in heads and (words[-1] != "Court" or len(words) == 1 or words[-2] in kinds)


def unnamed_doers(reader: RelationReader, verb: Token) -> bool:
    """'X is also funded by philanthropic foundations', 'was criticised by a group of residents': a passive whose 'by'
    phrase is a plural or indefinite common noun names its doers as others, no one the article implies (not 'by
    magistrates', who stand in for their court)."""
    stand_ins = set(reader.structure.structural.get("implied-agent", {}).get("stand_in_subjects", ()))
    return any(n.pos_ == "NOUN" and n.i not in reader.tok2ment and n.lemma_.lower() not in stand_ins and (
        n.tag_ == "NNS" and not any(d.dep_ in {"det", "poss"} and d.lower_ not in {"some", "other", "many"} for d in n.children)
        or any(d.lower_ in {"a", "an", "some", "other"} for d in n.children))  # (not 'by the telecoms watchdog', definite)
        for a in verb.children if a.dep_ == "agent" for n in a.children if n.dep_ == "pobj")


def court_here(reader: RelationReader, spec: RelationSpec, verb: Token) -> list:
    """'X admitted the offence at Barset Crown Court and was fined £35,000', 'It was fined at Barset Magistrates'
    Court': an agentless fine in a sentence that names one court is that court's (rule 'court-venue'); in a sentence that names none,
    the court named last in the few sentences before ('Barset Crown Court heard … The firm was fined £5,000'), on an
    earlier line only where no sentence states another's fine on the way, else the court named first in the few
    sentences after, the same way ('X was fined £9,000. Barset Crown Court also ordered …'; patterns.json 'implied-agent')."""
    rule = reader.structure.structural.get("implied-agent", {})
    if spec.predicate not in rule.get("not_with_courts", ()):
        return []
    heads, kinds = set(rule.get("court_heads", ())), set(rule.get("court_kinds", ()))
    is_court = lambda m: m is not None and m.entity is not None and m.entity.type == "Organisation" \
        and _a_court(m.entity.name.split(), heads, kinds)  # noqa: E731
    courts = {id(m.entity): m for i in range(reader.sent.start, reader.sent.end) if is_court(m := reader.tok2ment.get(i))}
    if courts:  # (named in the sentence: stated, not inferred)
        return [(m, False) for m in courts.values()] if len(courts) == 1 else []
    stops = set(rule.get("court_stop_words", ())) | set(rule.get("court_other_case_words", ()))
    fined = _fined(reader, verb, is_court)
    for step in (-1, 1):  # the court named last in the sentences just before, else first in those just after
        found = _nearby_courts(reader, step, rule.get("court_sentences_near", 0), is_court, stops, fined)
        if found is not None:
            return [(m, True) for m in found.values()] if len(found) == 1 else []  # (two courts: neither)
    return []


def _fined(reader: RelationReader, verb: Token, is_court) -> set[int]:
    """The body a statement's subject names ('X was fined'; a joined verb's: 'X pleaded guilty and was fined'), or
    through 'the company' the body named last before it that is no court."""
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS), None)
    if subject is None:
        return set()
    named = {id(m.entity) for i in range(subject.left_edge.i, subject.right_edge.i + 1)
             if (m := reader.tok2ment.get(i)) is not None and m.entity is not None}
    last = next((m for i in range(subject.left_edge.i - 1, -1, -1) if (m := reader.tok2ment.get(i)) is not None
                 and m.entity is not None and m.entity.type == "Organisation" and not is_court(m)), None)
    return named or ({id(last.entity)} if last is not None else set())


def _nearby_courts(reader: RelationReader, step: int, reach: int, is_court, stops: set[str], fined: set[int]) -> dict | None:
    """The courts named in the nearest of the next *reach* sentences (before the statement for step -1, after it
    for +1) that names any, or None; not past a sentence on another line that states a fine or another case, unless
    one before it names the body this fine is on ('Acme Ltd was fined £8,000 at X Court. ¶ Kelby Ltd … was fined
    £5,000', '… ¶ X Court heard another case'; but 'X was fined £1m at Y Court. ¶ The company … was fined £1m with
    costs'; a headline's fine stops at the sentence that states it again); on the same line, not past one that states a
    fine and names bodies, none of them this fine's, at a time either says ('X was fined £2m in May. Days later Y was
    fined £3m at Z Crown Court'; but 'X was fined £180,000. Y was fined £80,000 at Z Court': one hearing)."""
    doc, here, crossed = reader.doc, reader.sent, False
    for _ in range(reach):
        if (here.start == 0) if step < 0 else (here.end >= len(doc)):
            return None
        other = doc[here.start - 1].sent if step < 0 else doc[here.end].sent
        lo, hi = (other.start, here.start + 1) if step < 0 else (here.end - 1, other.start + 1)
        crossed = crossed or any("\n" in t.text_with_ws for t in doc[lo:hi])  # (a line: a paragraph, as HTML gives them)
        named = {id(m.entity): m for i in range(other.start, other.end) if (m := reader.tok2ment.get(i)) is not None and m.entity is not None}
        bodies = {k for k, m in named.items() if not is_court(m)}
        if any(t.lemma_.lower() in stops or t.lower_ in stops for t in other) and (
                (crossed and not (step < 0 and fined <= named.keys())) or (fined and bodies and not fined & bodies and (
                    _dated(other, reader.tok2ment) or _dated(reader.sent, reader.tok2ment)))):
            return None  # (on the same line, a fine stated on some other body is its own case: 'X was fined. Days later Y was fined at Z Court')
        if found := {id(m.entity): m for i in range(other.start, other.end) if is_court(m := reader.tok2ment.get(i))}:
            return found
        here = other
    return None


def _dated(sent, tok2ment) -> bool:
    """Whether a sentence says when ('in April', 'Days later'): co-defendants' fines told one after the other with
    no time of their own were handed down at one hearing, where another body's fine with a time is its own case (a
    year in a name is none: 'the Health and Safety at Work etc. Act 1974')."""
    return any((t.ent_type_ in {"DATE", "TIME"} and t.i not in tok2ment) or t.lower_ in {"later", "earlier"} for t in sent)


def with_prosecutor(doc: Doc, tok2ment: dict[int, Mention], structure: StructureRules, implied: dict) -> dict:
    """'X has been fined £4,000 … The prosecution was brought by Y', 'after Y prosecuted him': in a story that names
    no court, the one body named as bringing the prosecution stands for the unsaid agent of a fine no regulator is
    implied for (patterns.json 'implied-agent' 'prosecution'; read as an implied agent, at that lower confidence)."""
    rule = structure.structural.get("implied-agent", {})
    pros = rule.get("prosecution", {})
    predicates = [p for p in pros.get("predicates", ()) if p not in implied]
    heads, kinds = set(rule.get("court_heads", ())), set(rule.get("court_kinds", ()))
    bodies = {id(m.entity): m for m in tok2ment.values() if m.entity is not None and m.entity.type == "Organisation"}
    if not predicates or any(_a_court(m.entity.name.split(), heads, kinds) for m in bodies.values()):
        return implied
    nouns, verbs, bringing = set(pros.get("nouns", ())), set(pros.get("verbs", ())), set(pros.get("bringing_verbs", ()))
    found = {}
    for key, m in bodies.items():
        root = mention_root(doc, m)
        by = root.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
        if (root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs) or (by is not None and (  # 'Y prosecuted him'
                by.head.lemma_.lower() in nouns or by.dep_ == "agent" and (by.head.lemma_.lower() in verbs or (  # 'a prosecution by Y'
                    by.head.lemma_.lower() in bringing and (any(c.dep_ in PASSIVE_SUBJ_DEPS and c.lemma_.lower() in nouns for c in by.head.children)
                                                            or by.head.dep_ == "acl" and by.head.head.lemma_.lower() in nouns))))):  # ('The case was
            found[key] = m  # brought by Y', 'in a case brought by Y')
    return {**implied, **{p: next(iter(found.values())) for p in predicates}} if len(found) == 1 else implied


def enforces(entity, structure: StructureRules) -> bool:
    """A body that enforces a law or rules on others without being a listed regulator ('Kelby Fire and Rescue Service
    served a prohibition notice on X': fire services enforce fire safety law on premises; a sport's governing body; any
    body named as an inspectorate or a regulator), whose notices, warnings and actions count as a regulator's do
    ('@regulator' triggers); never an implied agent (patterns.json 'enforcing-bodies')."""
    return named_with(entity, structure.structural.get("enforcing-bodies", {}).get("heads", ()))


def stands_in(reader: RelationReader, tok: Token) -> bool:
    """Whether a subject no name stands for is one the article's implied agent does the act through ('The report rated X
    inadequate', 'the inquiry looked at Y'; 'implied-agent' 'stand_in_subjects'), or a regulator's kind ('The exams watchdog
    fined X', named only later; 'stand_in_bodies') past the headline, where 'Regulator fines X' restates the story's fine."""
    rule = reader.structure.structural.get("implied-agent", {})
    word = tok.lemma_.lower()
    return word in rule.get("stand_in_subjects", ()) or (word in rule.get("stand_in_bodies", ()) and tok.i >= headline_end(reader.doc))


def paid_as_redress(trig: Trigger, verb: Token | None, structure: StructureRules) -> bool:
    """Whether a regulator's order a '@redress' trigger reads is redress, a criticism: an order to pay only where the money is
    said to be compensation, a refund or redress (patterns.json 'redress' 'words'; 'ordered X to pay £8m' is a fine); any
    other order as it stands ('ordered X to apologise')."""
    if verb is None or "pay" not in trig.extra:
        return True
    words = set(structure.structural.get("redress", {}).get("words", ()))
    return any(t.lemma_.lower() in words or t.lower_ in words for t in verb.subtree)

