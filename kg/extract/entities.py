"""From mentions to entities: group the mentions of one real thing (same name, acronym of a long form,
surname of a person), choose its name and type by a weighted vote, and find later bare uses of its name.
Imports vocab, resolve and model.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..model import Document, Entity
from ..resolve import acronym_matches, canonical_name, is_acronym
from ..vocab.lexicon import GazetteerEntry, StructureRules, TypeRules
from .mentions_base import LOCATIVES, Mention, doc_text, doc_tokens, headline_end

if TYPE_CHECKING:
    from spacy.tokens import Doc


_LEGAL_FORMS = {"ltd": "limited", "limited": "limited", "plc": "plc", "llp": "llp"}
KNIGHTS = {"Sir", "Dame"}  # titles written before a given name ('Sir David'), where others go before a surname


def _own_unit(short: str, long: str, rules: TypeRules, structure: StructureRules) -> bool:
    """A body's whole name at the start of a longer name that is not another name of it but its unit or its fund
    ('X Council' in 'X Council Town Hall Committee', 'X Council Pension Fund'): the longer name's last word is one
    of a body's units (patterns.json 'body-boards' 'units') or the head word of a kind other than a body's; or the
    words after the short name say a company it owns ('X Hospice Trading Ltd': 'body-boards' 'subsidiary_words')."""
    extra = long.split()[len(short.split()):]
    return rules.head_words.get(short.split()[-1]) == "Organisation" and (
        long.split()[-1] in structure.structural["body-boards"].get("units", ())
        or rules.head_words.get(long.split()[-1], "Organisation") != "Organisation"
        or bool(set(extra) & set(structure.structural["body-boards"].get("subsidiary_words", ()))))


def _registered(text: str) -> bool:
    """Whether a name ends in a company's legal form ('Ltd', 'Limited', 'plc', 'LLP')."""
    return text.split()[-1].casefold() in _LEGAL_FORMS


def _registered_twin(m: Mention, long_forms: list[Mention]) -> Mention | None:
    """'Acme Demolition Ltd' after 'Acme Demolition Limited': a company's name written with the other spelling
    of its legal ending is the same company (the first mention so written)."""
    def stem(text: str) -> tuple[str, str] | None:
        words = canonical_name(text).casefold().split()
        return (" ".join(words[:-1]), _LEGAL_FORMS[words[-1]]) if len(words) > 1 and words[-1] in _LEGAL_FORMS else None
    own = stem(m.text)
    if own is None:
        return None
    return next((x for x in long_forms if x.type == "Organisation" and stem(x.text) == own), None)


def _holds_post(doc: Doc, m: Mention, rules: TypeRules) -> bool:
    """'director of X', 'chief executive at X', 'X director Jo Bloggs', "X's chief executive": the name is where someone
    holds a post."""
    k = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")  # ('head of the X Service')
    e = m.end + (m.end < len(doc) and doc[m.end].text in {"'s", "’s"})  # (its possessive: "X's new director")
    return (k >= 2 and doc[k - 1].lower_ in {"of", "at"} and doc[k - 2].text.capitalize() in rules.post_words) or any(
        t.text.capitalize() in rules.post_words for t in doc[e:min(e + 1 + (e > m.end), len(doc))])


def _titled(doc: Doc, i: int, rules: TypeRules, styles) -> bool:
    """Whether a title comes right before token *i*, or a title and a judge's style ('Mr Justice Hale', a town too)."""
    return i > 0 and rules.honorific(doc[i - 1].text) or i > 1 and rules.honorific(doc[i - 2].text) and doc[i - 1].text in styles


def _appoints(doc: Doc, m: Mention, structure: StructureRules) -> bool:
    """'Orton International Festival has appointed X as its artistic director': the subject of an appointing verb is a
    body (patterns.json 'appointing-subjects')."""
    root = doc[m.end - 1]
    return root.dep_ == "nsubj" and root.head.lower_ in structure.structural.get("appointing-subjects", {}).get("verbs", ())


