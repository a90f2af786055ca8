"""Repairs to the statistical parse that the readers rely on: in 'The ICO has decided to fine Kelby Council £40,000'
and 'the regulator's decision to fine X' the small model reads 'fine' as an adjective and 'to' as a preposition; the
words are read again as an infinitive with its objects (patterns.json 'infinitive-repair'). Where it parsed the verb
right but tagged it an adjective, the tag is mended; and 'a £25m fine' read as a sum and an adjective is a noun with
its sum. Runs right after the parser, before the attribute ruler and the lemmatizer, so the word's part of speech and
lemma follow its new tag. A name the parser cut off after a post's bracketed initials ('Deputy Chief Fire Officer (DCFO)
Sam Patel') is joined to the post, and an object repeated after 'and' that the parser joined to the verb ('a fine …
on A and a fine … on B') is joined to the first, and
a participle complementing 'be' with its own 'by' phrase ('X is part-funded by Y') is read as the passive it is, and
'with' or 'for' before a name and an infinitive ('working with Y to tackle Z') as the verb's (or its object's) phrase, and the subject of
a verb's object predicate ('rated it inadequate') as the verb's object; a post set off after a name but hung on a word
before it ('go to Noor Kaur, lead adviser at X') is the name's apposition; and a contract's recipient the parser hung
on its purpose ('awarded a contract to run its centres to X') is the award's; a name joined to an object right
before a verb of its own ('gave £2m to A and B gave £1m') is that verb's subject, and a name opening a sentence
that the parser made a root of its own before 'and' and the verb's subject is that subject's conjunct; a name set off
after a post's phrase ('The coroner for Barset, Mark Edwards,') is the post's apposition, and a 'by' phrase the parser hung
on a passive's complement ('appointed chief social worker by X') the passive's agent (one on an active verb: extract.agent_repair,
which also puts the parse back as it came if the repairs left a loop of heads). Imports vocab, resolve (a sum's scale words), extract.word_repairs and extract.agent_repair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from ..resolve import SCALE_WORDS
from ..vocab.lexicon import structure_rules
from .agent_repair import agents_of_active_verbs, loop_free
from .word_repairs import repair_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REPAIR_FACTORY = "kg_infinitive_repair"
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})


class InfinitiveRepair:
    """'to fine X £N' parsed as a preposition and an adjective: 'fine' becomes the verb of an infinitive clause
    on the verb or noun before 'to' (xcomp or acl), 'to' its marker, the name its object, and a sum the parser
    hung on the verb or noun before it a second object, as the parser reads 'plans to fine X £N'."""

    def __init__(self, words, posts=()) -> None:
        self.words = frozenset(words)
        self.posts = frozenset(posts)
        self._hashes: list[int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import DEP, HEAD, LOWER, ORTH

        if not self.words or len(doc) < 3:
            return doc
        self._hashes = self._hashes if self._hashes is not None else [doc.vocab.strings.add(w) for w in self.words]
        lower, orth, heads, labels = doc.to_array([LOWER, ORTH, HEAD, DEP]).T  # (the words, read once: the repairs change no word)
        for i in numpy.nonzero(numpy.isin(lower, self._hashes))[0].tolist():
            _repair(doc[i])
        _subjects_on_auxiliaries(doc, numpy)
        _repeated_objects(doc, numpy)
        _names_after_initials(doc, numpy, orth)
        repair_words(doc, numpy, orth)
        _hyphen_heads(doc, numpy, orth)
        deps = doc.to_array([DEP]).ravel()  # (read once for the two repairs below, which change no word's label the other reads)
        _set_off_names(doc, numpy, deps)
        _hyphened_passives(doc, numpy, deps)
        _with_before_infinitives(doc, numpy, deps)
        _small_clause_objects(doc, numpy, deps)
        _stray_appositions(doc, numpy, deps)
        _recipients_after_purposes(doc, numpy, deps)
        _subjects_taken_for_conjuncts(doc, numpy, deps)
        _roots_before_subjects(doc, numpy, deps)
        _holders_after_post_phrases(doc, numpy, deps, self.posts)
        _agents_on_complements(doc, numpy, deps)
        agents_of_active_verbs(doc, numpy, deps)
        return loop_free(doc, numpy, heads, labels)  # (the parse as it came, should the repairs have made a loop)


def _names_after_initials(doc: Doc, numpy, orth) -> None:
    """'…, Deputy Chief Fire Officer (DCFO) Sam Patel, and …' split into two sentences after the bracket: where a
    sentence opens with a name right after a bracketed acronym of the capitalised words before it (a post and its
    initials), the name is the post's holder, as the parser reads the words without the bracket; so where the parser
    kept the sentence whole but read the post as the name's modifier, or as an apposition to the name listed before it."""
    for k in numpy.nonzero(orth == doc.vocab.strings.add(")"))[0].tolist():
        if not (3 <= k < len(doc) - 1 and doc[k - 2].text == "(" and doc[k + 1].tag_ == "NNP" and doc[k + 1].is_title
                and _initials_of(doc, k - 3, doc[k - 1].text)):
            continue
        post, name = doc[k - 3], doc[k + 1]
        while name.i + 1 < len(doc) and doc[name.i + 1].tag_ == "NNP" and doc[name.i + 1].is_title:
            name = doc[name.i + 1]
        split = doc[k + 1].is_sent_start
        if split and post.head.i != post.i and not (name.i > post.head.i >= k + 1):
            listed = post.dep_ == "appos" and any(c.dep_ in {"cc", "conj"} for c in name.children)  # ('A, post (P) B, and C')
            name.head, name.dep_ = post.head, "conj" if listed else post.dep_
        if post.head == name or split or (name.dep_ == "conj" and name.head == post.head):  # ('Chief Fire Officer (CFO)
            # Jo Bloggs' read as a modifier; 'A, Deputy Chief Fire Officer (DCFO) B, and C' with the post on A)
            post.head, post.dep_ = name, "compound"


