"""Appointments announced before the appointee is named: 'X has appointed a new finance director.' followed by
'Jo Bloggs will join from Y in May.' The first sentence names the body and an unnamed post ('a new finance
director', 'confirmed the appointment of a new chair', 'An acting director has been appointed by X', 'X has made two
senior appointments', whose holders are the next two); the holder is the person who, in one of the next sentences, takes up, joins or succeeds to it. The statement's
evidence is both sentences. Also the post a successor's predecessor held: 'X will succeed Y' after X was placed at a
body. And a post's holder described before being named: 'The chief executive of X is to step down.' then 'Jo Bloggs,
who has held the job since 2015, …'. The words are data (patterns.json 'announced-appointee', 'role-copula',
'described-holder'). Imports model and the extract readers; read by relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Relation
from .coref import COUNTS
from .mentions_base import Mention, doc_tokens, mention_root, span_tokens
from .posts import PAST, employers, is_post
from .verb_posts import succession

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .relations import RelationReader, RelationRules


def announced_appointees(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                         reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """appointed(body, person) where a sentence announces an unnamed post and a later one names who takes it."""
    rule = lex.structure.structural.get("announced-appointee", {})
    spec = lex.specs.get(rule.get("predicate", ""))
    if spec is None:
        return
    posts = set(lex.structure.structural.get("role-nouns", {}).get("words", ()))
    words = set(rule.get("verbs", ())) | set(rule.get("nouns", ()))
    held = lex.specs.get(lex.structure.structural.get("role-agent", {}).get("posts_held", ""))  # the taker's post: partOf
    for k, sent in enumerate(sents):
        reader = None
        for tok in span_tokens(sent):
            if tok.lemma_.lower() not in words:
                continue
            reader = reader or reader_for(sent)
            bodies, said = _announcing_bodies(reader, tok, rule, posts)
            held_at = _posts_bodies(reader, said, bodies) if said else []  # ('The government has appointed a new chair of X':
            if not said:  # no appointer named, the post's body still is)
                continue
            count = _counted(said)  # ('two senior appointments': the next two who take a post)
            many = count == 1 and all(p.tag_ == "NNS" for p in said)  # ('appointed interim managers': as many as are named)
            near = k + count + int(rule.get("sentences", 2))  # (a later sentence may still name the post again: 'The interim managers, A and B')
            for n, later in enumerate(sents[k + 1:near + int(rule.get("renamed_sentences", 0))], k + 1):
                taker = _taker(doc, later, tok2ment, *(set(rule.get(key, ())) if n < near else set() for key in (
                    "taking_verbs", "taking_states", "nouns", "verbs")), {p.lemma_.lower() for p in said})
                takers = [taker, *_joined_people(doc, taker, tok2ment)][:None if many else count] if taker is not None else []  # ('A and B')
                if takers and not held_at:  # ('A mental health trust has announced the appointment of a new chief
                    bodies = held_at = _taken_at(reader_for(later), mention_root(doc, takers[0]).head)  # executive. X will take
                for taker in takers if held_at else ():  # up the role at Y': the body the taker joins)
                    both = reader_for(doc[sent.start:later.end])
                    yield from both.emit(spec, tok, bodies, [(taker, False)], "announced-appointee")
                    if held is not None:
                        yield from both.emit(held, tok, [(taker, False)], held_at, "announced-appointee")
                count -= len(takers)
                if count <= 0:
                    break


def reported_joiners(sents: list[Span], lex: RelationRules, reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """appointed(body, person) where a body reports that a named person will join, with nothing joined named ('Kelby
    Trust said Jo Bloggs would join in March from Y'): the person joins the body that says so (patterns.json
    'reported-joiner'), and holds a post there."""
    rule, agent = lex.structure.structural.get("reported-joiner", {}), lex.structure.structural.get("role-agent", {})
    spec, held = lex.specs.get(rule.get("predicate", "")), lex.specs.get(agent.get("posts_held", ""))
    reporting, joining = set(rule.get("reporting_verbs", ())), set(rule.get("joining_verbs", ()))
    barred, doubting = set(rule.get("excluded_prepositions", ())), set(rule.get("doubting_words", ()))
    for sent in sents if spec is not None else ():
        for tok in span_tokens(sent):
            if tok.dep_ != "ccomp" or tok.lemma_.lower() not in joining or tok.head.lemma_.lower() not in reporting or any(
                    c.dep_ in {"dobj", "attr"} or c.lower_ in doubting or c.dep_ == "prep" and c.lower_ in barred for c in tok.children):
                continue
            reader = reader_for(sent)
            typed = lambda head, kind, coref: [(m, c) for x in head.children if x.dep_ == "nsubj" for m, c in  # noqa: E731
                                               reader.mentions_for(x) if m.entity is not None and m.entity.type == kind and (coref or not c)]
            bodies, takers = typed(tok.head, "Organisation", True), typed(tok, "Person", False)
            if bodies and takers:
                yield from reader.emit(spec, tok, bodies, takers, "reported-joiner")
                if held is not None:
                    yield from reader.emit(held, tok, takers, bodies, "reported-joiner")


def described_holders(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                      reader_for: Callable[[Span], RelationReader]) -> Iterator[Relation]:
    """partOf(person, body) where a sentence's subject is a post at a body, unnamed ('The chief executive of X has
    decided to step down'), and the next sentence's subject is a person in a sentence about a post ('Jo Bloggs, who
    has held the job since 2015, …'; patterns.json 'described-holder' 'post_nouns'); one holder, not 'senior managers at X',
    and not a person described by a post of their own."""
    rule = lex.structure.structural.get("described-holder", {})
    spec, posts = lex.specs.get(rule.get("predicate", "")), set(lex.structure.structural.get("role-nouns", {}).get("words", ()))
    for sent, after in zip(sents, sents[1:]) if spec is not None else ():
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i in tok2ment or subject.tag_ != "NN" or not is_post(subject, posts) or any(
                c.dep_ == "appos" or c.lower_ in {"a", "an", "former", "new"} for c in subject.children):
            continue
        reader = reader_for(sent)
        bodies = [b for b in employers(reader, subject, set(rule.get("prepositions", ()))) or [
            x for c in subject.children if c.dep_ == "poss" for x in reader.mentions_for(c)] if b[0].entity is not None and b[0].entity.type == "Organisation"]
        m = next((tok2ment[t.i] for t in span_tokens(after) if t.i in tok2ment and tok2ment[t.i].entity is not None), None)
        if not bodies or m is None or m.entity.type != "Person" or mention_root(doc, m).dep_ not in {"nsubj", "nsubjpass"} or (
                any(c.dep_ == "appos" for c in mention_root(doc, m).children)):  # (not 'Jo Bloggs, CQC deputy chief inspector, said')
            continue
        if any(t.lower_ in set(rule.get("post_nouns", ())) or (t.i not in tok2ment and is_post(t, posts)) for t in span_tokens(after)):
            yield from reader_for(doc[sent.start:after.end]).emit(spec, mention_root(doc, m), [(m, False)], bodies, "described-holder")


def _posts_bodies(reader: RelationReader, said: list, bodies: list) -> list:
    """Where the announced post is: at the body its 'of/at/for' names, or the body it is to run ('appointed an interim
    manager to run X'; patterns.json role-agent 'running_verbs'), else the appointer's own; a post after 'as' is
    the new one ('appointed a senior manager at Y as its next vice-chancellor': the appointer's), and the post the
    appointee is described by is held too unless said to be past ('the former boss of Y')."""
    named = lambda posts: [m for p in posts for m in reader._prep_objects(p, {"of", "at", "for"})  # noqa: E731
                           if m[0].entity is not None and m[0].entity.type == "Organisation"]
    new = [p for p in said if p.dep_ == "pobj" and p.head.lower_ == "as"]
    own = [p for p in said if p not in new]
    running, tasks = (set(reader.structure.structural.get("role-agent", {}).get(key, ())) for key in ("running_verbs", "running_nouns"))
    run = [m for p in own for x in reader._children(p.head if p.dep_ == "dobj" else p, {"xcomp", "acl", "relcl", "advcl"}) if x.lemma_.lower() in running
           and reader._children(x, {"aux"}) for o in reader._children(x, {"dobj"}) for m in (
               reader._prep_objects(o, {"of"}) if o.lemma_.lower() in tasks else reader.mentions_for(o))  # ('to take over the running of X')
           if m[0].entity is not None and m[0].entity.type == "Organisation"]  # ('appointed an interim manager to run X': X's post)
    if not new:
        return named(own) or run or bodies
    return (named(new) or bodies) + ([] if any(c.lower_ in PAST for p in own for c in p.children) else named(own))


def _announcing_bodies(reader: RelationReader, tok: Token, rule: dict, posts: set[str]) -> tuple[list, list]:
    """The body that announces an unnamed post at *tok* ('appointed a new chief executive'), or [], and the words
    naming the post."""
    lemma = tok.lemma_.lower()
    if lemma in rule.get("verbs", ()) and tok.pos_ in {"VERB", "AUX"}:
        said = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        said += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"
                 and all(d.i not in reader.tok2ment and d.pos_ == "NOUN" for d in said)]  # 'appointed the former boss of Y as
        # its new chief executive': someone described, not named, and the post after 'as'
        passive = any(c.dep_ == "nsubjpass" for c in said)
        bodies = ([*reader._prep_objects(tok, set(rule.get("passive_prepositions", ()))),  # 'at X', 'by X'
                   *(m for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                     for m in reader.mentions_for(p))] if passive else
                  [m for c in tok.children if c.dep_ == "nsubj" for m in reader.mentions_for(c)] or (  # ('X opened an inquiry into Y
                      reader._inherited_subjects(tok)[0] if tok.dep_ == "conj" else []))  # and appointed an interim manager')
    elif lemma in rule.get("nouns", ()) and tok.pos_ == "NOUN":  # 'X confirmed the appointment of a new chair'
        said = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        carrier = tok.head if tok.dep_ == "dobj" else None
        bodies = [m for c in (carrier.children if carrier is not None else ()) if c.dep_ == "nsubj" for m in reader.mentions_for(c)]
        if not said and carrier is not None and any(c.dep_ in {"nummod", "amod"} for c in tok.children):  # 'X has made two
            return [(m, coref) for m, coref in bodies if m.entity is not None and m.entity.type == "Organisation"], [tok]  # senior appointments'
    else:
        return [], []
    said = [p for p in said if _unnamed_post(reader, p, rule, posts)]
    return [(m, coref) for m, coref in bodies if said and m.entity is not None and m.entity.type == "Organisation"], said


def _counted(said: list) -> int:
    """How many posts an announcement names: 'two senior appointments' two (its number, in words or figures), else one."""
    numbers = [c for p in said if p.tag_ == "NNS" for c in p.children if c.dep_ == "nummod"]
    return next((n for c in numbers if (n := COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)) and 1 < n < 10), 1)


def _taken_at(reader: RelationReader, verb: Token) -> list:
    """The bodies a verb of taking up a post names as where it is taken: 'will take up the role at Y', 'will join Y' (a
    verb whose object is the body: 'announced-appointee' 'body_objects')."""
    joined = set(reader.structure.structural.get("announced-appointee", {}).get("body_objects", ()))
    return [m for m in [*reader._prep_objects(verb, {"at"}), *(x for c in verb.children if c.dep_ == "dobj" for x in [
        *reader._prep_objects(c, {"at"}), *(reader.mentions_for(c) if verb.lemma_ in joined else ())])]
            if m[0].entity is not None and m[0].entity.type == "Organisation"]


def _joined_people(doc: Doc, m: Mention, tok2ment: dict[int, Mention]) -> list[Mention]:
    """The people joined to *m* by 'and' ('Dr Helen Akers and James Whitfield joined on 1 May')."""
    return [x for c in mention_root(doc, m).conjuncts if (x := tok2ment.get(c.i)) is not None and x.entity is not None
            and x.entity.type == "Person" and x.entity is not m.entity]


def _unnamed_post(reader: RelationReader, tok: Token, rule: dict, posts: set[str]) -> bool:
    """'a new chief executive', 'an interim chair': a post word, not a name, that is new or indefinite."""
    if tok.i in reader.tok2ment or tok.pos_ not in {"NOUN", "PROPN"} or not is_post(tok, posts):
        return False  # ('a new Chair of X': capitalised as a title)
    marks = {c.lower_ for c in tok.children if c.dep_ in {"det", "amod"}}
    return bool(marks & set(rule.get("new_words", ())))


def _taker(doc: Doc, sent: Span, tok2ment: dict[int, Mention], verbs: set[str], states: set[str] = frozenset(),
           nouns: set[str] = frozenset(), appointing: set[str] = frozenset(), posts: set[str] = frozenset()) -> Mention | None:
    """The first person in *sent* who is the subject of a verb of taking up a post ('will join', 'took up'), or of a
    verb that such a verb completes ('was chosen to take over'), or who 'will be' one of *states* ('responsible for …'),
    or whom 'this/the' of *nouns* names ('This appointment of Jo Bloggs follows …'), or who has been appointed by no one
    the sentence names ('X has been appointed as interim manager', after 'Y appointed an interim manager'), or who is
    set beside 'the' and the announced post's noun (*posts*: 'The new chief executive, Jo Bloggs, has …')."""
    for tok in span_tokens(sent):
        m = tok2ment.get(tok.i)
        if m is None or m.entity is None or m.entity.type != "Person" or tok.i != m.start:
            continue
        root = mention_root(doc, m)
        if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in appointing and not any(c.dep_ == "agent" for c in root.head.children) or (
                root.dep_ in {"appos", "conj"} and root.head.i == m.start - 2 and doc[m.start - 1].text == ","  # (or read as a list)
                and root.head.lemma_.lower() in posts and any(c.lower_ == "the" for c in root.head.children)):
            return m
        if root.dep_ in {"nsubj", "nsubjpass"} and (root.head.lemma_.lower() in verbs or any(  # ('has been selected to take
                c.dep_ == "xcomp" and c.lemma_.lower() in verbs or c.dep_ == "acomp" and root.head.lemma_ == "be"
                and c.lower_ in states for c in root.head.children) or any(  # over the role', 'will be responsible for')
                c.dep_ == "ccomp" and c.lemma_.lower() in verbs and any(g.dep_ == "nsubj" and g.lower_ in {"he", "she", "they"}
                                                                         for g in c.children) for c in root.head.children)):
            return m  # ('X said that she will be taking up the post')
        noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if noun is not None and noun.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in {"this", "the"} for c in noun.children):
            return m
    return None


def predecessors(doc: Doc, sents: list[Span], tok2ment: dict[int, Mention], lex: RelationRules,
                 reader_for: Callable[[Span], RelationReader], found: dict) -> Iterator[Relation]:
    """'Kelby Trust has appointed X as chief executive. X will succeed Y, who retires in May', '… take over from Y, the
    outgoing chief executive', '… as chair following the resignation of Y': the one a person succeeds (patterns.json
    'role-copula' 'succession_verbs'), or whose leaving ('vacating_nouns') the appointment follows, held the post before, at the one body the article (*found*, its relations so far) says appointed the successor or appointed
    them to a post at, or says the successor holds a post at ('X takes over as chief constable of Z, succeeding Y'), where the
    sentence itself names no post or body for Y."""
    copula, rule = lex.structure.structural.get("role-copula", {}), lex.structure.structural.get("announced-appointee", {})
    spec, succeeding = lex.specs.get(copula.get("predicate", "")), set(copula.get("succession_verbs", ()))
    vacating = set(copula.get("vacating_nouns", ()))
    if spec is None:
        return
    held = [(r.subject, r.object) for r in list(found.values()) if (  # (appointed to a post at Y, or by Y)
        r.predicate == spec.predicate and r.rule.startswith("appointed-post")) or r.predicate == rule.get("predicate")]
    held = [(person, body) for a, b in held for person, body in [(a, b) if a.type == "Person" else (b, a)]]
    stated = [(r.subject, r.object, r.start) for r in list(found.values()) if r.predicate == spec.predicate and r.rule.startswith("role-copula")
              and all(r.subject is not person for person, _ in held)]  # (a post the succeeding sentence says is held: 'X takes over
    for k, sent in enumerate(sents if held or stated else ()):  # as chief constable of Z, succeeding Y'; not one held elsewhere before)
        here = [*held, *((p, b) for p, b, at in stated if sents[max(k - 1, 0)].start_char <= at < sent.end_char)]  # (or the one before:
        # 'X is chief executive of Z. She took over from Y in 2022')
        for tok in doc_tokens(doc)[sent.start:sent.end]:
            before = tok2ment.get(tok.i)
            if before is None or before.entity is None or before.entity.type != "Person" or mention_root(doc, before).i != tok.i:
                continue
            via = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" else tok  # ('from the chief executive Y')
            verb = via.head.head if via.dep_ == "pobj" and via.head.lower_ == "from" else tok.head
            if verb.i != tok.head.i and verb.dep_ == "dobj" and verb.lemma_.lower() in set(copula.get("post_nouns", ())):
                verb = verb.head  # 'will take over the role from Y': 'from' hung on the post's noun
            if vacated := tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in vacating:
                verb = tok.head.head  # 'appointed X as chair following the resignation of Y': the verb the phrase hangs on
                while verb.head.i != verb.i and (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "prep"):  # (not past the root)
                    verb = verb.head
            named = tok.dep_ == "appos" and tok.head.lemma_.lower() in set(copula.get("predecessor_nouns", ())) and any(  # ('her
                c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.head.children)  # predecessor, Y, left …': the one appointee's)
            if not (vacated or named or tok.dep_ == "dobj" and succession(verb) in succeeding or verb.i != tok.head.i
                    and succession(verb) + " from" in succeeding):
                continue
            reader = reader_for(sent)
            doer = verb.head if verb.dep_ in {"advcl", "conj", "xcomp"} and not any(c.dep_ == "nsubj" for c in verb.children) else verb  # ('appointed
            # X to succeed Y': X, the object of the verb above)
            after = next((found for deps in ({"nsubj", "nsubjpass"}, {"dobj"}) if (found := [  # (', taking over from Y': the clause's
                m for c in doer.children if c.dep_ in deps for m, _ in reader.mentions_for(c) if m.entity is not None  # subject, or the
                and m.entity.type == "Person"])), [])  # one its body appointed: 'X has named Z as its director, replacing Y')
            people = {id(m.entity) for m in after} | ({id(p) for p, _ in here} if named and len({id(p) for p, _ in here}) == 1 else set())
            bodies = {id(body): body for person, body in here if id(person) in people and body.type == "Organisation"}
            onward = any(t.dep_ in {"advcl", "xcomp"} and t.lemma_ in set(copula.get("taken_up_verbs", ())) for c in tok.children if c.dep_ == "relcl" for t in c.subtree)
            if len(bodies) != 1 or not onward and any(person is before.entity for person, _ in here):
                continue  # (a successor placed at two bodies, or a predecessor whose own post is stated, not one moving on: 'Y, who leaves to become …')
            body = next(iter(bodies.values()))
            head, _, owner = body.name.partition(" of ")  # 'The Council of the University of X' appointed: the post is X's
            owner = owner.removeprefix("the ") if head.removeprefix("The ") in rule.get("governing_bodies", ()) else None
            at = next((m for m in tok2ment.values() if m.entity is not None and m.entity.name == owner), None) or next(
                (m for m in tok2ment.values() if m.entity is body), None)
            if at is not None:
                yield from reader.emit(spec, tok, [(before, False)], [(at, True)], "predecessor")
