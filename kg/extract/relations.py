"""Relations stated by a sentence, read off the dependency parse: trigger verbs in active, passive,
relative and participle form, nominal triggers, and structural patterns. Triggers come from
ontology/kg.ttl; nothing here names a relation property. Imports vocab, model and the extract readers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING

from ..model import Document, Entity, Relation
from ..vocab.lexicon import GazetteerEntry, RelationSpec, StructureRules, Trigger, TypeRules
from .agents import (appointee_posts, implied_agents, inverse_agents, is_regulator, listed_parts, orders_redress, own_body, partnered_sum, passive_agents, receives, set_off_participles, role_agents, said_words, turned_round)
from .objects import (addressed_bodies, answering_to, clause_beneficiary, described_places, described_works, endowed_bodies, fined_a_sum, object_deps, described_by,
                      headline_appointee, headline_grantee, not_the_posts_body, reduced_passive, premises_places, surface_ends, trigger_fits, unit_parents)
from .held import held_nouns, object_preps, shared_objects
from .appointments import announced_appointees, described_holders, predecessors, reported_joiners
from .clause_subjects import agreeing_head, controlled_payers, sum_sources, had_done_to, kind_fit, moved_into, participle_top, relative_head, relative_subjects, split_sum_givers
from .carried import carried_objects, read_in_turn
from .participles import describes_its_head, given_to, in_a_works_phrase, passive_objects, priced_thing, set_off_participle
from .courts import court_here, enforces, paid_as_redress, judges, stands_in, unnamed_doers, with_prosecutor
from .evidence import emit
from .money_sources import money_sources
from .findings import fault_findings
from .owned_bodies import merged_makers, owned_creations, transferred_assets
from .gapped import gapped_sums, listed_givers
from .speakers import not_speakers
from .listed_people import listed_people
from .listings import listed_sums, numbered_sums, ranked_after
from .mentions_base import Mention, but_clause, doc_tokens, mention_root, title_before_person
from .nominal import inverse_nominal, nominal_relations
from .partners import bracketed_members, clause_partners, led_with, co_subjects, included_members, joint_relations, kinds_within, members_as_group, named_groups
from .pipeline import lemma_candidates
from .place_councils import possessed_body
from .phrases import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, PhraseReader, name_after_prep
from .records import record_fines, record_grants, record_owners
from .posts import PAST
from .structure import is_sum, participle_ends, structural_relations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LATER_MARKS = {"after", "before", "when", "while", "because", "since", "until", "once"}  # a clause of time or cause is no trigger's words
ROLE_COMPLEMENTS = {"oprd", "xcomp", "attr"}  # what a body is named as, said without 'as' ('named X its preferred bidder')


class Triggers:
    """Trigger words by head lemma: verbs and nouns, each with the relation they signal."""

    def __init__(self, specs: dict[str, RelationSpec]) -> None:
        self.verb: dict[str, list[Trigger]] = defaultdict(list)
        self.noun: dict[str, list[Trigger]] = defaultdict(list)
        for spec in specs.values():
            for trig in spec.triggers:
                (self.noun if trig.nominal else self.verb)[trig.head].append(trig)
            for noun in spec.agent_nouns:  # ('X is the main funder of Y')
                self.noun[noun].append(Trigger(spec.predicate, noun, nominal=True, agent=True))


@dataclass(frozen=True)
class RelationRules:
    """Everything relation reading needs, loaded once per extractor."""

    specs: dict[str, RelationSpec]
    triggers: Triggers
    rules: TypeRules
    structure: StructureRules
    councils: dict[str, GazetteerEntry] = field(default_factory=dict)  # GSS code -> the area's council
    bodies: dict[str, GazetteerEntry] = field(default_factory=dict)  # known bodies' names and variants, case-folded


def sentence_relations(doc: Doc, document: Document, tok2ment: dict[int, Mention], lex: RelationRules) -> list[Relation]:
    """Relations stated by each sentence, deduplicated (highest confidence kept)."""
    found: dict[tuple, Relation] = {}
    original = document.full_text
    regulators, implied = implied_agents(doc, tok2ment, lex.structure, lex.triggers.verb)
    implied = with_prosecutor(doc, tok2ment, lex.structure, implied)
    own = own_body(doc, tok2ment, document.publisher)
    funding, redress = lex.structure.structural.get("implied-funder", {}), lex.structure.structural.get("redress", {})
    maker = lex.structure.structural.get("maker-product", {})
    known = {m.entity.key: m.entity for m in tok2ment.values() if m.entity is not None}

    def reader_for(sent: Span) -> RelationReader:
        ctx = RelationReader(lex, doc, sent, tok2ment, original)
        ctx.regulators, ctx.implied, ctx.known, ctx.own = regulators, implied, known, own
        return ctx

    sents = reading_sentences(doc, tok2ment)
    for rel in chain(read_in_turn(sents, reader_for, tok2ment, lex.structure.structural.get("carried-object", {})),
                     announced_appointees(doc, sents, tok2ment, lex, reader_for), described_holders(doc, sents, tok2ment, lex, reader_for),
                     reported_joiners(sents, lex, reader_for),
                     listed_sums(doc, sents, tok2ment, lex, reader_for), listed_people(doc, tok2ment, lex, reader_for),
                     numbered_sums(doc, tok2ment, lex, reader_for), record_fines(doc, tok2ment, lex, reader_for),
                     record_grants(doc, tok2ment, lex, reader_for), record_owners(doc, tok2ment, lex, reader_for),
                     predecessors(doc, sents, tok2ment, lex, reader_for, found)):
        if rel.rule.startswith("implied-agent") and rel.predicate in funding.get("predicates", ()) \
                and rel.object.type not in funding.get("object_types", (rel.object.type,)) and rel.object.name.split()[-1] not in funding.get("venue_heads", ()):
            continue  # a grant-maker implied for a programme or a place is a guess too far (not for a hall: 'Kelby Village Hall gets £5,000')
        if rel.predicate == redress.get("from") and orders_redress(rel.subject, lex.structure):
            rel = replace(rel, predicate=redress["to"])  # an ombudsman fines no one: the sum it orders paid is redress
        if rel.predicate == maker.get("from") and _made_by_another(rel, lex.rules.product_makers):
            rel = replace(rel, predicate=maker["to"])  # 'X is rolling out Microsoft Teams': X uses it
        if lex.specs[rel.predicate].symmetric and "Person" in {rel.subject.type, rel.object.type}:
            continue  # people working alongside each other or with a body are colleagues or staff, not partner bodies
        key = rel.key
        if lex.specs[rel.predicate].symmetric:
            a, b = sorted([rel.subject.key, rel.object.key])
            key = (a, rel.predicate, b, rel.start)
        if key not in found or found[key].confidence < rel.confidence:  # (a sum another reading of the sentence found is kept)
            found[key] = rel if key not in found or rel.amount is not None or found[key].amount is None else replace(rel, amount=found[key].amount)
    for rel in [r for r in found.values() if r.amount is not None]:  # ('A will receive £5m, B £4m and C £2m')
        found.update({g.key: g if g.key not in found else replace(found[g.key], amount=g.amount) for g in gapped_sums(  # (or the sum of a name
            doc, tok2ment, rel, lex.specs[rel.predicate], lex.structure.rule_confidence["gapped-sum"]) if g.key not in found or found[g.key].amount is None})  # the verb's reading found without one: 'fined A £40,000 and B £25,000')
    return sorted(found.values(), key=lambda r: (r.start, r.predicate, r.subject.name, r.object.name))


def _trigger_noun_objects(reader: RelationReader, prep: Token, pobj: Token, trig: Trigger) -> list:
    """'drafted in X': the object of a trigger's own preposition; "sits on X's board": the owner of a trigger's noun."""
    return (reader.mentions_for(pobj) if prep.lower_ in trig.extra else []) + [
        x for g in reader._children(pobj, {"poss"}) if pobj.lemma_ in trig.extra for x in reader.mentions_for(g)]


