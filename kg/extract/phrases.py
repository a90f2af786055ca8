"""Noun phrases of one sentence to the entities they refer to: names, appositions, coordination, 'X's services' standing for
X, collective nouns ('a consortium of A, B and C'), people acting for a body ('inspectors from X') and coreference (extract.partners
reads the partners named with a subject); a quotation's "we" is its speaker's body (extract.speakers). Imports vocab, extract.coref,
extract.kind_names, extract.antecedents, extract.speakers and extract.verb_posts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..vocab.lexicon import StructureRules, TypeRules
from .antecedents import (address_owner, the_government, closing_apposition, in_address_of, licence_holder, listed_after_colon, manner_subjects,
                          possessor_body, pronoun_body, sayers_they, story_part, stray_apposition)
from .coref import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, described, nearest_named
from .mentions_base import QUOTES, Mention, appointee_noun, doc_tokens, mention_root, quoted, trailing_examples
from .name_cues import named_right_after
from .speakers import speaker_body
from .written_lists import paired, stray_second
from .clause_subjects import inherited_subjects, is_predicate_noun
from .kind_names import named_before_kind, named_in_next, names_before_kind
from .verb_posts import pronoun_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["PASSIVE_SUBJ_DEPS", "SUBJ_DEPS", "PhraseReader", "name_after_prep", "part_words", "place_only_describes"]


@lru_cache(maxsize=4)
def part_words(part_nouns: frozenset[str]) -> frozenset[str]:
    """The words of the nouns that stand for a body's part ('children', "'s", 'services')."""
    return frozenset(w for phrase in part_nouns for w in phrase.replace("'s", " 's").split())


def place_only_describes(noun: Token, rules: TypeRules) -> bool:
    """'Bristol lighting company', 'Barset care home': a noun a place before it only describes — some thing in the
    place — where 'Bradford council' is the place's own body and 'Poole children's services' a part of it."""
    return noun.lemma_.lower() not in rules.name_nouns and not {noun.lower_, noun.lemma_.lower()} & part_words(rules.part_nouns)


def _members_of(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """'inspectors from Ofsted', 'officials at the Home Office', 'a meeting of the council': the people stand for
    their body; 'councillors' with no body named, for the council named before."""
    words, appointing = reader._words(tok), appointee_noun(reader.structure, tok)
    kind = next((reader.rules.member_kinds[w] for w in (tok.lemma_.lower(), tok.lower_) if w in reader.rules.member_kinds and tok.dep_ != "compound"), None)  # (the noun's own, heading its phrase)
    hired = appointing and (words & set(reader.structure.structural.get("role-agent", {}).get("firm_staff", ())))
    if (not words & reader.rules.member_nouns and kind is None) or appointing and not hired:  # (not the post an
        return []  # appointment names: 'the appointment of a new chief officer for X' is no X; but 'hired consultants from X': X)
    found = [(x, True) for x, _ in reader._prep_mentions(tok, {"from", "at"} if hired else {"from", "at", "of", "for"}, depth) + [
        y for p in (_own_preps(tok) if hired else []) + [c for c in tok.head.head.children if tok.head.dep_ == "agent" and c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
        if p.head.i != tok.i and p.lower_ in {"from", "at"} for o in p.children if o.dep_ == "pobj" for y in reader.mentions_for(o, depth + 1)]  # ('appointed
    # practitioners | from X as administrators', 'is run by staff | from X': hung on the verb)
             if x.entity is not None and x.entity.type == "Organisation"]
    found = found or [(x, True) for c in tok.children if c.dep_ == "compound" and not appointing for x, _ in reader.mentions_for(c, depth + 1)
                      if x.entity is not None and x.entity.type == "Organisation"]  # ('Environment Agency officers served a notice on X')
    if not found and kind is not None and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"the"} for c in tok.children):
        found = [(ref, True) for ref in [nearest_named(tok, reader.sent, reader.tok2ment, reader.rules, bare=True, word=kind)] if ref is not None]
    return found