def _partners(doc: Doc, m: Mention, structure: StructureRules) -> bool:
    """'A and the X Fund have announced a three-year partnership': one of names joined as the subject of a verb whose
    object is a partnership is a body, as is one a partnership is 'with' or one a partnering verb is 'with' (patterns.json
    'appointing-subjects' 'partnering_nouns', 'partnering_verbs')."""
    rule = structure.structural.get("appointing-subjects", {})
    root, nouns, verbs = doc[m.end - 1], set(rule.get("partnering_nouns", ())), set(rule.get("partnering_verbs", ()))
    if root.dep_ == "pobj" and root.head.lower_ == "with" and (root.head.head.lemma_.lower() in nouns or (
            root.head.head.pos_ == "VERB" and root.head.head.lemma_.lower() in verbs)):
        return True  # ('the council, in partnership with X, is trialling …', 'the council is collaborating with X')
    first = root.head if root.dep_ == "conj" and root.head.dep_ == "nsubj" else root
    joined = root is not first or any(c.dep_ == "conj" for c in first.children)  # (one of names joined as the subject)
    if first.dep_ != "nsubj" or not joined:
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in nouns or any(k.dep_ == "compound" and k.lemma_.lower() in nouns for k in c.children))
               for c in first.head.children)


def _acronym_and_head(m: Mention, defined: dict[str, tuple[int, int]], mentions: list[Mention]) -> str | None:
    """'MFT Trust' after 'Manchester University NHS Foundation Trust (MFT)': an acronym the article defined, then a
    word of the name it stands for, is that body (its group's key); else None."""
    first, *rest = m.text.split()
    lf = next((x for x in mentions if (x.start, x.end) == defined[first]), None) if len(rest) == 1 and first in defined else None
    return (lf.gaz_id or canonical_name(lf.text).casefold()) if lf is not None and rest[0].lower() in lf.text.lower().split() else None


def _alike(a: str, b: str) -> bool:
    """Whether two names share at least half their words (one body's name written two ways)."""
    x, y = set(a.casefold().split()), set(b.casefold().split())
    return len(x & y) * 2 >= min(len(x), len(y))


def full_given_form(rules: TypeRules, name: str, persons: list[str]) -> str | None:
    """The article's one person's name (of *persons*) whose given name is a full form of *name*'s short one, with the
    same surname (patterns.json 'given_name_forms'): 'Stephen Powis' for 'Steve Powis'."""
    words = name.split()
    forms = rules.given_name_forms.get(words[0], ()) if len(words) >= 2 else ()
    fulls = {n for n in persons if n.split()[0] in forms and n.split()[1:] == words[1:]}
    return fulls.pop() if len(fulls) == 1 else None


def _within(short: list[str], long: list[str]) -> bool:
    """Whether the words of *short* (two or more) are some of *long*'s, in order, ending with its last word; not the object
    of a preposition in it ('Orton Library' is no short form of 'Friends of Orton Library'), nor opening with one of the
    names it joins by 'and' ('Orton Fire Authority' is one of the bodies before 'Kelby and Orton Fire and Rescue Authority')."""
    it, said, whole = iter(long), " ".join(short), " ".join(long)
    k = long.index(short[0]) if short and short[0] in long else -1
    joined = k >= 0 and any(0 <= j < len(long) and long[j] in {"and", "&"} for j in (k - 1, k + 1))
    return 1 < len(short) < len(long) and short[-1] == long[-1] and not joined and all(w in it for w in short) and not any(
        f" {p} {said}" in whole for p in ("of", "for", "to"))


def places_opening_names(doc: Doc, mentions: list[Mention], entities: list[Entity], tokenizer) -> list[Mention]:
    """'Alex joined South Yorkshire Fire & Rescue': a place the tagger found where a body's name found elsewhere in the
    article is written in full, from the place on; the place gives way to the name (propagate then marks it)."""
    bodies = defaultdict(list)
    for words in ([t.text for t in tokenizer(form)] for e in entities if e.type == "Organisation" for form in {e.name, *e.aliases}):
        if words:
            bodies[words[0]].append(words)
    toks, starts = doc_tokens(doc), {m.start for m in mentions}
    return [m for m in mentions if m.type == "Place" and m.entity is not None and any(
        len(words) > m.end - m.start and [t.text for t in toks[m.start:m.start + len(words)]] == words and not starts.intersection(
            range(m.start + 1, m.start + len(words))) for words in bodies.get(toks[m.start].text, ()))]