def _made_by_another(rel: Relation, makers: frozenset[str]) -> bool:
    """A product named after its maker ('Microsoft Teams'), the subject not being that maker."""
    return rel.object.type == "Programme" and (maker := rel.object.name.split()[0]) in makers and not rel.subject.name.startswith(maker)


def _named_as(trig: Trigger, verb: Token, found: Iterable[Relation], award_shape: str = "") -> Iterable[Relation]:
    """'@role': a trigger that appoints a body only when it says what the body is appointed as ('named X as its
    preferred bidder', 'named X its contractor'), not 'named the four councils'; a person is always kept, unless the
    'role' is an award's title ('named apprentice of the year by X')."""
    if trig.by_role and award_shape and any(re.search(award_shape, verb.doc[c.left_edge.i:c.right_edge.i + 1].text, re.IGNORECASE)
                                            for c in verb.children if c.dep_ in ROLE_COMPLEMENTS | {"dobj"}):
        return []  # (the role's own words, not 'named chief executive at the end of the year')
    if "into" in trig.extra and any(c.dep_ == "dobj" for c in verb.children):
        return []  # ('X has merged its library services into Y': what was merged is the object, not X)
    if not trig.by_role or any(c.lower_ == "as" or c.dep_ in ROLE_COMPLEMENTS for c in verb.children) or any(  # (or 'as' on a participle
            g.lower_ == "as" for p in set_off_participles(verb) for g in p.children):  # set off after the object: 'brought in Y, seconded from Z, as …')
        return found
    return [r for r in found if r.object.type == "Person"]


