"""Load the domain knowledge kept as data under ontology/: relation triggers, gazetteer, type rules, topics.

The extractor never hard-codes a trigger verb, a body's name or a topic: it asks this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import OntologyError
from .resources import ontology_file


@dataclass(frozen=True)
class Trigger:
    """A lexical trigger: the head lemma and any words that must appear among its dependents."""

    predicate: str
    head: str
    extra: tuple[str, ...] = ()
    inverse: bool = False  # grammatical subject is the relation's object
    nominal: bool = False
    without: tuple[str, ...] = ()  # words that must not be among its dependents ('award' but not a 'contract'); "-@sum": no sum below it
    by_regulator: bool = False  # '@regulator': only a regulator's or inspectorate's ('the Care Inspectorate visited X')
    by_redress: bool = False  # '@redress': only a body that orders redress, not fines ('the Ombudsman ordered X to pay')
    by_person: bool = False  # '@person': only a person doing it ('X will lead the council'; a party leading it is no member)
    by_sum: bool = False  # '@sum': only with a sum of money below the verb ('told X to hand over £5,000', not the papers)
    by_role: bool = False  # '@role': a person, or a body only when named as something ('named X as its preferred bidder')
    agent: bool = False  # a noun for the relation's subject ('funder', kg:agentNoun), not for the act


@dataclass(frozen=True)
class RelationSpec:
    """What the extractor needs to know about one relation property."""

    predicate: str
    label: str
    triggers: tuple[Trigger, ...]
    object_preps: frozenset[str]
    subject_types: frozenset[str]
    object_types: frozenset[str]
    symmetric: bool
    stative: bool = False
    amount: bool = False  # takes a sum of money from around its trigger (kg:carriesAmount)
    rating: bool = False  # takes an inspection rating from its sentence (kg:carriesRating)
    agent_preps: frozenset[str] = frozenset()  # besides 'by', for the passive ('awarded £2m from Y')
    agent_nouns: frozenset[str] = frozenset()  # nouns for the subject ('X is the main funder of Y', kg:agentNoun)

    @property
    def trigger_nouns(self) -> frozenset[str]:
        """The relation's nouns ('fine', 'funding'), one word each."""
        return frozenset(t.head for t in self.triggers if t.nominal and not t.extra)


@dataclass(frozen=True)
class GazetteerEntry:
    """A known body, place or law with the names it goes by."""

    name: str
    type: str
    variants: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    case_sensitive: bool = False
    ended: str | None = None
    typing_only: bool = False  # never matched on its own: only types a name the tagger found (towns)

    @property
    def key(self) -> str:
        """How the pipeline and the extractor name an entry ('Organisation|Kent County Council')."""
        return f"{self.type}|{self.name}"