def _hyphen_heads(doc: Doc, numpy, orth) -> None:
    """'Professor A, Vice-Chancellor of Y, said' parsed with the hyphen as the head of the words it joins (an
    apposition whose own apposition is 'Chancellor'): where a hyphen written between two words with no space is the
    head of its hyphened word, the word's last part is, with the other parts on it, as the parser reads a hyphened
    post most of the time."""
    for k in numpy.nonzero(orth == doc.vocab.strings.add("-"))[0].tolist():
        dash = doc[k]
        if not (0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not dash.whitespace_ and doc[k - 1].is_alpha
                and doc[k + 1].is_alpha and dash.dep_ != "punct" and doc[k - 1].head.i != k - 1 and doc[k + 1].head == dash):
            continue
        start, end = k - 1, k + 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # ('Pro-Vice-Chancellor')
        if not start <= dash.head.i < end:
            last = doc[end - 1]
            last.head, last.dep_ = dash.head, dash.dep_
            for t in doc[start:end - 1]:
                t.head, t.dep_ = last, "punct" if t.text == "-" else "compound"
            for c in [c for c in dash.children if not start <= c.i < end]:
                c.head = last
            dash.tag_ = "HYPH"


def _hyphened_passives(doc: Doc, numpy, deps) -> None:
    """'X is part-funded by Y', 'is co-led by Y' parsed as a form of 'be' with a participle as its complement: a past
    participle complementing 'be' with its own 'by' phrase is the passive verb, 'be' its auxiliary and the subject its
    passive subject, as the parser reads 'is funded by Y'."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("acomp"))[0].tolist():
        verb, be = doc[i], doc[i].head
        if verb.tag_ != "VBN" or be.lower_ not in BE_FORMS or not any(c.dep_ == "agent" for c in verb.children):
            continue
        verb.head, verb.dep_ = (verb if be.head.i == be.i else be.head), be.dep_
        for c in [c for c in be.children if c.i != verb.i]:
            c.head = verb
            c.dep_ = "nsubjpass" if c.dep_ == "nsubj" else c.dep_
        be.head, be.dep_ = verb, "auxpass"


def _with_before_infinitives(doc: Doc, numpy, deps) -> None:
    """'X is working closely with Y to tackle Z', 'confirmed a £4m grant for Y to recruit officers' parsed as 'with' or
    'for' opening a clause whose subject is Y: a name after it that is the subject of an infinitive on a verb is the
    'with' (or 'for') phrase of the verb's object right before it, else of the verb, the infinitive the verb's purpose,
    as the parser reads 'working with Y on Z'."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("mark"))[0].tolist():
        word, clause = doc[i], doc[i].head
        if word.lower_ not in {"with", "for"} or clause.dep_ != "advcl" or not clause.head.tag_.startswith("VB") or clause.head.i > i \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        name = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in {"NNP", "NNPS"} and i < c.i < clause.i), None)
        if name is not None:
            noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i == i - 1 and c.tag_.startswith("NN")), None)
            word.head, word.dep_ = noun if noun is not None and word.lower_ == "for" else clause.head, "prep"
            name.head, name.dep_ = word, "pobj"