def _pronoun(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """'It was fined …': the body 'it' stands for (see pronoun_body); 'Ofsted inspectors returned in May. They
    upgraded …': 'they' after a sentence whose subject is the article's one regulator or its inspectors."""
    if (they := sayers_they(tok, lambda c: reader.mentions_for(c, depth + 1))):
        return they  # ('A and B said they are merging')
    bodies = reader.structure.structural.get("body-copula", {})  # ('It is a member of Y'; 'X will join Y after Ofsted rated it …')
    if (m := pronoun_body(reader.doc, tok, reader.tok2ment, bodies)) is not None:
        return [(m, True)]
    if tok.lower_ in {"he", "she", "him", "her"} and tok.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj", "dative"}:  # 'Jo Bloggs joined in May. She has led X'
        appointing = set(reader.structure.structural.get("role-copula", {}).get("appointing_verbs", ()))
        return [(m, True)] if (m := pronoun_person(reader, tok, appointing)) is not None else []
    if tok.lower_ in {"we", "us", "our"} and reader.own is not None and not quoted(tok, reader.sent):
        return [(reader.own, True)]  # 'Our Pilot Fund awarded …' on the body's own page, not in a quote
    if tok.lower_ in {"we", "us", "our"} and quoted(tok, reader.sent) and (speaker := speaker_body(reader, tok)) is not None:
        return [(speaker, True)]  # '"We are working with X," said Jo Bloggs, leader of Y'
    said = [p for p in tok.head.head.children if p.dep_ == "poss"] if tok.lower_ == "it" and tok.head.dep_ == "relcl" else []  # ("the
    said = said or ([c for c in reader.sent.root.children if c.dep_ in SUBJ_DEPS] if tok.lower_ == "it" else [])  # force's room, which it shares")
    if len(said) == 1 and (tok.dep_ in SUBJ_DEPS or tok.dep_ == "dobj" and tok.head.dep_ in {"advcl", "ccomp"}) and tok.head.i != reader.sent.root.i \
            and said[0].pos_ == "NOUN" and said[0].i not in reader.tok2ment:  # 'the watchdog said it had fined …', 'A nursery
        return [(x, True) for x, _ in reader.mentions_for(said[0], depth + 1)]  # closed after Ofsted rated it inadequate
    if tok.lower_ != "they" or tok.dep_ not in SUBJ_DEPS or len(reader.regulators) != 1 or tok.sent.start == 0:
        return []
    said = [c for c in reader.doc[tok.sent.start - 1].sent.root.children if c.dep_ in SUBJ_DEPS]
    one = reader.regulators[0]
    if said and (said[0].lemma_.lower() in reader.rules.regulator_staff or getattr(reader.tok2ment.get(said[0].i), "entity", None) is one.entity):
        return [(one, True)]
    return []


def _owners_work(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """"Ofsted's inspection report found X inadequate", "the ICO's investigation found …", 'A report by Audit Scotland found
    …': a body's work that finds something, as a verb's subject, stands for the body (patterns.json 'finding-works')."""
    works = set(reader.structure.structural.get("finding-works", {}).get("nouns", ()))
    if tok.dep_ not in SUBJ_DEPS or tok.lemma_.lower() not in works:
        return []
    return [(x[0], True) for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
            for x in reader.mentions_for(c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), c), depth + 1)
            if x[0].entity is not None and x[0].entity.type == "Organisation"]


def _run_by(reader: PhraseReader, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
    """'inspected custody suites run by X', 'fined a care home operated by X': a thing no name holds, described by a
    participle of patterns.json 'run-by' 'verbs' and its 'by', stands for the body that runs it; not a body in its
    own right ('bodies': 'a charity run by Kelby Trust' is the charity)."""
    verbs = set((rule := reader.structure.structural.get("run-by", {})).get("verbs", ()))
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in set(rule.get("bodies", ())) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs) or (
            tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in set(rule.get("moving_verbs", ()))):
        return []  # (not what a verb of running acts on: 'to run four centres now run by Z' is no part of Z; nor what moves from it)
    return [(x[0], True) for acl in tok.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in verbs
            for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"
            for x in reader.mentions_for(p, depth + 1) if x[0].entity is not None and x[0].entity.type == "Organisation"]