class EntityBuilder:
    """Entities of one article from its mentions."""

    def __init__(self, rules: TypeRules, structure: StructureRules, gaz: dict[str, GazetteerEntry], tokenizer) -> None:
        self.rules, self.structure, self._gaz, self.tokenizer = rules, structure, gaz, tokenizer

    def merge(self, doc: Doc, mentions: list[Mention], acronym_of: dict[int, tuple[int, int]]) -> list[Entity]:
        """Group mentions of one real thing: same name, acronym of a long form, surname of a person."""
        groups: dict[str, list[Mention]] = {}
        long_forms = [m for m in mentions if len(m.text.split()) > 1]
        persons = [m for m in mentions if m.type == "Person" and len(m.text.split()) > 1]
        pname = self.person_name  # ('Helen Ghosh DCB' is Helen Ghosh)
        defined = {m.text: acronym_of[m.start] for m in mentions if m.start in acronym_of}  # 'Harbour Taskforce (HTF)': later 'HTF' too
        located = {m.text for m in mentions if m.start > 0 and doc[m.start - 1].lower_ in LOCATIVES}
        short_refs: set[str] = set()
        arms = set(self.structure.structural.get("charitable-arms", {}).get("heads", ()))  # 'KFC Foundation' is not 'KFC'
        for m in mentions:
            key = None
            if m.start in acronym_of or m.text in defined:
                s, e = acronym_of.get(m.start) or defined[m.text]
                lf = next((x for x in mentions if x.start == s and x.end == e), None)
                if lf is not None:
                    key = lf.gaz_id or canonical_name(lf.text).casefold()
            key = key or _acronym_and_head(m, defined, mentions)  # 'MFT Trust' after '… NHS Foundation Trust (MFT)'
            titled = _titled(doc, m.start, self.rules, self.structure.structural["honorific-styles"]["words"])  # 'Dr Broughton's', a town too
            if key is None and m.gaz_id and is_acronym(m.text) and (known := self._gaz.get(m.gaz_id)) is not None:
                own = {x.gaz_id or canonical_name(x.text).casefold() for x in long_forms if acronym_matches(m.text, x.text)
                       and not _alike(x.text, known.name) and x.type == known.type}  # 'KDC' in an article naming Kelby District
                key = own.pop() if len(own) == 1 else None  # Council: its own body, not the known one with those initials ('UK' a nation)
            if key is None and m.gaz_id and not (titled and m.type == "Place"):
                key = m.gaz_id
            m.type = "Person" if titled and m.type == "Place" and m.source == "gazetteer" else m.type
            if key is None and is_acronym(m.text):
                lf = next((x for x in long_forms if acronym_matches(m.text, x.text)), None)
                if lf is not None:
                    key = lf.gaz_id or canonical_name(lf.text).casefold()
            words = m.text.split()
            if self.rules.honorific(words[0]) and len(words) == 2 and m.type == "Person":
                words = words[1:]  # 'Mr Brown, head of …' after 'Richard Brown'
            if key is None and len(words) == 1 and (m.type == "Person" or m.source == "spacy" or titled):
                # 'Foden explains…' after 'Mark Foden': a lone surname is the person, whatever the tagger said
                full = next((p for p in persons if pname(p.text).split()[-1] == words[0] and p is not m), None)
                if full is not None:
                    key = pname(full.text).casefold()
                    m.type = "Person"  # and its vote is the person's ('Dixon holds a degree', tagged a body)
            if key is None and 1 < len(words) < 4 and m.type == "Person":  # 'Van Kelby said' after 'Jo van Kelby': a
                tail = [w.casefold() for w in words]  # surname with its particle, capitalised to open a sentence
                full = next((p for p in persons if p is not m and len(p.text.split()) > len(words) and p.text.split()[-len(words)].islower()
                             and [w.casefold() for w in p.text.split()[-len(words):]] == tail), None)
                key = canonical_name(full.text).casefold() if full is not None else None
            common = m.text in self.rules.given_names
            if key is None and len(m.text.split()) == 1 and not (titled and doc[m.start - 1].text not in KNIGHTS) and (
                    common or (m.source == "spacy" and m.text.istitle())):  # ('Mr Paul' is a surname; 'Sir David' a given name)
                # a lone given name one person has: 'Tony' after 'Tony McGovern', 'Chris' after 'Christopher Woolard' (a rarer one whole)
                fulls = {pname(p.text).casefold() for p in persons if len(p.text.split()) > 1 and (
                    p.text.split()[0] == m.text or (common and len(m.text) >= 3 and p.text.split()[0].startswith(m.text)))}
                if len(fulls) == 1:
                    key, m.type = fulls.pop(), "Person"
            if key is None and len(m.text.split()) == 1 and (m.type == "Organisation" or (  # (or a place only to the tagger,
                    m.type == "Place" and m.source == "spacy" and not m.gaz_id and m.text not in located  # never 'in Kelby'
                    and (doc[m.end - 1].dep_ in {"nsubj", "nsubjpass", "dobj"} or (doc[m.end - 1].dep_ == "pobj" and doc[m.end - 1].head.lower_ == "of")))):  # and acting: 'Kelby was rescued'
                # 'Ovo' after 'Ovo Energy', 'Capita' after 'Capita plc', 'Augean' after 'Augean South Limited': a
                # body's name without the words after its first (when the last is a body's head word or a legal form)
                lf = {x.gaz_id or canonical_name(x.text).casefold() for x in long_forms if x.type == "Organisation"
                      and x.text.split()[0].casefold() == m.text.casefold() and (x.text.split()[-1] not in arms or doc[m.end - 1].dep_ == "compound")
                      and (_registered(x.text) or self.rules.head_words.get(x.text.split()[-1]) == "Organisation")}
                key = lf.pop() if len(lf) == 1 else None
                m.type = "Organisation" if key is not None else m.type
            if key is None and len(m.text.split()) >= 2 and (m.type != "Person" or m.source == "spacy"):
                # 'Taylor Review' after 'Taylor Review of Modern Working Practices'; 'Bright Window' (a person to the tagger)
                # after 'Bright Window Repairs Limited'; 'Outwood Grange' (a place to the tagger) after '… Academies Trust'
                lf = next((x for x in long_forms if len(x.text) > len(m.text) and (x.type == m.type or (x.type == "Organisation" and (
                           _registered(x.text) or (m.type == "Place" and m.source == "spacy" and not m.gaz_id and m.text not in located))))
                           and canonical_name(x.text).startswith(canonical_name(m.text) + " ") and not _own_unit(m.text, x.text, self.rules, self.structure)), None)
                if lf is not None:
                    key = lf.gaz_id or (pname if lf.type == "Person" else canonical_name)(lf.text).casefold()
                    m.type = lf.type
            if key is None and len(m.text.split()) >= 2 and m.type not in {"Person", "Place"} and m.start > 0 \
                    and doc[m.start - 1].lower_ == "the":  # 'the White Paper' after 'the Local Government White Paper'
                tails = {x.gaz_id or canonical_name(x.text).casefold() for x in long_forms if x.start < m.start and x.type == m.type
                         and canonical_name(x.text).casefold().endswith(" " + canonical_name(m.text).casefold())}
                key = tails.pop() if len(tails) == 1 else None
                short_refs |= {m.text} if key is not None else set()  # (a reference, not another name to join by)
            if key is None and m.type == "Organisation" and not m.gaz_id and self.rules.head_words.get(m.text.split()[-1]) == "Organisation":
                inside = {x.gaz_id or canonical_name(x.text).casefold() for x in long_forms if x.start < m.start and x.type == m.type
                          and _within(m.text.split(), x.text.split())}  # 'the Fire Authority' after 'Barset Fire &
                key = inside.pop() if len(inside) == 1 else None  # Rescue Authority': some of its words, its head word last
            if key is None and m.type == "Organisation" and (lf := _registered_twin(m, long_forms)) is not None:
                key = lf.gaz_id or canonical_name(lf.text).casefold()  # 'X Ltd' after 'X Limited'
            if key is None and m.type == "Person" and (full := full_given_form(self.rules, pname(m.text), [pname(p.text) for p in persons])):
                key = full.casefold()  # 'Steve Powis' after 'Stephen Powis': a short form of the one full name there
            if key is None:  # (a town's name after a title no person has: a person, 'Lord Bourne')
                key = (None if titled and m.type == "Person" else m.gaz_id) or (pname if m.type == "Person" else canonical_name)(m.text).casefold()
            groups.setdefault(key if key in self._gaz else key.replace(" & ", " and "), []).append(m)  # ('X & Y' is 'X and Y')
        entities = []
        for key, ms in groups.items():
            entity = self.entity_for(key, [m for m in ms if m.text not in short_refs] or ms, doc)
            if entity is None:
                continue
            for m in ms:
                m.entity = entity
            entities.append(entity)
        return entities

    def person_name(self, text: str) -> str:
        """A person's name as stored, without the honours written after it ('Helen Ghosh DCB', 'Jo Bloggs CBE, DL')."""
        words = canonical_name(text).split()
        while len(words) > 2 and words[-1].rstrip(",") in self.rules.post_nominals:
            words.pop()
        return " ".join(words).rstrip(",")

    def entity_for(self, key: str, mentions: list[Mention], doc: Doc) -> Entity | None:
        """One Entity from its mentions: gazetteer name, else the fullest surface form."""
        entry = self._gaz.get(key)
        votes: Counter[str] = Counter()
        for m in mentions:  # (a body's mention outweighs the headline's, where the tagger is least reliable, by a little)
            votes[m.type] += self.structure.type_weights[m.source] + (0.25 if m.start >= headline_end(doc) else 0)
        etype = entry.type if entry else votes.most_common(1)[0][0]
        if etype in {"Programme", "Publication", "Event"} and any(_appoints(doc, m, self.structure) or _partners(doc, m, self.structure) or (m.text.split()[-1] in self.rules.staffed_heads or m.source == "spacy" and etype == "Publication") and _holds_post(doc, m, self.rules) for m in mentions):
            etype = "Organisation"  # 'director of the Kelby Local Network', 'Chair of the Royal Botanic Garden Edinburgh' (a work to the tagger): a body that employs someone
        forms = {canonical_name(m.text) for m in mentions}
        honorific_forms = {f"{doc[m.start - 1].text} {canonical_name(m.text)}" for m in mentions
                           if m.start > 0 and self.rules.honorific(doc[m.start - 1].text)}
        if entry:
            name = entry.name
        else:
            non_acronyms = [f for f in forms if not is_acronym(f)] or forms
            name = max(non_acronyms, key=lambda f: (etype != "Person" or not self.rules.honorific(f.split()[0]), len(f.split()), len(f), f))  # ('Mike
            # Thomas' over 'Professor Thomas')
            if etype == "Person" and len(name.split()) == 1 and honorific_forms:
                name = sorted(honorific_forms)[0]  # 'Lord Patel' rather than a bare 'Patel'
        if not name or (entry is None and (name.casefold() in self.structure.body_kinds or self.rules.head_words.get(name) in {"Organisation", "Place"} - (
                {"Place"} if etype == "Organisation" and " " not in name else set()))):
            return None  # ('Fire Authority', 'Hospice' alone: a kind, no name; a programme's may be one: 'Verify'; a body's may be a place's
            # word: the charity Brook)
        if etype == "Person":  # 'JOHN Smith' opening a news story: the given name as written elsewhere; no honours
            words = [w.title() if w.isupper() and w.title() in self.rules.given_names else w for w in name.split()]
            while len(words) > 2 and words[-1] in self.rules.post_nominals:
                words.pop()
            name = " ".join(words)
        if etype == "Person":  # a bare given name is no name to join articles by ('Tony')
            aliases = {f for f in forms | honorific_forms if f.casefold() != name.casefold()
                       and not (f in self.rules.given_names and len(name.split()) > 1)}
        else:
            aliases = {f for f in forms if f.casefold() != name.casefold()}
        if entry:
            aliases.update(entry.acronyms)
        ids = dict(entry.ids) if entry else {}
        weights = self.structure.type_weights
        typed_by = "gazetteer" if entry else max((m.source for m in mentions if m.type == etype), key=weights.__getitem__, default="context")
        return Entity(type=etype, name=name, aliases=aliases, mentions=len(mentions), identifiers=ids, typed_by=typed_by)

    def propagate(self, doc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[Mention]:
        """Later bare uses of a name already found ('Verify' after 'GOV.UK Verify') become mentions too; a person's
        surname that is also a town's name is the person's, unless used as a place ('Jo Wells … Wells said', not 'in Wells')."""
        surnames = {e.name.split()[-1]: e for e in entities if e.type == "Person" and len(e.name.split()) > 1}
        towns = [m for m in mentions if m.type == "Place" and m.end - m.start == 1 and m.text in surnames and m.entity is not None
                 and not (m.start and doc[m.start - 1].lower_ in LOCATIVES | {"to", "of"})] + places_opening_names(doc, mentions, entities, self.tokenizer)
        for m in towns:
            m.entity.mentions -= 1
            if m.entity.mentions <= 0 and m.entity in entities:
                entities.remove(m.entity)
        mentions = [m for m in mentions if m not in towns]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        forms: dict[str, list[tuple[list[str], Entity]]] = defaultdict(list)
        for entity in entities:
            for form in {entity.name, *entity.aliases}:
                words = [t.text for t in self.tokenizer(form)]
                if words and words[0][:1].isupper() and form not in self.rules.never:
                    forms[words[0]].append((words, entity))
        added: list[Mention] = []
        for tok in (toks := doc_tokens(doc)):
            if tok.i in taken:
                continue
            entity = surnames.get(tok.text)
            if entity is not None and not tok.ent_type_ == "DATE" and (tok.pos_ == "PROPN" or (  # 'Mr Symons', 'Symons said'
                    tok.is_title and re.search(rf"\b{re.escape(tok.lower_)}\b", doc_text(doc)) is None)):  # 'Wilding is …'
                # (a surname the tagger took for a word: the article never writes that word in lower case)
                prev = toks[tok.i - 1] if tok.i else None
                if prev is not None and self.rules.honorific(prev.text):
                    entity.aliases.add(f"{prev.text} {tok.text}")
                entity.mentions += 1
                added.append(Mention(tok.i, tok.i + 1, tok.text, "Person", "context", entity=entity))
                taken.add(tok.i)
                continue
            if tok.text not in forms:
                continue
            for words, entity in sorted(forms[tok.text], key=lambda f: -len(f[0])):
                end = tok.i + len(words)
                if [t.text for t in toks[tok.i:end]] == words and not taken.intersection(range(tok.i, end)):
                    m = Mention(tok.i, end, doc[tok.i:end].text, entity.type, "context", entity=entity)
                    taken.update(range(tok.i, end))
                    entity.mentions += 1
                    added.append(m)
                    break
        return sorted(mentions + added, key=lambda m: m.start)

    def add_author(self, document: Document, entities: list[Entity]) -> None:
        """The byline's author is a person the article names (and links to as its creator)."""
        author = canonical_name(document.author or "")
        words = author.split()
        if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)) or author in self.rules.never:
            return
        for entity in entities:
            if entity.type == "Person" and entity.name.casefold() == author.casefold():
                entity.mentions += 1
                return
        entities.append(Entity(type="Person", name=author, mentions=1))

    @staticmethod
    def add_publisher(document: Document, entities: list[Entity]) -> None:
        """The site a headline named as its suffix ('… : Public Sector Weekly') is an organisation the page names."""
        name = canonical_name(document.publisher or "")
        if not name:
            return
        for entity in entities:
            if entity.name.casefold() == name.casefold():
                entity.mentions += 1
                return
        entities.append(Entity(type="Organisation", name=name, mentions=1))