def _small_clause_objects(doc: Doc, numpy, deps) -> None:
    """'after Ofsted rated it inadequate' parsed with 'it' as the subject of the complement 'inadequate': the subject of
    a verb's object predicate is the verb's object, as the parser reads 'rated the school inadequate'; so is the subject
    of an infinitive after one of the 'infinitive-objects' verbs ('will help Kelby Foodbank to open …'), the infinitive
    then the verb's complement, as the parser reads 'will enable X to expand'."""
    enabling = set(structure_rules().structural.get("infinitive-objects", {}).get("verbs", ()))
    for i in numpy.nonzero(deps == doc.vocab.strings.add("nsubj"))[0].tolist():
        word, complement = doc[i], doc[i].head
        verb = complement.head
        if not (verb.tag_.startswith("VB") and verb.i < i < complement.i and not any(c.dep_ == "dobj" for c in verb.children)):
            continue
        if complement.dep_ == "oprd":
            word.head, word.dep_ = verb, "dobj"
        elif complement.dep_ == "ccomp" and verb.lower_ in enabling and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
            word.head, word.dep_, complement.dep_ = verb, "dobj", "xcomp"


def _stray_appositions(doc: Doc, numpy, deps) -> None:
    """'Applications go to Noor Kaur, lead adviser at Natural England' parsed with 'adviser' in apposition to
    'Applications': a common noun set off by a comma right after a proper name, in apposition to a word before that
    name, is the name's apposition."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("appos"))[0].tolist():
        noun, left = doc[i], doc[i].left_edge.i
        if noun.tag_ not in {"NN", "NNS"} or left < 2 or doc[left - 1].text != "," or doc[left - 2].tag_ not in {"NNP", "NNPS"}:
            continue
        name = doc[left - 2]
        if noun.head.i < name.i and name.head.i != noun.head.i and not any(t.i == noun.i for t in name.ancestors):
            noun.head = name


def _recipients_after_purposes(doc: Doc, numpy, deps) -> None:
    """'has awarded a ten-year contract to run its leisure centres to Places Leisure', 'awarded the contract for its stop
    smoking service to X' parsed with the 'to' phrase inside the contract's purpose: a 'to' phrase naming a capitalised
    name after a verb's object that is a contract (patterns.json 'money-recipients' 'contracts'), hung on a word below
    the verb, is the verb's, when the verb has no 'to' phrase of its own: whom the contract went to."""
    contracts = set(structure_rules().structural.get("money-recipients", {}).get("contracts", ()))
    for i in numpy.nonzero(deps == doc.vocab.strings.add("prep"))[0].tolist():
        word = doc[i]
        if word.lower_ != "to" or not any(c.dep_ == "pobj" and c.text[:1].isupper() for c in word.children):
            continue
        verb = word.head.head
        while verb.head.i != verb.i and not verb.pos_ == "VERB":
            verb = verb.head
        if verb.i == word.head.i or not any(c.dep_ == "dobj" and c.i < i and c.lower_.removesuffix("s") in contracts for c in verb.children) \
                or any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children):
            continue
        word.head = verb