def _joint_regulators(reader: PhraseReader) -> list[Mention]:
    """The regulators the sentence before names (past a paragraph break), when it names them at an inspection."""
    toks = doc_tokens(reader.doc)
    k = next((i for i in range(reader.sent.start - 1, -1, -1) if not toks[i].is_space), None)
    before, ruling = toks[k].sent if k is not None else None, {id(r.entity) for r in reader.regulators}
    if before is None or not any(t.lemma_.lower() in reader.structure.structural.get("joint-inspectors", {}).get("acts", ()) for t in before):
        return []
    return list({id(m.entity): m for i in range(before.start, before.end) if (m := reader.tok2ment.get(i)) is not None and id(m.entity) in ruling}.values())


def _own_preps(tok: Token) -> list[Token]:
    """A noun's prepositions, and the one the parser hung on its verb right after the object ('chair the board | for X')."""
    own = [c for c in tok.children if c.dep_ == "prep"]
    return own + [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1] if tok.dep_ == "dobj" else own


def _misparsed_pair(reader: PhraseReader, m: Mention | None, child: Token) -> bool:
    """'A and B' with one hung off the other: only 'and' between, or a list going on after B ('A, B and C'); or 'the trust and B'."""
    other = reader.tok2ment.get(child.i)
    if m is None or other is None or child.dep_ not in {"nmod", "compound", "appos"}:
        return m is not None and other is None and (child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i + 2 == m.start and reader.doc[
            child.i + 1].lower_ in {"and", "&"} or child.dep_ == "appos" and child.is_lower and any(d.lower_ == "the" for d in child.children)
            and any(n.dep_ in {"appos", "compound"} and getattr(reader.tok2ment.get(n.i), "entity", m.entity) is not m.entity for n in child.children))
    # ('X, the charity Y and the Z': the kind and its own name, the list's next item, parsed as X's apposition)
    return paired(reader.doc, *((other, m) if other.start < m.start else (m, other)), reader.tok2ment)