@dataclass(frozen=True)
class TypeRules:
    """Head-word and context rules that correct the statistical tagger's types."""

    head_words: dict[str, str]  # word -> type (last word of a span)
    context_words: dict[str, str]  # noun in an apposition or right after the name -> type
    never: frozenset[str]
    honorifics: frozenset[str]
    part_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    non_entity_prefixes: tuple[str, ...]
    non_entity_heads: frozenset[str]
    typed_prefixes: tuple[tuple[str, str], ...] = ()  # 'Operation Sentinel': words opening a name of one type
    given_names: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()  # people who act for a body: 'inspectors from X' stands for X
    navigation_openers: frozenset[str] = frozenset()  # 'Latest News', 'Related Articles': headings, not names
    regulator_nouns: frozenset[str] = frozenset()  # 'the regulator', 'the watchdog': the article's regulator
    regulator_staff: frozenset[str] = frozenset()  # 'inspectors visited X': the article's regulator
    post_modified_heads: dict[str, str] = field(default_factory=dict)  # 'Centre for Cities': a head with its own 'for'
    role_title_heads: frozenset[str] = frozenset()  # 'the Home Secretary': 'Home' is part of a post's title
    post_modifiers: frozenset[str] = frozenset()  # 'Chief', 'Deputy' before a post word in a capitalised post
    post_words: frozenset[str] = frozenset()  # 'Head', 'Director': 'Head of Policy' is a post, not a name
    descriptor_nouns: frozenset[str] = frozenset()  # 'Regulator Ofwat': a noun describing the name after it
    name_nouns: frozenset[str] = frozenset()  # 'the council' stands only for a name with 'council' in it
    national_qualifiers: frozenset[str] = frozenset()  # 'the UK Information Commissioner' is the known body
    post_nominals: frozenset[str] = frozenset()  # 'Jo Bloggs CBE': honours and degrees after a name
    name_noun_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'authority' -> also 'council'
    headline_place_nouns: frozenset[str] = frozenset()  # 'the council' = the headline's one place's council
    member_kinds: dict[str, str] = field(default_factory=dict)  # 'councillors approved …': the council named before
    portfolios: frozenset[str] = frozenset()  # 'Director of Operations': the post's field, not a body
    body_prefixes: tuple[str, ...] = ()  # 'HMP Lewes': words that open a body's name whatever follows
    place_body_prefixes: tuple[str, ...] = ()  # 'NHS Tayside': a body's name when only a place's words follow
    firm_plurals: frozenset[str] = frozenset()  # 'X Services', 'X Systems': a firm's name, not many programmes
    address_heads: frozenset[str] = frozenset()  # 'Kelby Fuels of Ludlow': a firm's last word, then its address
    sanction_verbs: frozenset[str] = frozenset()  # 'Betfred were fined': an unknown word so acted on is a body (participles)
    product_makers: frozenset[str] = frozenset()  # 'Microsoft Teams': a technology firm's name before a product's
    open_describers: frozenset[str] = frozenset()  # 'a new fund … the X Fund': words no name need hold
    place_suffixes: frozenset[str] = frozenset()  # 'Barset-born', 'Kelby-based': the name before is a place
    record_headings: frozenset[str] = frozenset()  # 'Decision of X Ltd': a record's heading word, then its body
    staffed_heads: frozenset[str] = frozenset()  # 'director of the Kelby Network': a head word a body may end with too
    headline_body_nouns: frozenset[str] = frozenset()  # 'chair of the board': the headline's one body's board
    opening_adverbs: frozenset[str] = frozenset()  # 'Meanwhile Kent County Council …': a sentence adverb, no name's word
    municipal_heads: frozenset[str] = frozenset()  # 'the City of Cotati partners with …': a municipality's corporation
    place_prefixes: frozenset[str] = frozenset()  # 'Co. Kerry', 'Co Durham': the name after is a county
    body_posts: frozenset[str] = frozenset()  # 'Chairman of Peabody': a post held at a body, never over a field
    given_name_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'Steve' -> Stephen, Steven
    place_name_prefixes: tuple[str, ...] = ()  # 'River Irwell', 'Loch Lomond': words that open a place's name
    place_shape: str = ""  # 'M25', 'A303': a one-word name of this shape (a regular expression) is a place
    place_titles: frozenset[str] = frozenset()  # 'Lord Street', 'Queen Square': titles that open places' names too
    likeness_suffixes: frozenset[str] = frozenset()  # 'Grenfell-style cladding': the name before is likened to, not named
    reporting_verbs: frozenset[str] = frozenset()  # '… the Kelby Plan, the council said': a clause's subject, no description
    field_posts: frozenset[str] = frozenset()  # 'the council's Performance Lead': a field's words and one of these, a post
    place_parts: frozenset[str] = frozenset()  # 'Milton Keynes South': a known place and one of these, a place (its part)
    award_shape: str = ""  # 'Library of the Year': a run of this shape (a regular expression) is an award's title, no name
    sanction_nouns: frozenset[str] = frozenset()  # 'Kelby Rail Infrastructure is facing a £3m fine': a name that faces one is a body

    def not_a_names_first(self, tok) -> bool:
        """'Regulator Ofwat', 'Meanwhile Kent County Council' (a sentence's linking adverb): a word before a name
        that is no part of it (*tok* a spaCy token)."""
        return tok.text in self.descriptor_nouns or (tok.lower_ in self.opening_adverbs and bool(tok.is_sent_start))

    def honorific(self, word: str) -> bool:
        """'Dr', 'Dr.', 'Cllr': a title written before a person's name."""
        return word.rstrip(".") in self.honorifics

    def names_a_body(self, last: str) -> bool:
        """Whether words ending in *last* name a body whatever title opens them ('Lord Kelby Almshouse Trust')."""
        return self.head_words.get(last) == "Organisation"

    def plural_title(self, word: str) -> bool:
        """'Councillors', 'Drs': a title in the plural, before several people's names (not 'Mrs', a title of its own)."""
        return word.endswith("s") and not self.honorific(word) and self.honorific(word[:-1])

    def personal_title(self, word: str) -> bool:
        """'Mr', 'Dr', 'Cllr': a title never part of a place's name ('Mr Ward' is a person; 'Lord Street' a street)."""
        return self.honorific(word) and word.rstrip(".") not in self.place_titles