def _subjects_taken_for_conjuncts(doc: Doc, numpy, deps) -> None:
    """'X gave £2m to A and B gave £1m' parsed with B joined to A and 'gave' describing the sum: a joined name right
    before a verb in the past or present tense that has an object and no subject is that verb's subject, and the verb a
    second clause joined to the sentence's verb."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("conj"))[0].tolist():
        word = doc[i]
        verb = doc[i + 1] if i + 1 < len(doc) else None
        if verb is None or word.tag_ not in {"NNP", "NNPS"} or verb.tag_ not in {"VBD", "VBZ"} or verb.dep_ not in {"acl", "relcl"} \
                or any(c.dep_.startswith("nsubj") for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        main = word.head
        while main.head.i != main.i and not main.tag_.startswith("VB"):
            main = main.head
        if not main.tag_.startswith("VB") or main.i > i:
            continue
        word.head, word.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = main, "conj"


def _holders_after_post_phrases(doc: Doc, numpy, deps, posts: frozenset[str]) -> None:
    """'The coroner for Barset, Mark Edwards, has written to X' parsed with the name in apposition to the place: a
    proper name set off by commas after a post's 'for/of/at' phrase, in apposition to that phrase's noun, is the
    post's apposition (its holder), as the readers of a subject look for it; so is one ending its sentence that the parser
    hung on a verb after the post its object names ('… had appointed a new director of operations, Natalie Brooks.')."""
    for i in numpy.nonzero(numpy.isin(deps, [doc.vocab.strings.add(d) for d in ("appos", "npadvmod")]))[0].tolist():
        name, place = doc[i], doc[i].head
        prep, before = place.head, doc[name.left_edge.i - 2] if name.left_edge.i > 1 else name
        post = before.head.head if before.dep_ == "pobj" and before.head.lower_ == "of" else before  # ('director of operations')
        if name.dep_ == "npadvmod" and name.tag_ == "NNP" and doc[name.left_edge.i - 1].text == "," and post.dep_ == "dobj" \
                and post.lower_ in posts and name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text in {".", "!", "?"}:
            name.head, name.dep_ = post, "appos"
        if name.dep_ != "appos":
            continue
        if name.tag_ not in {"NNP", "NNPS"} or name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != "," or place.dep_ != "pobj" \
                or prep.lower_ not in {"for", "of", "at"} or prep.head.lower_ not in posts or prep.head.tag_ != "NN":
            continue
        name.head = prep.head


def _agents_on_complements(doc: Doc, numpy, deps) -> None:
    """'X has been appointed chief social worker for adults by the Department', 'X has been placed into enhanced
    monitoring by His Majesty's Inspectorate of …' parsed with 'by' on the post or the preposition's noun: a 'by' phrase
    naming a proper noun on the complement of a passive verb, or on the noun of its preposition of place ('into', not
    'following a prosecution by …'), is the verb's agent."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("prep"))[0].tolist():
        by, noun = doc[i], doc[i].head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "into", "on", "onto", "under"} else noun.head
        if by.lower_ == "by" and noun.dep_ in {"oprd", "attr", "pobj"} and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
                and any(c.dep_ == "pobj" and c.tag_ in {"NNP", "NNPS"} for c in by.children) and not any(c.dep_ == "agent" for c in verb.children):
            by.head, by.dep_ = verb, "agent"


def _roots_before_subjects(doc: Doc, numpy, deps) -> None:
    """'Ofsted and HM Inspectorate of Probation criticised X' parsed with the first name a root of its own and 'and'
    on the verb (or a root of its own too): a proper name opening a sentence as a second root, right before 'and' and
    the verb's subject, is that subject's conjunct."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("ROOT"))[0].tolist():
        word = doc[i]
        cc = doc[word.right_edge.i + 1] if word.right_edge.i + 1 < len(doc) else None
        if cc is None or word.tag_ not in {"NNP", "NNPS", "VBN"} or cc.lower_ not in {"and", "&"} or cc.head.i == word.i \
                or (word.left_edge.i > 0 and not doc[word.left_edge.i - 1].is_space) or word.left_edge.i != word.sent.start:
            continue
        subject = next((t for t in doc[cc.i + 1:cc.i + 40] if t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == cc.i + 1), None)
        if subject is not None and subject.head.head.i == subject.head.i and cc.head.i in {subject.head.i, cc.i}:
            word.head, word.dep_ = subject, "conj"
            cc.head, cc.dep_ = subject, "cc"


def _set_off_names(doc: Doc, numpy, deps) -> None:
    """'rated a Blackburn practice, the Kelby Medical Centre, as inadequate' parsed with the name set off by commas
    as the verb's adverbial noun: a proper name between commas right after a verb's common-noun object is that
    object's apposition, as the parser reads it where no 'as' phrase follows."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("npadvmod"))[0].tolist():
        name, verb = doc[i], doc[i].head
        left, right = name.left_edge.i, name.right_edge.i
        if name.tag_ not in {"NNP", "NNPS"} or not verb.tag_.startswith("VB") or left < 2 or right + 1 >= len(doc) \
                or doc[left - 1].text != "," or "," not in {doc[right].text, doc[right + 1].text}:  # (the comma after it may be its own)
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"NN", "NNS"} and c.right_edge.i == left - 2), None)
        if obj is not None:
            name.head, name.dep_ = obj, "appos"