def reading_sentences(doc: Doc, tok2ment: dict[int, Mention]) -> list[Span]:
    """The parser's sentences, joined where it cut inside a name (the small model sometimes starts a
    sentence at 'City' in 'Leeds City Council is…'), before a comma, or after a name standing alone ('BT' | 'has
    been hit with …'), so a statement's evidence is its whole sentence."""
    out: list[Span] = []
    for sent in doc.sents:
        inside = tok2ment.get(sent.start)
        if out and (inside is not None and inside.start < sent.start or sent[0].text in {",", ";"}  # or at a comma
                    or (sent[0].is_lower and _a_name_alone(out[-1], tok2ment))):  # or after a subject: 'BT | has been hit
            out[-1] = doc[out[-1].start:sent.end]
        else:
            out.append(sent)
    return out


def _a_name_alone(sent: Span, tok2ment: dict[int, Mention]) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and (m := tok2ment.get(words[0].i)) is not None and m.start == words[0].i and m.end > words[-1].i


def in_long_name(m, i: int) -> bool:
    """Whether token *i* is a word of a body's or a person's name of several words ('Good Energy'; a 'Penalty Notice' is
    none), or of another name of several words it does not end ('the Community Grant Scheme'; 'the Kelby Grant' is one)."""
    return m is not None and m.end - m.start > 1 and ((m.entity.type if m.entity is not None else m.type) in {"Organisation", "Person"} or i != m.end - 1)


def in_a_title(m) -> bool:
    """Whether a mention is a work's name of several words, whose verbs state nothing ('Paying for Care', a paper's)."""
    return m is not None and m.end - m.start > 1 and m.type in {"Publication", "Programme", "Policy"}


def _undone(tok: Token, undoing: dict) -> bool:
    """'A and B failed to share information', 'X refused to fund Y', 'X lost its funding': a trigger verb a failing verb
    governs, or a trigger noun a losing verb takes, states that nothing was done (patterns.json 'undoing-verbs')."""
    verbs = undoing.get("verbs", ()) if tok.dep_ == "xcomp" else undoing.get("noun_verbs", ()) if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else ()
    return any(w in verbs for w in lemma_candidates(tok.head)) and not any(c.dep_ == "neg" for c in tok.head.children)  # (not 'did not fail to …')


def _counted(parent: Token, child: Token, reporting: frozenset[str]) -> bool:
    """Whether a dependent's words may be a trigger's: not a later clause's ('… before it was fined'), nor a report set
    after it ('found X in breach, saying it had not met …': no 'not' of the finding), nor what a passive's subject is
    ('X, a service for Y, is run by Z')."""
    return not (child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in LATER_MARKS for m in child.children)) \
        and not (child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in reporting and child.i > parent.i) \
        and not (child.dep_ == "appos" and parent.dep_ in PASSIVE_SUBJ_DEPS and child.pos_ in {"NOUN", "PROPN"})  # (a sum set off there is one)


def _gerund_preps(tokens) -> set[str]:
    """'in+ing' for a preposition before a gerund among *tokens*, a trigger's word ('joined X in signing the pledge', or
    a passive one: 'in being judged')."""
    return {c.lower_ + "+ing" for c in tokens if c.dep_ == "prep" and any(g.tag_ == "VBG" or any(
        a.lower_ == "being" and a.i < g.i for a in g.children) for g in c.children)}