class PhraseReader:
    """The entities that the phrases of one sentence refer to."""

    def __init__(self, rules: TypeRules, structure: StructureRules, doc: Doc, sent: Span, tok2ment: dict[int, Mention], original: str) -> None:
        self.rules, self.structure = rules, structure
        self.doc, self.sent, self.tok2ment, self.original = doc, sent, tok2ment, original
        text = original[sent.start_char:sent.end_char]
        lead = len(text) - len(text.lstrip())
        self.evidence, self.start = text.strip(), sent.start_char + lead
        self.end = self.start + len(self.evidence)
        self.regulators: list[Mention] = []  # the article's regulators, each at its first mention
        self.own: Mention | None = None  # the body whose own page the article is ('we', 'our')

    def mentions_for(self, tok: Token, depth: int = 0) -> list[tuple[Mention, bool]]:
        """Entities a noun phrase headed by *tok* refers to; the flag says whether coreference was used."""
        if depth > 6:
            return []
        out: list[tuple[Mention, bool]] = []
        m, root = self.tok2ment.get(tok.i), tok
        if m is not None and m.entity is not None:
            m = address_owner(self.doc, m, self.tok2ment) or m  # 'Acme Ltd of 4 Mill Road, London were fined'
            out.append((m, False))
            root = mention_root(self.doc, m)
        elif stray_apposition(self.doc, tok, self.tok2ment):
            return []
        else:
            out = self._appositions_and_owners(tok, depth)
            for reader in self._STANDING_FOR:  # what an unnamed phrase stands for, the first that finds one
                out = out or reader(self, tok, depth)
        heads = [self.doc[i] for i in range(m.start, m.end)] if m is not None and m.entity is not None else [root]
        for head in heads:
            for child in head.children:
                if m is not None and m.start <= child.i < m.end:
                    continue  # (inside the name)
                if (child.dep_ == "conj" or _misparsed_pair(self, m, child)) and not in_address_of(self.doc, m, child, self.tok2ment, self.rules):
                    out += self.mentions_for(child, depth + 1)
        if m is not None and m.entity is not None and depth == 0 and root.dep_ in {"nsubj", "nsubjpass"} and self.doc[m.end].text == ",":
            out += [x for x in listed_subjects(self.doc, m, self.tok2ment) if all(x[0] is not o for o, _ in out)]
        out += [(x, False) for x in stray_second(self.doc, m, self.tok2ment)] if m is not None and m.entity is not None else []
        return out

    # ---------------------------------------------------------------- what an unnamed phrase stands for

    def _words(self, tok: Token) -> set[str]:  # the forms a noun is looked up by (the lemma is set only near trigger words)
        return {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}

    def _prep_mentions(self, tok: Token, preps: set[str], depth: int, hung: bool = False) -> list[tuple[Mention, bool]]:
        """Mentions after *tok*'s prepositions (with *hung*, also one the parser hung on its verb right after it)."""
        return [x for p in (_own_preps(tok) if hung else [c for c in tok.children if c.dep_ == "prep"]) if p.lower_ in preps
                for c in p.children if c.dep_ == "pobj" for x in self.mentions_for(c, depth + 1)]

    def _appositions_and_owners(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'the regulator, the ICO'; 'Sunderland City Council's children's services' stands for the council (its possessor
        may itself be a possessed common noun; an owned noun's 'of' too: 'the registration of X'); so does a name set off by
        commas right after a noun that types it, where the parser missed the apposition ('a report, Councils and Care, on Tuesday');
        a rating's 'for' as its 'of' ('the Ofsted rating for X')."""
        out: list[tuple[Mention, bool]] = []
        owning = self.structure.structural.get("owner-nouns", {})
        owned, owned_by = bool(self._words(tok) & set(owning.get("nouns", ()))), {"of", "for"} if self._words(tok) & set(owning.get("for_nouns", ())) else {"of"}
        for child in tok.children:
            colon = self.doc[child.left_edge.i - 1]  # (a list after a colon ending a clause whose subject it names is not the noun's:
            theirs = colon.text == ":" and colon.head.i != tok.i and any(listed_after_colon(self, c) for c in colon.head.children if c.dep_ == "nsubj")
            if (child.dep_ == "appos" and not (tok.like_num or tok.ent_type_ == "MONEY") and not theirs and not stray_second(self.doc, None, self.tok2ment, child)) \
                    or (owned and child.dep_ == "prep" and child.lower_ in owned_by):  # (not a sum's)  ('New trustees have joined the board of X: A, B')
                out += [x for c in ([child] if child.dep_ == "appos" else child.children) for x in self.mentions_for(c, depth + 1)]
            if child.dep_ == "poss" and (self._words(tok) & self.rules.part_nouns or owned or any(  # "X's children and young
                    c.dep_ == "conj" and c.lemma_.lower() in self.rules.part_nouns and all(t.is_lower for t in self.doc[tok.i:c.i + 1])
                    for c in tok.children)):  # people board": a part's lower-case words parsed as a list)
                held = [(h, True) for h in [licence_holder(self.doc, child, self.tok2ment) if owned else None] if h is not None]  # ('Ofsted cancelled its registration')
                owners = [] if held else [child] + ([g for g in child.children if g.dep_ == "poss"] if child.i not in self.tok2ment and child.pos_ == "NOUN" else [])
                said = [(b, True) for o in owners if o.lower_ == "its" and (b := possessor_body(self.doc, o, self.tok2ment)) is not None]
                out += held + said + [x for o in ([] if said else owners) for x in self.mentions_for(o, depth + 1)  # a place's: its council's
                                      if x[0].entity and x[0].entity.type in {"Organisation", "Place"}]  # ('Its service was …': possessor_body)
        if not out and (m := closing_apposition(self.doc, tok, self.tok2ment, self.rules.context_words)) is not None:
            out.append((m, False))  # 'The company responsible for the hotel, Kelby Hotels Ltd, was fined'
        if not out and tok.pos_ == "NOUN" and tok.i + 2 < self.sent.end and self.doc[tok.i + 1].text == ",":
            k = tok.i + 2 + (self.doc[tok.i + 2].text in QUOTES)  # (or in quotes: "a report, 'Care Costs', …")
            m = self.tok2ment.get(k)
            after = self.doc[m.end + (self.doc[m.end].text in QUOTES)] if m is not None and m.end + 1 < len(self.doc) else None
            if (m is not None and m.start == k and m.entity is not None and after is not None
                    and after.text in {",", ".", ";"} and self.rules.context_words.get(tok.lemma_.lower()) == m.entity.type):
                out.append((m, False))
        return out

    def _named_thing(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'a new app called Bin Buddy', 'a scheme known as Safe Hands', 'the combined body, to be called X,': the thing is its name."""
        out: list[tuple[Mention, bool]] = []
        for acl in [*tok.children, *(c for c in tok.head.children if tok.dep_ == "dobj" and c.dep_ == "advcl" and c.i > tok.i)]:  # ('to create
            if acl.dep_ in {"acl", "relcl", "advcl"} and acl.lower_ in {"called", "named", "dubbed", "titled", "entitled"}:  # a landlord …, to be called X')
                out += [x for c in acl.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"}
                        for x in self.mentions_for(c, depth + 1)]
            elif acl.dep_ == "acl" and acl.lower_ == "known":
                out += self._prep_mentions(acl, {"as"}, depth)
        return out

    def _name_as_modifier(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'rated Birmingham City Council inadequate': the name parsed as a modifier of another noun (but 'a
        south London housing association' or 'a Bristol lighting company' is some body there, not the place, and
        'an NHS trust' a trust, not the NHS; 'the X Trust Board', a body's part, is the trust's)."""
        if tok.lemma_.lower() in set(self.structure.structural.get("role-nouns", {}).get("words", ())) - self.rules.part_nouns or \
                tok.lower_ in self.structure.structural.get("governments", {}).get("nouns", ()):
            return []  # 'named Gwent Police chief constable': the body of a post, not the one named ('this Conservative Government')
        some = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
        kind = next((k for w in (tok.lemma_.lower(), tok.lower_.removesuffix("s")) if (k := self.rules.context_words.get(w))), None)
        firm = place_only_describes(tok, self.rules) or not (  # ('NHS Trusts': trusts, not the NHS; a place only before 'council' or a
            tok.lemma_.lower() in self.rules.headline_place_nouns or self._words(tok) & self.rules.part_nouns)  # part of one stands for its council)
        named = [c for c in tok.children if c.dep_ in {"compound", "nmod", "amod"}]  # ('fined A and B 70 million pounds'; 'X care home':
        named += names_before_kind(self.doc, tok, named, self.tok2ment, self.rules)  # the name on its kind's words, parsed as theirs)
        return [(self.tok2ment[c.i], True) for c in named + [g for c in named for g in c.children if g.dep_ == "conj"]
                if c.i in self.tok2ment and self.tok2ment[c.i].entity is not None  # ('an Ofsted report': the name tagged an adjective)
                and mention_root(self.doc, self.tok2ment[c.i]).i == c.i
                and not ((some or firm) and self.tok2ment[c.i].entity.type == "Place")
                and not (kind == "Organisation" == self.tok2ment[c.i].entity.type and not named_before_kind(self.doc, self.tok2ment[c.i], tok, self.rules)
                         and tok.lemma_.lower() not in self.rules.part_nouns)]  # (but 'Orton Lodge care home' is the home; 'a X panel' is X's)

    def _services_of(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'children's services in Westshire', 'services for children at X', 'the board for X' stand for the body; 'ads for X' or 'by X', for the
        advertiser ('advertised'); not the people an appointment names ('directors of X are appointed by Y')."""
        ads = tok.lemma_.lower() in self.structure.structural.get("advertised", {}).get("nouns", ())
        heads = [tok, tok.head] if ads and tok.dep_ == "dobj" else [tok]  # ('banned ads | by X': 'by X' hung on the verb)
        governing = tok.lemma_.lower() in self.structure.structural.get("governing-parts", {}).get("nouns", ())  # 'the board for X'
        joined = tok.dep_ == "dobj" and tok.head.lemma_ in self.structure.structural.get("role-copula", {}).get("joining_verbs", ())  # ('joined the service from X': where the joiner was)
        preps = {"for", "by"} if ads else {"in", "at", "of", "for"} if governing else {"in", "at", "of"} if joined else {"in", "at", "of", "from"}  # ('services from X')
        preps -= {"in", "at"} if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.structure.structural.get("run-by", {}).get("verbs", ()) else set()  # ('to run the centre at Y': not Y)
        heads += [] if ads or governing else [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                                              if o.dep_ == "pobj" and o.is_lower and o.i not in self.tok2ment]  # ('services for children at X')
        return [x for h in heads for x in self._prep_mentions(h, preps, depth, hung=governing) if x[0].entity is not None and x[0].entity.type in {
            "Organisation", "Place"} - ({"Place"} if any(c.lower_ in {"a", "an"} for c in tok.children) else set())] if ads or self._words(  # ('a project
            tok) & self.rules.part_nouns and not appointee_noun(self.structure, tok) else []  # in Orton' is some project there, not the place's)

    def _described_modifier(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'rated the council inadequate', parsed with 'the council' as a modifier of the rating."""
        return [(ref, True) for c in tok.children if c.dep_ == "compound" and c.i not in self.tok2ment
                and (ref := nearest_named(c, self.sent, self.tok2ment, self.rules)) is not None]

    def _collective(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'a consortium of four organisations: A, B and C', '12 (out) of the 17 firms, including A', 'the universities of A and B'."""
        if tok.pos_ == "NUM":
            return [x for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "out"} for q in (p, *p.children)
                    if q.lower_ == "of" for c in q.children if c.dep_ == "pobj" for x in self._examples(c, depth + 1)]
        found = self._prep_mentions(tok, {"of"}, depth) if (kinds := tok.tag_ == "NNS" and self.rules.context_words.get(tok.lemma_.lower()) == "Organisation") \
            or tok.lemma_.lower() in self.rules.collective_nouns else []  # (a plural kind of body: the bodies it lists)
        return [] if kinds and any(x[0].entity.type != "Organisation" for x in found) else found

    def _examples(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'organisations such as A and B', 'a group of firms including A': the examples stand for the noun; so does
        the one named after 'is' for 'one of them' ('One of the groups to receive funding is A', 'One charity … is A')."""
        if (tok.lower_ == "one" or any(c.lower_ == "one" for c in tok.children)) and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            return [x for c in tok.head.children if c.dep_ == "attr" for x in self.mentions_for(c, depth + 1)]
        if tok.tag_ not in {"NNS", "NNPS"} and not self.rules.context_words.get(tok.lemma_.lower()) and tok.lemma_.lower() not in self.rules.collective_nouns:
            return []  # ('to manage the response and recovery including X': a deed is no kind X is an example of)
        return [x for p in (*tok.children, *trailing_examples(tok)) if p.dep_ == "prep" and (p.lower_ == "including" or (
                p.lower_ == "as" and any(c.lower_ == "such" for c in p.children)))
                for c in p.children if c.dep_ == "pobj" for x in self.mentions_for(c, depth + 1) or [  # (or a sum's: 'fined three
                    y for f in (*p.children, *c.children) if f.dep_ == "prep" and f.lower_ == "for" and any(t.tag_ == "$" for t in c.subtree)  # firms
                    for o in f.children if o.dep_ == "pobj" for y in self.mentions_for(o, depth + 1)]]  # £6m, including £2.5m for A')

    def _the_regulator(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'the regulator', 'the data watchdog', bare 'inspectors': the one regulator the article names, or of
        several the one named last before the phrase (else the first named after it); 'inspectors', 'the inspectorates'
        right after a sentence naming several regulators, all of those."""
        words = self._words(tok)
        described = bool(words & self.rules.regulator_nouns) and any(c.lower_ in {"the", "this", "its"} or (  # "Britain's watchdog"
            c.dep_ == "poss" and (getattr(getattr(self.tok2ment.get(c.i), "entity", None), "type", None) == "Place"
                                  or (c.pos_ == "NOUN" and c.is_lower))) for c in tok.children)  # "the government's watchdog"
        if len(self.regulators) == 1 and (described or words & self.rules.regulator_staff):
            return [(self.regulators[0], True)]
        if len(self.regulators) > 1 and tok.lower_.endswith("s") and (described or words & self.rules.regulator_staff) and len(joint := _joint_regulators(self)) > 1:
            return [(m, True) for m in joint]  # 'A, B and C carried out the joint inspection. Inspectors looked at …': all of them
        if not described or not self.regulators:  # bare 'inspectors' with several regulators: no one in particular
            return []
        before = [m for m in self.regulators if m.start < tok.i]
        return [(before[-1] if before else self.regulators[0], True)]

    def _described(self, tok: Token, depth: int) -> list[tuple[Mention, bool]]:
        """'the council' (named before), 'a county council' (named just after, but not a regulator); 'X became the
        latest body to …': a noun that is what its clause's subject is stands for that subject, not an earlier name."""
        if is_predicate_noun(tok):
            return self._subjects_of_copula(tok, depth)
        if self._words(tok) & self.rules.regulator_nouns:
            return []  # 'the watchdog' is a regulator the article names (_the_regulator), never the body named last
        if any(p.lower_ in {"of", "for"} and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in p.children)
               for p in _own_preps(tok)):
            return []  # 'the board for Crossrail 2': a body its own words name, if no name we know, is not the one before
        if any(c.dep_ == "amod" and c.text[:1].isupper() and not c.is_sent_start and c.ent_type_ != "NORP" for c in tok.children):
            return []  # 'the Little Bengal restaurant': a name the tagger read as adjectives, a place of its own
        ruling = frozenset(id(r.entity) for r in self.regulators)
        return [(m, True) for m in described(tok, self.sent, self.tok2ment, self.rules, self.structure.structural, ruling)
                if id(m.entity) not in ruling or tok.i > m.start]

    def _subjects_of_copula(self, noun: Token, depth: int) -> list[tuple[Mention, bool]]:
        """The subjects of the 'be'/'become' a predicate noun completes (through 'among': 'are among six …'; or of
        'operate as')."""
        copula = noun.head.head if noun.head.lower_ in {"among", "as"} else noun.head
        return [m for c in self._children(copula, SUBJ_DEPS) for m in self.mentions_for(c, depth + 1)]

    _STANDING_FOR = (_named_thing, _name_as_modifier, _services_of, _described_modifier, _collective, listed_after_colon, _members_of,
                     _examples, _the_regulator, the_government, _described, _pronoun, named_right_after, _owners_work, _run_by, story_part, named_in_next)

    def _children(self, tok: Token, deps: set[str]) -> list[Token]:
        return [c for c in tok.children if c.dep_ in deps]

    def _prep_objects(self, tok: Token, preps: frozenset[str] | set[str]) -> list[tuple[Mention, bool]]:
        """Mentions after the given prepositions of *tok*, not before its subject ('In the Midlands, X gave …')."""
        out = []
        fronted = next((c.i for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), -1)
        for prep in tok.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps and prep.i > fronted and not (prep.lower_ == "in" and self._to_kinds(tok)):
                pobjs = [c for c in prep.children if c.dep_ == "pobj"] + manner_subjects(prep)
                out += [x for p in pobjs for x in self.mentions_for(p)] or [(m, False) for m in [name_after_prep(self, prep.i, preps)] if m and not pobjs]
        return out

    def _to_kinds(self, tok: Token) -> bool:
        """'gave £2m to local authorities in England': recipients named by their kind, after 'to' ('in' is then where they are)."""
        return any(p.lower_ == "to" and any(c.dep_ == "pobj" and c.tag_ == "NNS" and c.i not in self.tok2ment for c in p.children) for p in tok.children)

    def _inherited_subjects(self, verb: Token) -> tuple[list[tuple[Mention, bool]], str]:
        """Subjects of a verb with no subject of its own: coordinated, controlled or relative clauses."""
        return inherited_subjects(self, verb)


def listed_subjects(doc: Doc, first: Mention, tok2ment: dict[int, Mention]) -> list[tuple[Mention, bool]]:
    """'A, B and C were inspected', parsed with B and C hung anywhere: the names listed after the subject, read from the
    words; only a list of names of the first's type joined by commas and a last 'and' that runs right up to a verb."""
    out, k = [], first.end
    while k + 1 < len(doc):
        comma = doc[k].text == ","
        k += comma
        joined = doc[k].lower_ in {"and", "&"}
        k += joined
        m = tok2ment.get(k)
        if not (comma or joined) or m is None or m.start != k or m.entity is None or m.entity.type != first.entity.type:
            return []
        out.append((m, False))
        k = m.end
        if joined:
            return out if k < len(doc) and doc[k].pos_ in {"AUX", "VERB"} else []
    return []


def name_after_prep(reader: PhraseReader, k: int, preps) -> Mention | None:
    """The name right after one of *preps* at token *k* (and 'the' or describing nouns: 'with software supplier X'),
    read from the words where the parser hung the preposition elsewhere ('Head of Environment at | London Borough
    of Y', 'awarded | to X') or left it without its object; else None."""
    doc = reader.doc
    if k + 1 >= reader.sent.end or doc[k].lower_ not in preps:
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    while k + 1 < reader.sent.end and doc[k].is_lower and (doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].tag_ == "VBG") and k not in reader.tok2ment:
        k += 1  # 'with software supplier | CoreLogic', 'with housebuilding giant | X': describing words before the name
    m = reader.tok2ment.get(k)
    return m if m is not None and m.start == k and m.entity is not None else None


def body_named_after(reader: PhraseReader, m: Mention, preps: set[str]) -> list[tuple[Mention, bool]]:
    """'He thanked … David Slatter from Penna', 'A and B from the insolvency specialists X': the body named right after
    the person (or after the person listed next to them) where the parser hung the 'from' elsewhere."""
    k, nxt = m.end, reader.tok2ment.get(m.end + 1)
    if k + 1 < reader.sent.end and reader.doc[k].lower_ == "and" and nxt is not None and nxt.start == k + 1 \
            and nxt.entity is not None and nxt.entity.type == "Person":
        k = nxt.end
    body = name_after_prep(reader, k, preps)
    return [(body, False)] if body is not None and body.entity.type == "Organisation" else []


def place_after_comma(reader: PhraseReader, m: Mention) -> Mention | None:
    """'Kelby Academy, Sheffield, was rated …', 'the Eastgate Shopping Centre, Inverness.': a place set off by a comma
    straight after a name, the clause or the comma pair closing after it, is where the named thing is — not a list's
    next item ('A, Leeds, B and C', 'A, Leeds and B') nor a place acting as a clause's subject ('…, Leeds said')."""
    doc, end = reader.doc, reader.sent.end
    p = reader.tok2ment.get(m.end + 1) if m.end + 1 < end and doc[m.end].text == "," else None
    if p is None or p.start != m.end + 1 or p.entity is None or p.entity.type != "Place":
        return None
    if p.end >= end or doc[p.end].text in {".", ";", ")"} or (doc[p.end].is_space and p.end + 1 >= end):
        return p
    listed = p.end + 1 < end and (doc[p.end + 1].lower_ in {"and", "or", "&"} or doc[p.end + 1].pos_ == "PROPN" or p.end + 1 in reader.tok2ment)
    return p if doc[p.end].text == "," and not listed else None