def _initials_of(doc: Doc, end: int, acronym: str) -> bool:
    """Whether *acronym* ('DCFO') is the initials of the capitalised words ending at *end* ('Deputy Chief Fire
    Officer'), small words between them skipped ('Director of Public Health', 'DPH')."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    letters, j = [], end
    while j >= 0 and len(letters) < len(acronym) and (doc[j].is_title or doc[j].lower_ in {"of", "and", "for", "the"}):
        if doc[j].is_title:
            letters.append(doc[j].text[0])
        j -= 1
    return "".join(reversed(letters)) == acronym


def _repeated_objects(doc: Doc, numpy) -> None:
    """'imposed a fine of €51,000 on A and a fine of €27,200 on B' parsed with the second 'fine' joined to the verb:
    a noun joined to a verb whose object is the same noun is that object's second conjunct, as the readers of a
    listed object look for it."""
    from spacy.attrs import DEP

    for i in numpy.nonzero(doc.to_array([DEP]).ravel() == doc.vocab.strings.add("conj"))[0].tolist():
        word = doc[i]
        if word.tag_ in {"NN", "NNS"} and word.head.tag_.startswith("VB") and (first := next((
                c for c in word.head.children if c.dep_ == "dobj" and c.i < i and c.lower_ == word.lower_), None)) is not None:
            word.head = first


def _subjects_on_auxiliaries(doc: Doc, numpy) -> None:
    """'A and B have today (14 Dec) announced …' parsed with the subject on 'have': a subject hung on an auxiliary is
    its verb's, as the readers look for it."""
    from spacy.attrs import DEP, HEAD

    strings = doc.vocab.strings
    deps, heads = doc.to_array([DEP, HEAD]).T.astype("int64")
    heads = heads + numpy.arange(len(doc))
    aux = numpy.isin(deps[heads], [strings.add("aux"), strings.add("auxpass")])
    for i in numpy.nonzero((deps == strings.add("nsubj")) & aux)[0].tolist():
        verb = doc[int(heads[i])].head
        if verb.i != heads[i] and verb.pos_ in {"VERB", "AUX", ""} and verb.i > i:
            doc[i].head = verb