@dataclass(frozen=True)
class StructureRules:
    """How the extractor reads types, confidence, ratings and structure: patterns.json, not code."""

    spacy_types: dict[str, str]  # the tagger's labels -> our classes
    type_weights: dict[str, int]  # source of a type -> weight in the vote between an entity's mentions
    rule_confidence: dict[str, float]
    rating_re: re.Pattern
    relative_pronouns: frozenset[str]
    name_joining_words: frozenset[str]
    acronym_joining_words: frozenset[str]
    structural: dict[str, dict]  # rule name -> {"predicate": ..., other settings}
    regulators: frozenset[str] = frozenset()  # names (lower case) of regulators and inspectorates
    rating_spellings: dict[str, str] = field(default_factory=dict)  # another way of writing a rating -> the rating
    joined_offices: frozenset[tuple[str, ...]] = frozenset()  # 'Police and Crime Commissioner': not split at 'and'
    body_kinds: frozenset[str] = frozenset()  # 'fire authority': a public body's kind, one per area (no name alone)


@dataclass(frozen=True)
class TopicConcept:
    """A SKOS concept of the topic scheme."""

    iri: str
    label: str
    alt_labels: tuple[str, ...]
    broader: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class TopicSelection:
    """How an article's matched topics are weighed and kept (patterns.json "topic_selection")."""

    title_weight: float = 3
    lead_weight: float = 1
    lead_chars: int = 600
    min_score: float = 1
    per_thousand_words: float = 4
    broad_factor: float = 2
    limit: int = 5


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@lru_cache(maxsize=1)
def relation_specs() -> dict[str, RelationSpec]:
    """Relation properties and their triggers, read from ontology/kg.ttl."""
    from rdflib import OWL, RDF, RDFS, Graph

    from .namespace import KG

    graph = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    specs: dict[str, RelationSpec] = {}
    for prop in graph.subjects(KG.subjectClass, None):
        name = _local(str(prop))
        triggers: list[Trigger] = []
        for term, inverse, nominal in ((KG.triggerVerb, False, False), (KG.inverseTrigger, True, False),
                                       (KG.triggerNoun, False, True), (KG.inverseTriggerNoun, True, True)):
            for literal in graph.objects(prop, term):
                words = str(literal).split()  # 'award -contract': a word after '-' must not be there
                extra = tuple(w for w in words[1:] if not w.startswith(("-", "@")))
                without = tuple(w[1:] for w in words[1:] if w.startswith("-"))
                triggers.append(Trigger(name, words[0], extra, inverse, nominal, without, "@regulator" in words,
                                        "@redress" in words, "@person" in words, "@sum" in words, "@role" in words))
        specs[name] = RelationSpec(
            predicate=name, label=str(graph.value(prop, RDFS.label) or name), triggers=tuple(triggers),
            object_preps=frozenset(str(p) for p in graph.objects(prop, KG.objectPreposition)),
            subject_types=frozenset(_local(str(c)) for c in graph.objects(prop, KG.subjectClass)),
            object_types=frozenset(_local(str(c)) for c in graph.objects(prop, KG.objectClass)),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            stative=_flag(graph, prop, KG.stative),
            amount=_flag(graph, prop, KG.carriesAmount),
            rating=_flag(graph, prop, KG.carriesRating),
            agent_preps=frozenset(str(p) for p in graph.objects(prop, KG.agentPreposition)),
            agent_nouns=frozenset(str(n) for n in graph.objects(prop, KG.agentNoun)),
        )
    if not specs:
        raise OntologyError("ontology/kg.ttl declares no relation with kg:subjectClass")
    return specs