class RelationReader(PhraseReader):
    """The relations of one sentence."""

    def __init__(self, lex: RelationRules, doc: Doc, sent: Span, tok2ment: dict[int, Mention], original: str) -> None:
        super().__init__(lex.rules, lex.structure, doc, sent, tok2ment, original)
        self.specs, self.triggers = lex.specs, lex.triggers
        self.known: dict[tuple[str, str], Entity] = {}  # the article's entities by key
        self.implied: dict[str, Mention] = {}  # predicate -> the agent an agentless statement of it implies
        self.councils, self.bodies = lex.councils, lex.bodies
        self.acted_on: dict[int, list[Mention]] = {}  # a body's id -> what the sentence before found it acting on

    def body_for_place(self, place: Entity, m: Mention | None = None) -> Entity | None:
        """'Bradford was rated inadequate': the council of a place that acts as a body, when the gazetteer
        knows exactly one current body for the place's GSS code (the article's own entity if it names it); a place's
        possessive before a kind of body the article names after the place is that body (place_councils.possessed_body)."""
        if m is not None and (named := possessed_body(self, place, m)) is not None:
            return named
        entry = self.councils.get(place.identifiers.get("gss", ""))
        return None if entry is None else self.entity_for(entry)

    def entity_for(self, entry: GazetteerEntry) -> Entity:
        """The article's entity for a known body the sentence stands for (made once)."""
        key = (entry.type, entry.name.casefold())
        return self.known.setdefault(key, Entity(entry.type, entry.name, identifiers=dict(entry.ids)))

    def emit(self, spec: RelationSpec, anchor: Token, subjects, objects, rule: str) -> Iterator[Relation]:
        return emit(self, spec, anchor, subjects, objects, rule)

    def _implicit_agents(self, verb: Token, spec: RelationSpec, rule: str) -> tuple[list, str]:
        """Agents a passive leaves unsaid: the body in the role phrase ('appointed chief executive of X'), else the article's one regulator."""
        if found := role_agents(self, verb, spec):
            return found, "role-agent"
        only = self.structure.structural.get("implied-agent", {}).get("only_after", {}).get(spec.predicate)
        if spec.predicate in self.implied and (only is None or said_words(verb) & set(only)) and not unnamed_doers(self, verb) \
                and not partnered_sum(self, verb, spec) and not receives(self, verb, spec, self.implied[spec.predicate]):
            return [(self.implied[spec.predicate], True)], "implied-agent"  # the one regulator (fined), funder (funded),
        courts = court_here(self, spec, verb)  # ('a warning was issued to X'), or the one court the sentence names
        return courts, ("implied-agent" if courts[0][1] else "court-venue") if courts else rule

    def dependents(self, tok: Token, depth: int = 2) -> list[set[str]]:
        """Lemmas and words of a head's dependents, one set per level down to *depth*, for multi-word triggers."""
        levels: list[set[str]] = []
        frontier = [tok]
        partitive = self.structure.structural.get("partitives", {}).get("words", ())  # (a short list: no set built per call)
        for _ in range(depth):
            frontier = [c for t in frontier for c in t.children if _counted(t, c, self.rules.reporting_verbs) and not (t is tok and (c.dep_ == "conj" and c.pos_ == "VERB" or c.dep_ == "aux" and c.lower_ == "to")) and not but_clause(c) and not (t.dep_ == "appos" and c.dep_ in {"acl", "relcl"} or t.dep_ == "prep" and c.dep_ == "pcomp" and t.lower_ in {"after", "before", "since", "while"})]  # (not a joined verb's: 'gave X a warning and fined it £2'; nor its own infinitive's 'to'; nor what describes an apposition: 'joined X, a network committed to …'; nor a time's gerund: 'after running into debt')
            frontier += [o for c in frontier if c.lower_ in partitive for p in c.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # ('most of its income')
            money = {"£"} if any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in frontier) else set()  # a sum in any currency
            levels.append({w for c in frontier if not in_long_name(self.tok2ment.get(c.i), c.i) and not title_before_person(self.tok2ment, c) for w in (c.lemma_.lower(), c.lower_)}
                          | money | _gerund_preps(frontier))  # is a trigger's '£'; a word of a name is none of its words ('found Good Energy …')
        if levels and (tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "relcl"):  # a participle's or a relative clause's noun (and its compound) is one
            levels[0] |= {w for h in (tok.head, *(c for c in tok.head.children if c.dep_ == "compound")) for w in (h.lemma_.lower(), h.lower_)}  # of its words ('a £2m fine handed to X', 'a penalty notice it had issued to X')
        return levels

    def triggers_for(self, tok: Token, table: dict[str, list[Trigger]]) -> list[Trigger]:
        """The most specific triggers headed by this token whose extra words are present."""
        cands: list[Trigger] = next((table[form] for form in lemma_candidates(tok) if table.get(form)), [])
        if not cands or _undone(tok, self.structure.structural.get("undoing-verbs", {})):
            return []
        levels = self.dependents(tok, 4 if any(t.without for t in cands) else 3) if any(t.extra or t.without for t in cands) else []
        deps, far = set().union(*levels[:3]), set().union(*levels)  # ('ordered X to pay Y £N in compensation': 4 down)
        ok = [t for t in cands if trigger_fits(t, tok, deps, far)]
        best = max((len(t.extra) for t in ok), default=0)
        return [t for t in ok if len(t.extra) == best]

    def relations(self) -> Iterator[Relation]:
        """Every relation this sentence states."""
        for tok in doc_tokens(self.doc)[self.sent.start:self.sent.end]:
            if (tok.pos_ in {"VERB", "AUX"} or (tok.tag_ in {"VBN", "VBD", "VBG"})) and not in_a_title(self.tok2ment.get(tok.i)):
                for trig in self.triggers_for(tok, self.triggers.verb):  # (not a verb in a work's name: 'its paper, Paying for Care')
                    found = list(self.verb_relations(tok, trig))
                    yield from _named_as(trig, tok, self._by_regulator(trig, found or self.surface_relations(tok, trig), tok), self.rules.award_shape)
            if tok.pos_ in {"NOUN", "PROPN"} and tok.i not in self.tok2ment:
                for trig in self.triggers_for(tok, self.triggers.noun):
                    yield from self._by_regulator(trig, self.noun_relations(tok, trig))
        yield from self.structural_relations()

    def _by_regulator(self, trig: Trigger, found: Iterable[Relation], verb: Token | None = None) -> Iterable[Relation]:
        """A trigger only a regulator's visit makes a relation ('@regulator': 'the Care Inspectorate visited X'), or only an
        ombudsman's or a regulator's order ('@redress': 'the Ombudsman ordered X to pay £500 in compensation'), or only a person's ('@person': 'X
        will chair the board'; a party that leads a council is not part of it; nor one who 'previously chaired X', on *verb*)."""
        if trig.by_person:  # (not a post held before: 'previously chaired X')
            return [] if verb is not None and any(c.dep_ == "advmod" and c.lower_ in PAST for c in verb.children) else [r for r in found if r.subject.type == "Person"]
        if not (trig.by_regulator or trig.by_redress):
            return found
        known = {id(m.entity) for m in self.regulators}  # (an order to pay redress: an ombudsman's, or a regulator's it names)
        return [r for r in found if trig.by_redress and orders_redress(r.subject, self.structure) or not (trig.by_redress and (r.rule.startswith(
            "implied") or not paid_as_redress(trig, verb, self.structure))) and (id(r.subject) in known or is_regulator(r.subject, self.structure.regulators) or enforces(r.subject, self.structure))]

    def verb_relations(self, verb: Token, trig: Trigger) -> Iterator[Relation]:
        """Subject and object of a trigger verb in active, passive, relative or participle form."""
        spec = self.specs[trig.predicate]
        if (ends := participle_ends(self, verb, spec, trig.inverse)) is not None:  # 'the Nesta-funded X', 'X, …, partnered with Y'
            yield from self.emit(spec, verb, *ends)
            return
        reduced = reduced_passive(self, verb, spec)  # ('X rated inadequate by Y')
        passive = reduced or any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in verb.children) or participle_top(verb) is not verb
        if (turned := turned_round(self, verb, passive) if trig.inverse and "from" not in trig.extra else moved_into(self, verb, trig.extra, spec.object_preps) if passive else None) is not None:
            yield from self.emit(spec, verb, *turned, "passive")  # 'X is owned by Y', 'X, owned by Y,'; 'X was absorbed into Y'
            return
        agents, set_off = passive_agents(self, verb, spec, passive), None if in_a_works_phrase(self, verb) else set_off_participle(self, verb)
        rule = "active"
        if trig.inverse:
            objects = [m for c in self._children(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)] + ranked_after(self, verb)
            if not objects:  # (or a purpose clause's: 'X went to court to contest a fine from Y', 'began a bid to …')
                objects = controlled_payers(self, verb) or self._inherited_subjects(verb)[0]
                doer = verb.head if verb.dep_ == "advcl" else verb.head.head if verb.dep_ in {"acl", "relcl"} and verb.head.dep_ == "dobj" else None
                purpose = doer is not None and any(a.lower_ == "to" for a in self._children(verb, {"aux"})) and not (verb.dep_ != "advcl" and (  # (not
                    self.rules.context_words.get(verb.head.lemma_.lower()) == "Organisation" or verb.head.text.capitalize() in self.rules.post_words))  # 'appointed a trustee to run X')
                objects = objects or [m for c in (self._children(doer, SUBJ_DEPS) if purpose else []) for m in self.mentions_for(c)]
            subjects, rule = agents + (inverse_agents(self, verb, spec.trigger_nouns, preps=spec.agent_preps) if spec.predicate not in self.structure.structural.get("inverse-unsourced", {}).get("predicates", ()) else []), "inverse"  # ('received £2m from Y')
            if not subjects and (not trig.extra or trig.extra[-1] in {"of", "over"} or trig.extra[0] in {"over", "on"}):  # 'X comprises A and B', 'is made up of A, B and C', 'took over (the running of) A'
                subjects = listed_parts(self, verb)
            if not subjects:  # 'X received a £1,000 penalty notice': the article's one regulator
                subjects, rule = self._implicit_agents(verb, spec, rule)
        elif spec.stative and (passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")):  # 'X is based in Y'
            subjects = [m for c in self._children(verb, PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)]
            if not subjects and verb.dep_ == "acl":  # 'X, based in Y,': the participle describes X
                subjects, rule = self.mentions_for(verb.head), "participle"
            if not subjects:
                subjects, _ = self._inherited_subjects(verb)
            objects = self._prep_objects(verb, spec.object_preps)
        elif passive or set_off is not None or (verb.dep_ == "acl" and (verb.tag_ == "VBN" or self._children(verb, {"agent"}))
                                                and not self._children(verb, SUBJ_DEPS)):  # ('set up by Y' tagged VBD; not 'that it has imposed')
            rule = "passive"
            said, sums = self._children(verb, PASSIVE_SUBJ_DEPS | ({"nsubj"} if reduced or self._children(verb, {"auxpass"}) else set())), self.structure.structural.get("sum_nouns", ())
            if any(self._words(c) & set(trig.extra) or is_sum(c, spec, sums) and not priced_thing(self, c, spec, sums) for c in said + [verb.head][:verb.dep_ == "acl"]):
                # 'a penalty of £X was imposed on Y', '£2m was awarded to Y' (or '£5 awarded to Y by X'): the trigger's noun or the sum
                objects = self._prep_objects(verb, spec.object_preps) or [  # or on the agent: 'by X on Y'
                    m for a in self._children(verb, {"agent"}) for p in self._children(a, {"pobj"}) for m in self._prep_objects(p, spec.object_preps)
                ] or [(x, False) for x in [name_after_prep(self, verb.i + 1, spec.object_preps)] if x is not None and all(x is not a for a, _ in agents)]  # ('awarded to X'; not the agent)
            else:
                objects = [m for c in said for m in self.mentions_for(c)] or given_to(self, verb, said)  # ('SIM cards donated to X by Y')
            if not objects and (top := participle_top(verb)).dep_ in {"acl", "relcl"} and describes_its_head(self, top, sums):
                objects, rule = had_done_to(self, verb) or kind_fit(self, top.head, [x for x in self.mentions_for(agreeing_head(self, top)) if top is verb or not x[1]] or described_by(self, top.head)) or [  # (none:
                    (x, False) for x in [self.tok2ment.get(verb.i - 1), set_off] if x is not None and x.entity is not None][:1], "participle"  # 'Lottery cash awarded')
            elif not objects:
                objects, rule = ([(set_off, False)], "participle") if set_off is not None else (had_done_to(self, verb) or passive_objects(self, verb), rule)
            subjects = agents
            if not subjects:  # no 'by X': the agent may be in the role phrase, or be the article's regulator
                subjects, rule = self._implicit_agents(verb, spec, rule)
        else:
            subjects = [m for c in self._children(verb, SUBJ_DEPS) for m in self.mentions_for(c)]
            if any(c.dep_ in SUBJ_DEPS and c.lower_ in self.structure.relative_pronouns for c in verb.children):
                subjects, rule = relative_subjects(self, verb), "relative"
            subjects, rule = (subjects, rule) if subjects else self._inherited_subjects(verb)
            if (not subjects and any(stands_in(self, c) for c in self._children(verb, {"nsubj"}))) or judges(self, subjects):  # 'The report rated X
                subjects, rule = self._implicit_agents(verb, spec, rule)  # inadequate', 'Judge Jo Bloggs fined X': the court
            objects = [m for c in self._children(verb, object_deps(self, verb)) for m in self.mentions_for(c)]
            subjects, rule = (found, "role-agent") if not subjects and objects and (found := role_agents(self, verb, spec)) else (subjects, rule)
            sums = self.structure.structural.get("sum_nouns", ())
            money = [c for c in self._children(verb, SUBJ_DEPS) if trig.extra and spec.amount
                     and (self._words(c) & set(trig.extra) or is_sum(c, spec, sums))]  # 'a grant of £5,000 went to X':
            if money:  # the giver unsaid, or the money's owner ("the Fund's grants went to X"), never a name hung on it
                subjects = [m for c in money for p in self._children(c, {"poss"}) for m in self.mentions_for(p)] or split_sum_givers(self, verb) or sum_sources(self, verb, lambda c: is_sum(c, spec, sums))  # ('A £5,000 award from X will …')
                subjects, rule = (subjects, rule or "active") if subjects else self._implicit_agents(verb, spec, rule or "active")
            subjects, rule = (found, rule or "active") if not subjects and (found := sum_sources(self, verb, lambda c: is_sum(c, spec, sums))) else (subjects, rule)
            subjects, objects, swapped = headline_appointee(self, verb, spec, subjects, objects)  # 'Jo Bloggs appointed VC of X'
            subjects, objects, granted = headline_grantee(self, verb, spec, subjects, objects)  # 'X awarded Lottery grant'
            rule = "passive" if swapped or granted else rule
            objects = not_the_posts_body(self, verb, spec, subjects, objects)  # 'Jo Bloggs named Gwent Police chief constable'
            if (not objects and not any(c.tag_ in {"NN", "NNS"} and c.lemma_.capitalize() in self.rules.post_words for c in self._children(verb, {"dobj"}))) \
                    or trig.extra:  # ('issued a fine to X'; not 'appointed members to Y', 'appointed a manager to Y')
                objects += self._prep_objects(verb, object_preps(self, verb, spec, trig.extra))
                for c in held_nouns(self, verb, spec):  # (and the trigger's own after its noun: 'found failings in X's services')
                    objects += self._prep_objects(c, spec.object_preps | (set(trig.extra) if self._words(c) & set(trig.extra) or c.dep_ == "dobj" else set())) + [
                        m for a in self._children(c, {"acl"}) if a.tag_ == "VBG" for d in self._children(a, {"dobj"}) for m in self.mentions_for(d)] + [
                        m for a in self._children(c, {"acl", "relcl"}) if a.tag_ == "VB" and not self._children(a, {"dobj"}) for m in self._prep_objects(a, {"to"})]  # ('a notice ordering X to …'; 'a notice to improve | to X')
                if trig.extra:  # 'working in partnership with X': the object hangs off the trigger's noun
                    for p in self._children(verb, {"prep"}):
                        objects += self._prep_objects(p, spec.object_preps) if not self._children(p, {"pobj"}) else []  # ('… worth £48m to X')
                        for pobj in self._children(p, {"pobj"}):  # (not 'imposed a fine on X in relation to Y')
                            objects += (self._prep_objects(pobj, spec.object_preps) if pobj.lemma_.lower() in trig.extra or is_sum(pobj, spec, sums) else []) \
                                + _trigger_noun_objects(self, p, pobj, trig)
            if not objects and verb.dep_ == "relcl" and (subjects and not [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"} - ({"xcomp"} if spec.predicate in self.structure.structural.get("chosen-doers", {}).get("predicates", ()) else set()) or c.dep_ == "prep" and not self._children(c, {"pobj"})] or any(
                    c.dep_ == "dobj" and c.lower_ in self.structure.relative_pronouns for x in [verb, *self._children(verb, {"xcomp"})] for c in x.children)):
                objects = self.mentions_for(relative_head(self, verb.head))  # 'X, which the regulator found to breach …', 'the X it oversees'
            if not objects and not spec.symmetric and not [c for c in self._children(verb, {"dobj"}) if not is_sum(c, spec, sums)]:  # 'awarded £2m to set up X'
                for clause in [c for c in self._children(verb, {"xcomp", "advcl"}) if "to" in {a.lower_ for a in self._children(c, {"aux"})}]:
                    objects += [m for c in self._children(clause, {"dobj"}) for m in self.mentions_for(c)]  # (not 'appointed staff to run X')
            if not objects and (trig.extra or spec.rating):  # 'found X to be outstanding', 'judged that X had made progress'
                for clause in [c for c in self._children(verb, {"ccomp", "xcomp"}) if not self.triggers_for(c, self.triggers.verb)]:  # (not one stating its own fact)
                    objects += [m for c in self._children(clause, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) for m in self.mentions_for(c)]
            objects = [o for o in objects or shared_objects(self, verb, spec) if not spec.symmetric or getattr(o[0].entity, "type", "") != "Person" and not self._words(self.doc[o[0].end - 1]) & set(trig.extra) and not ((r := mention_root(self.doc, o[0])).dep_ == "appos" and r.head.lemma_.lower() in trig.extra)]  # (not 'A and B signed the X Agreement', 'share a building, X')
            if not objects and subjects and (carried := carried_objects(self, spec, subjects, verb)):
                objects, rule = carried, "carried-object"  # 'The Commission imposed a penalty of £5,000' on the X just found in breach
            elif not objects and subjects and (helped := clause_beneficiary(self, spec, verb)):
                objects, rule = helped, "benefited"  # 'X was saved after Y agreed a grant of £150,000'
            if not objects and fined_a_sum(self, verb, spec):  # a headline's 'Acme Ltd fined £13m for …'
                (subjects, rule), objects = self._implicit_agents(verb, spec, "passive"), subjects
            objects, in_clause = not_speakers(self, verb, answering_to(self, verb, spec, listed_givers(self.doc, self.tok2ment, verb, objects))), clause_partners(self, verb)  # (not 'Y £40m')
            co = [(s, x) for s, _ in subjects for x in co_subjects(self, s, verb) + in_clause]
            partners = self.structure.structural.get("co-subject", {}).get("predicate")
            if co and partners in self.specs:
                for s, x in co:
                    yield from self.emit(self.specs[partners], verb, [(s, False)], [(x, False)], "co-subject")
            subjects = subjects + [(x, False) for _, x in co]  # ('fined A £40,000 and B £25,000': B on the verb with its sum; or on a date)
            dated = [c for p in self._children(verb, {"prep"}) for d in self._children(p, {"pobj"}) if d.ent_type_ == "DATE"
                     for c in self._children(d, {"conj"}) if objects]
            for gapped in self._children(verb, {"conj"}) + dated:
                if gapped.pos_ == "PROPN" and gapped.i in self.tok2ment:
                    yield from self.emit(spec, gapped, subjects, self.mentions_for(gapped), rule)
        objects = objects if spec.symmetric else named_groups(self, trig.extra, objects)  # ('a consortium led by X, including A')
        yield from self.emit(spec, verb, subjects, objects, rule)
        yield from appointee_posts(self, verb, spec, objects)

    def surface_relations(self, verb: Token, trig: Trigger) -> Iterator[Relation]:
        """When the parse of a trigger verb yields nothing because it went wrong: read it from the words."""
        if (ends := surface_ends(self, verb, trig, spec := self.specs[trig.predicate])) is not None:
            yield from self.emit(spec, verb, *ends, "surface")

    def noun_relations(self, noun: Token, trig: Trigger) -> Iterator[Relation]:
        """Nominal triggers: 'the ICO's fine on X', 'X is part of Y', 'a partnership between A and B' (extract.nominal)."""
        yield from (inverse_nominal if trig.inverse else nominal_relations)(self, noun, self.specs[trig.predicate])  # ('its acquisition of Y')

    def structural_relations(self) -> Iterator[Relation]:
        """Relations shown by structure rather than a trigger word (see extract.structure, extract.objects, extract.partners)."""
        for rules in (structural_relations, described_works, described_places, endowed_bodies, addressed_bodies, unit_parents,
                      premises_places, joint_relations, bracketed_members, included_members, members_as_group, kinds_within, money_sources, owned_creations, transferred_assets, merged_makers, led_with, fault_findings):
            yield from rules(self)