def _repair(word: Token) -> None:
    doc = word.doc
    if word.i == 0 or word.tag_ != "JJ":
        return
    if word.dep_ in {"acl", "xcomp", "advcl", "relcl", "ccomp", "conj"} and any(c.dep_ == "dobj" for c in word.children):
        word.tag_ = "VB"  # ('the decision to fine X £N' parsed right but tagged an adjective; its sum, hung elsewhere, its own)
        _attach_sum(doc, word, next(c for c in word.children if c.dep_ == "dobj"))
        return
    if word.dep_ == "amod" and word.head.i == word.i + 1 and word.head.tag_ == "VBN" and word.head.dep_ in NOMINAL_DEPS:
        _participle_after(word)  # ('was a £12.5m fine slapped on X': the participle read as the noun)
        return
    if doc[word.i - 1].tag_ == "CD" or doc[word.i - 1].lower_ in SCALE_WORDS:
        k = sum_run_end(doc, word.i - 1, -1)  # ('to impose a £25m fine on X': the noun, its sum before it)
        run = range(k, word.i)
        tops = [t for t in doc[k:word.i] if t.head.i not in run or t.head.i == t.i]
        if tops and all(t.dep_ != "ROOT" and t.head.i != word.i for t in tops) and tops[0].head.i not in {t.i for t in word.subtree}:
            above = {tops[0].head.i, *(a.i for a in tops[0].head.ancestors)}  # (a sum above its new head keeps its place:
            word.head, word.dep_, word.tag_ = tops[0].head, tops[0].dep_, "NN"  # no loop in the tree)
            for t in tops:
                if t.i not in above:
                    t.head, t.dep_ = word, "nmod"
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None  # ('… fine on X' with 'on' hung further back)
            if after is not None and after.dep_ == "prep" and after.head.i < word.i and after.i not in above | {a.i for a in word.ancestors}:
                after.head = word
        return
    if word.dep_ not in {"amod", "compound"}:  # (or read as a name's modifier: 'decision to fine | Kelby County Council')
        return
    to, obj = doc[word.i - 1], word.head
    if to.lower_ != "to" or to.dep_ != "prep" or obj.i <= word.i or obj.dep_ != "pobj" or obj.head.i != to.i:
        return
    governor = to.head
    if governor.tag_.startswith("VB"):
        dep = "xcomp"
    elif governor.tag_.startswith("NN"):
        dep = "acl"
    else:
        return
    word.head, word.dep_, word.tag_ = governor, dep, "VB"
    to.head, to.dep_, to.tag_ = word, "aux", "TO"
    obj.head, obj.dep_ = word, "dobj"
    _attach_sum(doc, word, obj)


def _attach_sum(doc: Doc, word: Token, obj: Token) -> None:
    """A sum right after the infinitive's object ('… £40,000' hung on 'decided', on 'decision' or on the main verb) is its
    second object."""
    money = _sum_after(doc, obj.right_edge.i + 1)
    if money is not None and money not in list(word.ancestors) and money.head.i not in range(word.i, obj.right_edge.i + 1):
        money.head, money.dep_ = word, "dobj"


def _participle_after(word: Token) -> None:
    """'a £12.5m fine slapped on X by Y' parsed with 'slapped' as the noun and 'fine' its adjective: 'fine' takes the
    participle's place and the words before it, and the participle becomes a clause on it, its 'by' phrase the doer."""
    part = word.head
    word.head, word.dep_, word.tag_ = (part.head if part.head.i != part.i else word), part.dep_, "NN"
    for t in list(part.children):
        if t.i < word.i:
            t.head = word
    part.head, part.dep_ = word, "acl"
    for t in part.children:
        if t.lower_ == "by" and t.dep_ == "prep":
            t.dep_ = "agent"  # (its doer, as the parser labels a passive participle's 'by')


NOMINAL_DEPS = frozenset({"attr", "dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "oprd"})


def _sum_after(doc: Doc, k: int) -> Token | None:
    """The top word of a sum written at *k* ('£', '10', 'm'): the last of its run of currency, number and scale words
    that the others hang on, or None when no sum starts there."""
    if k >= len(doc) or doc[k].tag_ not in {"$", "CD"}:
        return None
    end = sum_run_end(doc, k, 1)
    top = doc[end]
    while top.head.i in range(k, end + 1) and top.head.i != top.i:
        top = top.head
    return top if top.dep_ != "ROOT" else None


def sum_run_end(doc: Doc, k: int, step: int) -> int:
    """Where a sum's run of currency, number and scale words that *k* is in ends, going *step* (-1 back, 1 on), at
    most four words."""
    j = k
    while 0 <= j + step < len(doc) and abs(j + step - k) < 4 and (doc[j + step].tag_ in {"CD", "$"} or doc[j + step].lower_ in SCALE_WORDS):
        j += step
    return j


@Language.factory(REPAIR_FACTORY)
def make_infinitive_repair(nlp: Language, name: str) -> InfinitiveRepair:
    structural = structure_rules().structural
    return InfinitiveRepair(structural.get("infinitive-repair", {}).get("words", ()),
                            [*structural.get("role-nouns", {}).get("words", ()), *structural.get("holder-repair", {}).get("posts", ())])