def _flag(graph, prop, term) -> bool:
    value = graph.value(prop, term)
    return bool(value is not None and value.toPython())


def _load_json(name: str) -> dict:
    try:
        return json.loads(ontology_file(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise OntologyError(f"ontology/{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from None


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Derived register entries, with the hand-kept file's entries taking precedence by name."""
    merged: dict[tuple[str, str], GazetteerEntry] = {}
    curated: set[tuple[str, str]] = set()  # (the hand-kept entries, which the register's variants never rename)
    for name in ("gazetteer.json", "gazetteer-curated.json"):
        for raw in _load_json(name)["entries"]:
            entry = GazetteerEntry(
                name=raw["name"], type=raw["type"], variants=tuple(raw.get("variants", ())),
                acronyms=tuple(raw.get("acronyms", ())), ids=tuple(sorted(raw.get("ids", {}).items())),
                case_sensitive=bool(raw.get("case_sensitive", False)), ended=raw.get("ended"), typing_only=raw.get("match") == "typing")
            key = (entry.type, entry.name.casefold())
            curated |= {key} if name == "gazetteer-curated.json" else set()
            old = merged.get(key)
            if old is not None:  # curated entry adds to the derived one
                entry = GazetteerEntry(entry.name, entry.type, tuple(dict.fromkeys(old.variants + entry.variants)),
                                       entry.acronyms or old.acronyms, tuple(sorted(dict(old.ids + entry.ids).items())),
                                       entry.case_sensitive, entry.ended or old.ended, entry.typing_only and old.typing_only)
            merged[key] = entry
    # a curated variant that names another entry (a former name) folds that entry into the curated one, with its names and
    # official codes ('UK', with 'United Kingdom' as a variant, keeps the register's GSS code)
    renamed = {(e.type, v.casefold()) for key, e in merged.items() for v in e.variants if v.casefold() != e.name.casefold()
               and (key in curated or (e.type, v.casefold()) not in curated)}  # (a variant only recasing the name is no other entry's)
    kept = {key: e for key, e in merged.items() if key not in renamed}
    for key, e in kept.items():
        folded = [merged[k] for v in e.variants if (k := (e.type, v.casefold())) in merged and k not in kept]
        if folded:
            ids = {k: v for f in reversed(folded) for k, v in f.ids}  # the first variant's codes win
            variants = tuple(dict.fromkeys(e.variants + tuple(v for f in folded for v in f.variants if v.casefold() != e.name.casefold())))
            kept[key] = replace(e, ids=tuple(sorted({**ids, **dict(e.ids)}.items())), variants=variants)  # (and its other names)
    return tuple(kept.values())


@lru_cache(maxsize=1)
def _variants_by_name() -> dict[str, tuple[str, ...]]:
    return {e.name: e.variants for e in gazetteer()}


def official_names(name: str) -> tuple[str, ...]:
    """The register's other names for a body it knows as *name* ('Estyn': 'His Majesty's Inspectorate for Education
    and Training in Wales'); none for a name it does not know."""
    return _variants_by_name().get(name, ())


def spellings(name: str) -> list[str]:
    """The ways a gazetteer name is also written (patterns.json 'name_spellings', both directions, each
    pair applied once): 'HM Revenue & Customs' -> 'Her Majesty's Revenue and Customs', …"""
    forms = [name]
    for a, b in _load_spellings():
        for form in list(forms):
            for x, y in ((a, b), (b, a)):
                if x in form:
                    forms.append(form.replace(x, y))
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def name_openers() -> frozenset[str]:
    """The spellings that open names ('HM ', 'Her Majesty's '), so a name tagged without them is extended."""
    return frozenset(f for pair in _load_spellings() for f in pair if f[:1].isupper() and f.endswith(" "))


@lru_cache(maxsize=1)
def _load_spellings() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _load_json("patterns.json").get("name_spellings", ()))


@lru_cache(maxsize=1)
def recogniser_time_words() -> frozenset[str]:
    """The words that, in a sentence with no capital after its first word and no number, still make it worth
    the entity recogniser's time (patterns.json 'recogniser_time_words')."""
    return frozenset(_load_json("patterns.json").get("recogniser_time_words", ()))


@lru_cache(maxsize=1)
def councils_by_code() -> dict[str, GazetteerEntry]:
    """The one current body that shares a place's GSS code (the council of a local-authority area), by code;
    codes that two current bodies share are left out, so a place never stands for a guess."""
    found: dict[str, list[GazetteerEntry]] = {}
    for e in gazetteer():
        code = dict(e.ids).get("gss")
        if code and e.type == "Organisation" and not e.ended:
            found.setdefault(code, []).append(e)
    return {code: entries[0] for code, entries in found.items() if len(entries) == 1}


@lru_cache(maxsize=1)
def _listed(name: str) -> frozenset[str]:
    """The entries of a one-per-line list under ontology/ ('#' starts a comment)."""
    lines = ontology_file(name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def type_rules() -> TypeRules:
    """Type-correction rules from ontology/patterns.json."""
    raw = _load_json("patterns.json")
    head_words = {w: t for t, words in raw["head_words"].items() for w in words}
    context = {w: t for t, words in raw["context_types"].items() for w in words}
    return TypeRules(head_words, context, frozenset(raw["never_entities"]), frozenset(raw["honorifics"]),
                     frozenset(raw.get("part_nouns", ())), frozenset(raw.get("collective_nouns", ())),
                     tuple(raw.get("non_entity_prefixes", ())), frozenset(raw.get("non_entity_heads", ())),
                     tuple((p, t) for t, ps in raw.get("typed_prefixes", {}).items() for p in ps), frozenset(raw.get("given_names", ())) | _listed("given-names.txt"),
                     frozenset(raw.get("member_nouns", ())), frozenset(raw.get("navigation_openers", ())),
                     frozenset(raw.get("regulator_nouns", ())), frozenset(raw.get("regulator_staff", ())),
                     {w: t for t, words in raw.get("post_modified_heads", {}).items() for w in words}, frozenset(raw.get("role_title_heads", ())),
                     frozenset(raw.get("post_titles", {}).get("modifiers", ())), frozenset(raw.get("post_titles", {}).get("posts", ())),
                     frozenset(raw.get("descriptor_nouns", ())), frozenset(raw.get("name_nouns", ())),
                     frozenset(raw.get("national_qualifiers", ())), frozenset(raw.get("post_nominals", ())),
                     {k: tuple(v) for k, v in raw.get("name_noun_forms", {}).items()},
                     frozenset(raw.get("headline_place_nouns", ())), dict(raw.get("member_kinds", {})),
                     frozenset(raw.get("post_titles", {}).get("portfolios", ())), tuple(raw.get("body_prefixes", ())),
                     tuple(raw.get("place_body_prefixes", ())), frozenset(raw.get("firm_plurals", ())),
                     frozenset(raw.get("address_heads", ())), frozenset(raw.get("sanction_verbs", ())),
                     frozenset(raw.get("product_makers", ())), frozenset(raw.get("open_describers", ())),
                     frozenset(raw.get("place_suffixes", ())), frozenset(raw.get("record_headings", ())),
                     frozenset(raw.get("staffed_heads", ())), frozenset(raw.get("headline_body_nouns", ())),
                     frozenset(raw.get("opening_adverbs", ())), frozenset(raw.get("municipal_heads", ())),
                     frozenset(raw.get("place_prefixes", ())), frozenset(raw.get("post_titles", {}).get("body_posts", ())),
                     {k: tuple(v) for k, v in raw.get("given_name_forms", {}).items()}, tuple(raw.get("place_name_prefixes", ())),
                     raw.get("place_shape", ""), frozenset(raw.get("place_titles", ())), frozenset(raw.get("likeness_suffixes", ())),
                     frozenset(raw["structural_rules"].get("unreal", {}).get("reporting_verbs", ())),
                     frozenset(raw.get("post_titles", {}).get("field_posts", ())), frozenset(raw.get("place_parts", ())), raw.get("award_shape", ""),
                     frozenset(raw.get("sanction_nouns", ())))


@lru_cache(maxsize=1)
def structure_rules() -> StructureRules:
    """Tagger label mapping, type-vote weights, rule confidences, ratings and structural rules from patterns.json."""
    raw = _load_json("patterns.json")
    drop_about = lambda d: {k: v for k, v in d.items() if k != "about"}  # noqa: E731
    spellings = {r.lower(): r for r in raw["ratings"]} | {k.lower(): v for k, v in raw.get("rating_spellings", {}).items()}
    ratings = sorted([*raw["ratings"], *spellings], key=len, reverse=True)
    return StructureRules(
        spacy_types=dict(raw["spacy_types"]), type_weights=drop_about(raw["type_weights"]),
        rule_confidence=drop_about(raw["rule_confidence"]),
        rating_re=re.compile(r"\b(" + "|".join(re.escape(r) for r in ratings) + r")\b" + "".join(  # not 'good progress'
            r"(?!\s+(?:" + "|".join(re.escape(w) for w in nouns) + r")\b)" for nouns in [raw.get("rating_not_before")] if nouns), re.I),
        relative_pronouns=frozenset(raw["relative_pronouns"]), name_joining_words=frozenset(raw["name_joining_words"]),
        acronym_joining_words=frozenset(raw["acronym_joining_words"]), structural=drop_about(raw["structural_rules"]),
        regulators=frozenset(r.casefold() for r in raw.get("regulators", ())), rating_spellings=spellings,
        joined_offices=frozenset(tuple(p.replace(",", " ,").split()) for p in raw.get("joined_offices", ())),
        body_kinds=frozenset(raw["structural_rules"].get("lower-case-kinds", {}).get("kinds", ())))


@lru_cache(maxsize=1)
def bullet_marks() -> frozenset[str]:
    """The marks that open a list item, kept once for the segmenter and the extractor (segmentation.json)."""
    return frozenset(_load_json("segmentation.json")["headline"]["bullet_starts"])


@lru_cache(maxsize=1)
def topic_selection() -> TopicSelection:
    """Topic weighing settings from patterns.json."""
    raw = {k: v for k, v in _load_json("patterns.json").get("topic_selection", {}).items() if k != "about"}
    return TopicSelection(**raw)


@lru_cache(maxsize=1)
def topic_scheme() -> tuple[TopicConcept, ...]:
    """Concepts of ontology/topics.ttl."""
    from rdflib import RDF, Graph
    from rdflib.namespace import SKOS

    graph = Graph().parse(ontology_file("topics.ttl"), format="turtle")
    concepts = []
    for concept in sorted(graph.subjects(RDF.type, SKOS.Concept)):
        label = graph.value(concept, SKOS.prefLabel)
        if label is None:
            raise OntologyError(f"ontology/topics.ttl: {concept} has no skos:prefLabel")
        concepts.append(TopicConcept(str(concept), str(label), tuple(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel))),
                                     tuple(sorted(str(b) for b in graph.objects(concept, SKOS.broader)))))
    return tuple(concepts)
