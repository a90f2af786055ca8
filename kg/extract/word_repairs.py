"""Repairs the parser needs around one word, run with the parse repairs (parse_repair calls repair_words), read from
the tags (the parts of speech come later):
- a company's name that ends a sentence with its abbreviation's full stop ('Kelby Council fined Orton Services Ltd.',
  'X is owned by Orton Care Ltd.'): the tokenizer keeps the stop on the word, and the parser takes the word for the
  sentence's own full stop; the word is the name's head in the role the word before the name leaves open (a
  preposition's object, or the verb's direct object; patterns.json 'stopped-names');
- a currency's code before a sum ('EUR 900,000') is tagged as its sign, so sums read alike in any currency;
- a participle read as a noun after another ('a care home run by X', read as a 'home run'): a noun with a 'by' agent of
  its own is a participle describing the noun before it;
- a past tense with a subject of its own read as a modifier of the name after it ('Ofsted placed Kelby School in special
  measures', the name the sentence's root) is the sentence's verb and the name its object;
- a present tense read as a plural noun modifying the object after it ('Kelby Council commissions support from X', the
  object the root with the name its subject) is the verb, the noun its object;
- a relative pronoun the parser made a second subject ('X, which Ofsted rated outstanding,') is the verb's object;
- a name the parser joined to the post before it, with a post of its own after it ('appointed A as finance director and
  B as director of operations'), is the verb's second object;
- the nouns the parser hung on a rating as its modifiers ('rated Barset Court care home inadequate') are the verb's
  object (patterns.json 'ratings');
- an inspectorate's grade after a preposition read as a verb and its object ('moved from requires improvement to good')
  is one noun, the preposition's object;
- a sum given 'to' a count of bodies, read as a range ('handed £450,000 to 12 charities' as '£450,000 to 12'): the 'to' is
  the verb's preposition and the bodies its object;
- a sum's scale word read as an auxiliary of the verb after it ('£1.1m went to X', 'm' an auxiliary of 'went'): the
  sum's head and the verb's subject;
- a name set off after a preposition's object that describes it ('working with its partner trusts, A and B') hung on the
  verb above: the object's apposition;
- the second name of a list after 'of' read as the apposition of the noun before 'of' ('Leaders of A, B and C have
  signed …'): the first name's conjunct;
- 'Thanks' read as the subject of the verb after its phrase ('Thanks to a grant from X, Y has bought …', Y the
  apposition of X): Y is the subject;
- a name set off by the comma that ends an opening phrase, read as the apposition of a noun inside that phrase, right
  before a verb with no subject ('In signing the agreement with X, A and B seek …'): the verb's subject;
- a clause after 'after', 'before' or 'since' read as the preposition's object and a second verb of the sentence ('X was
  ordered to improve after an inspection in May found failings in Y', 'found' joined to 'ordered'): the noun is the
  subject of its own verb, the clause's, which the conjunction introduces;
- a verb's object with a sum before it read as a clause of its own ('agreed a £3m deal with X to build …', the sum's
  scale word taken for the clause's verb): the verb's object, the scale word the sum's;
- the two words of a kind of body read as a verb and an adverb after a name ('Meadow View care home in Barset has been
  rated …'): they are one noun, the name its modifier (patterns.json 'kind-compounds').
Imports vocab and resolve (the currency codes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..resolve import CURRENCY_CODES, SCALE_WORDS
from ..vocab.lexicon import structure_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
RATED = frozenset({"rated", "graded", "judged", "ranked", "deemed"})  # (participles a grade follows: 'rated requires improvement')
DESCRIBERS = frozenset({"det", "amod", "compound", "poss", "nummod"})  # (the words before a noun that describe it)


def repair_words(doc: Doc, numpy, orth) -> None:
    """Run the repairs below (the labels read once: none of them changes a label another looks for)."""
    from spacy.attrs import DEP

    currency_codes(doc, numpy, orth)
    stopped_names(doc, numpy, orth)
    deps = doc.to_array([DEP]).ravel()
    participles_read_as_nouns(doc, numpy, deps)
    verbs_read_as_modifiers(doc, numpy, deps)
    verbs_read_as_compounds(doc, numpy, deps)
    relatives_read_as_subjects(doc, numpy, deps)
    objects_joined_to_posts(doc, numpy, deps)
    objects_read_as_ratings_modifiers(doc, numpy, deps)
    sums_read_as_ranges(doc, numpy, deps)
    scales_read_as_auxiliaries(doc, numpy, deps)
    names_hung_past_their_noun(doc, numpy, deps)
    lists_read_as_appositions(doc, numpy, deps)
    thanks_read_as_subjects(doc, numpy, deps)
    subjects_read_as_appositions(doc, numpy, deps)
    clauses_read_as_phrases(doc, numpy, deps)
    objects_read_as_clauses(doc, numpy, deps)
    kinds_read_as_verbs(doc, numpy, orth)
    ratings_read_as_clauses(doc, numpy, orth)


def ratings_read_as_clauses(doc: Doc, numpy, orth) -> None:
    """'moved from requires improvement to good', 'was downgraded to requires improvement': the inspectorates' grade read
    as a verb with its object; after a preposition (or a 'to' read as an infinitive's) the two words are one noun, the
    preposition's object, and a 'to' hung on it is the verb's that the first preposition is on ('from … to good')."""
    forms = [doc.vocab.strings.add(w) for w in ("requires", "Requires")]
    for i in numpy.nonzero(numpy.isin(orth, forms))[0].tolist():
        if i < 1 or i + 1 >= len(doc) or doc[i + 1].lower_ != "improvement" or doc[i - 1].lower_ not in {"from", "to", "as", *RATED}:
            continue
        prep, verb, noun = doc[i - 1], doc[i], doc[i + 1]
        if prep.lower_ in RATED:  # ('was rated requires improvement by X': the grade is the participle's complement)
            if verb.head.i == prep.i and noun.head.i == verb.i:
                for c in [c for c in (*noun.children, *verb.children) if c.i > noun.i]:
                    c.head = prep
                noun.head, noun.dep_ = prep, "oprd"
                verb.head, verb.dep_, verb.tag_ = noun, "compound", "NN"
            continue
        if verb.dep_ == "ROOT" or noun.head.i != verb.i or (prep.dep_ == "prep" and prep.head.i == verb.i):
            continue  # (a grade the parser read right, or 'X requires improvement' as the sentence's verb)
        owner = prep.head if prep.dep_ == "prep" else verb.head
        top = next((a for a in verb.ancestors if a.dep_ == "ROOT"), None)
        for said in [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < prep.i] if top is not None else []:
            said.head, said.dep_ = top, "dobj"  # ('downgraded X School from good to requires improvement', X read as its subject)
        if owner.i == verb.i or any(a.i == verb.i for a in owner.ancestors):
            continue  # (the grade's words still above where they would go: no repair that would make a loop)
        for c in [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i] + [
                c for c in verb.children if c.i > noun.i]:  # (and what the parser hung on the grade's verb: 'by Ofsted')
            c.head = owner
        if prep.dep_ != "prep":
            prep.head, prep.dep_, prep.tag_ = owner, "prep", "IN"
        noun.head, noun.dep_ = prep, "pobj"
        verb.head, verb.dep_, verb.tag_ = noun, "compound", "NN"


def currency_codes(doc: Doc, numpy, orth) -> None:
    """'EUR 900,000': a currency's code before a number is tagged as its sign."""
    codes = [doc.vocab.strings.add(c) for c in CURRENCY_CODES]
    for i in numpy.nonzero(numpy.isin(orth, codes))[0].tolist():
        if i + 1 < len(doc) and doc[i + 1].tag_ == "CD":
            doc[i].tag_ = "$"


def stopped_names(doc: Doc, numpy, orth) -> None:
    """Give a sentence-final abbreviation the parser read as punctuation the role the word before its name leaves open."""
    hashes = [doc.vocab.strings.add(w) for w in structure_rules().structural.get("stopped-names", {}).get("words", ())]
    for k in numpy.nonzero(numpy.isin(orth, hashes))[0].tolist():
        word = doc[k]
        if word.dep_ != "punct" or not any(c.dep_ == "compound" for c in word.children) or word.left_edge.i == 0:
            continue
        before = doc[word.left_edge.i - 1]
        if before.tag_ == "IN" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children):
            word.head, word.dep_ = before, "pobj"  # ('is owned by Orton Care Ltd.')
        elif before.i == word.head.i and before.tag_.startswith("VB") and not any(c.dep_ in {"dobj", "attr"} for c in before.children):
            word.dep_ = "dobj"  # ('fined Orton Services Ltd.')


def participles_read_as_nouns(doc: Doc, numpy, deps) -> None:
    """'a care home run by X' parsed as a noun 'run' with 'home' its modifier: the noun before takes the phrase's place
    and its describing words, and 'run' is a participle describing it."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("agent"))[0].tolist():
        word = doc[k].head
        noun = doc[word.i - 1] if word.i > 0 else word
        if word.tag_ != "NN" or word.dep_ == "ROOT" or noun.head.i != word.i or noun.dep_ != "compound" or noun.tag_ not in {"NN", "NNS"}:
            continue
        noun.head, noun.dep_ = word.head, word.dep_
        for c in [c for c in word.children if c.dep_ in DESCRIBERS and c.i < noun.i]:
            c.head = noun
        word.head, word.dep_, word.tag_ = noun, "acl", "VBN"


def verbs_read_as_modifiers(doc: Doc, numpy, deps) -> None:
    """'Ofsted placed Kelby School in special measures' parsed with 'placed' a modifier of 'School', the root: a past
    tense read as a modifier that has a subject of its own (or opens its sentence after a capitalised word), of a proper
    noun that is its sentence's root, is the root, the noun its object and the noun's prepositions after it the verb's."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("amod"))[0].tolist():
        verb, noun = doc[k], doc[k].head
        opener = doc[k - 1] if k and doc[k - 1].is_sent_start and doc[k - 1].is_title and doc[k - 1].head.i == noun.i else None
        subject = any(c.dep_ == "nsubj" for c in verb.children)
        if verb.tag_ not in {"VBD", "VBN"} or noun.dep_ != "ROOT" or noun.tag_ not in ({"NNP", "NNPS"} | ({"NN", "NNS"} if subject else set())) \
                or noun.i < k or not (opener is not None or subject):  # ('A and B agreed contract terms': a common noun, the verb's subject its own)
            continue
        if opener is not None:  # ('Ofsted placed …' opening a text: the name, tagged a verb too, the subject)
            opener.head, opener.dep_ = verb, "nsubj"
        after = [c for c in noun.children if c.i > noun.i and c.dep_ in {"prep", "punct"}]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
        for child in after:
            child.head = verb


def verbs_read_as_compounds(doc: Doc, numpy, deps) -> None:
    """'Kelby Council commissions support from X' parsed with 'commissions' a plural noun modifying 'support', the root,
    and the name the root's subject: a plural common noun right after its sentence's subject, modifying the common noun
    that is the root, is the present tense of a verb, the root its object and the root's other dependents its (not in
    the headline, whose words the headline repair reads)."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("compound"))[0].tolist():
        verb, noun = doc[k], doc[k].head
        if verb.tag_ != "NNS" or noun.dep_ != "ROOT" or noun.tag_ not in {"NN", "NNS"} or noun.i != k + 1 or not verb.is_lower \
                or k < next((t.i for t in doc if "\n" in t.text), 0):  # (not in a headline: 'Kelby Council fines policy')
            continue
        subject = next((c for c in (*verb.children, *noun.children) if c.dep_ == "nsubj" and c.i < k), None) or (  # (on either, or
            doc[k - 1] if k and doc[k - 1].tag_ in {"NNP", "NNPS"} and doc[k - 1].head.i == k and not any(  # a name made its
                t.tag_.startswith("VB") or t.tag_ == "MD" for t in noun.sent) else None)  # modifier in a sentence with no verb)
        if subject is None or subject.right_edge.i + 1 != k:
            continue
        verb.tag_ = "VBZ"
        subject.head, subject.dep_ = verb, "nsubj"
        for child in [c for c in noun.children if c.i != k and (c.i < k or c.dep_ in {"prep", "punct", "advmod", "cc", "conj"})]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"


def relatives_read_as_subjects(doc: Doc, numpy, deps) -> None:
    """'Orton Park School, which Ofsted rated outstanding': a relative pronoun read as a subject of a relative clause
    whose verb has another subject after it is the verb's object."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("relcl"))[0].tolist():
        verb = doc[k]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[0].tag_ in {"WDT", "WP"} and subjects[0].i < subjects[1].i and not any(
                c.dep_ == "dobj" for c in verb.children):
            subjects[0].dep_ = "dobj"


def objects_joined_to_posts(doc: Doc, numpy, deps) -> None:
    """'appointed A as finance director and B as director of operations' parsed with B joined to 'director' (or to the
    post's field: 'A as cabinet member for housing and B as …'): a proper name joined to the object of 'as', or to a
    word in its phrases, and followed by an 'as' of its own is joined to the verb's object instead."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("conj"))[0].tolist():
        name, post = doc[k], doc[k].head
        while post.dep_ == "pobj" and post.head.lower_ != "as" and post.head.head.dep_ == "pobj" and post.head.head.i < post.i:
            post = post.head.head  # ('… as cabinet member for | housing')
        verb = post.head.head if post.dep_ == "pobj" and post.head.lower_ == "as" else None
        first = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None and verb.tag_.startswith("VB") else None
        if first is None or name.tag_ != "NNP" or first.tag_ != "NNP" or not (k + 1 < len(doc) and doc[k + 1].lower_ == "as"):
            continue
        name.head = first
        if doc[k + 1].head.i in {verb.i, post.i}:
            doc[k + 1].head = name  # (its own post: 'B | as director of operations')


def objects_read_as_ratings_modifiers(doc: Doc, numpy, deps) -> None:
    """'Inspectors rated Barset Court care home inadequate' parsed with the nouns before the complement 'inadequate'
    as its modifiers: where the complement of a verb with no object is a one-word rating (patterns.json 'ratings')
    whose words before it are all nouns (and their article), the last noun is the verb's object, the rest its words."""
    rating_re = structure_rules().rating_re
    for k in numpy.nonzero(deps == doc.vocab.strings.add("oprd"))[0].tolist():
        rating, verb = doc[k], doc[k].head
        words = doc[rating.left_edge.i:k]
        if not ((found := rating_re.match(rating.text)) and found.end() == len(rating.text)) or not words or verb.i >= words.start \
                or any(c.dep_ == "dobj" for c in verb.children) or not all(t.tag_ in NOUN_TAGS or t.tag_ == "DT" for t in words):
            continue
        modifier = words[-1]
        modifier.head, modifier.dep_ = verb, "dobj"
        for t in words[:-1]:
            t.head, t.dep_ = modifier, "det" if t.tag_ == "DT" else "compound"


def sums_read_as_ranges(doc: Doc, numpy, deps) -> None:
    """'handed £450,000 to 12 charities', 'contracts worth £40m to six providers' parsed with '£450,000 to 12' a range
    on the plural noun: a 'to' between a sum and a count of a plural noun, below a verb, is that verb's preposition, the
    noun its object and the sum where the noun was."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("quantmod"))[0].tolist():
        to = doc[k]
        noun = doc[k + 1].head if k + 1 < len(doc) else to
        ranged = {noun.i, k + 1}  # (the range hung on the noun or on its count)
        sign = next((j for j in range(k - 1, max(k - 4, 0), -1) if doc[j].tag_ == "$"), None)  # ('£40m', '£ 450,000': no entities yet)
        if to.lower_ != "to" or sign is None or doc[k + 1].tag_ != "CD" or noun.tag_ != "NNS" or to.head.i not in ranged \
                or noun.i <= k + 1 or doc[k - 1].head.i not in ranged:
            continue
        verb = next((a for a in noun.ancestors if a.tag_.startswith("VB")), None)
        if verb is None:
            continue
        sum_head, place = doc[k - 1], (noun.head, noun.dep_)
        to.head, to.dep_ = verb, "prep"
        sum_head.head, sum_head.dep_ = place
        for t in doc[sign:k - 1]:
            if t.head.i in ranged:
                t.head = sum_head
        noun.head, noun.dep_ = to, "pobj"


def scales_read_as_auxiliaries(doc: Doc, numpy, deps) -> None:
    """'A further £1.1m went to X' parsed with 'm' an auxiliary of 'went': a scale word right after a number, read as an
    auxiliary of a verb after it that has no subject, is the sum's head and that verb's subject."""
    strings = doc.vocab.strings
    for k in numpy.nonzero(numpy.isin(deps, [strings.add("aux"), strings.add("auxpass")]))[0].tolist():
        word, verb = doc[k], doc[k].head
        if word.lower_ not in SCALE_WORDS or k == 0 or doc[k - 1].tag_ != "CD" or verb.i <= k \
                or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" and c.i != k for c in verb.children)
        word.dep_, word.tag_ = "nsubjpass" if passive else "nsubj", "NN"


def names_hung_past_their_noun(doc: Doc, numpy, deps) -> None:
    """'X will keep working with its partner trusts, A and B' parsed with A the object (or apposition) of the verb
    above 'with': a proper name set off by a comma right after a preposition's object noun with its determiner (the
    kind the name is one of), hung on a verb that noun hangs below and ending the clause, is that noun's apposition."""
    strings = doc.vocab.strings
    for i in numpy.nonzero(numpy.isin(deps, [strings.add(d) for d in ("appos", "dobj", "npadvmod", "dep")]))[0].tolist():
        name, verb = doc[i], doc[i].head
        left, right = name.left_edge.i, name.right_edge.i
        noun = doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None
        if noun is None or name.tag_ not in {"NNP", "NNPS"} or not verb.tag_.startswith("VB") or noun.tag_ not in {"NN", "NNS"} \
                or noun.dep_ != "pobj" or noun.right_edge.i != noun.i or verb not in noun.ancestors \
                or not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children) or (right + 1 < len(doc) and not doc[right + 1].is_punct):
            continue
        name.head, name.dep_ = noun, "appos"


def lists_read_as_appositions(doc: Doc, numpy, deps) -> None:
    """'Leaders of A, B and C have signed …' parsed with B (and C, joined to it) in apposition to 'Leaders': a proper
    name set off by a comma right after the proper name that ends a plural noun's 'of' phrase, in apposition to that
    noun and with a conjunct of its own, goes on the list the 'of' phrase opens."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("appos"))[0].tolist():
        name, noun = doc[i], doc[i].head
        left = name.left_edge.i
        first = doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None
        if first is None or noun.tag_ not in {"NNS", "NNPS"} or name.tag_ not in {"NNP", "NNPS"} or first.tag_ not in {"NNP", "NNPS"} \
                or first.dep_ != "pobj" or first.head.lower_ != "of" or first.head.head.i != noun.i or noun.i > first.i \
                or not any(c.dep_ == "conj" for c in name.children):
            continue
        name.head, name.dep_ = first, "conj"


def thanks_read_as_subjects(doc: Doc, numpy, deps) -> None:
    """'Thanks to a grant from X, Y has bought new tools' parsed with 'Thanks' the subject of 'bought' and Y in
    apposition to X: the proper name set off by the comma that ends the 'thanks to' phrase is the verb's subject, and
    'Thanks' an adverbial phrase on the verb."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("nsubj"))[0].tolist():
        word, verb = doc[k], doc[k].head
        if word.lower_ != "thanks" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children) or verb.i <= k:
            continue
        first = min([a.i for a in verb.children if a.dep_ in {"aux", "auxpass"}] + [verb.i])  # (the verb's first word)
        names = [t for t in word.subtree if t.dep_ == "appos" and t.tag_ in {"NNP", "NNPS"} and doc[t.left_edge.i - 1].text == ","
                 and t.right_edge.i + 1 == first]
        if names:
            names[-1].head, names[-1].dep_ = verb, "nsubj"
            word.dep_ = "npadvmod"


def subjects_read_as_appositions(doc: Doc, numpy, deps) -> None:
    """'In signing the agreement with X, A and B seek to …' parsed with A (and B, joined to it) in apposition to X and
    'seek' left with no subject: a proper name set off by the comma that closes a phrase opening the verb's clause, in
    apposition to a word inside that phrase and ending right before the verb (or its first auxiliary), is its subject."""
    for i in numpy.nonzero(deps == doc.vocab.strings.add("appos"))[0].tolist():
        name = doc[i]
        left, right = name.left_edge.i, name.right_edge.i
        if name.tag_ not in {"NNP", "NNPS"} or left < 2 or doc[left - 1].text != "," or right + 1 >= len(doc):
            continue
        verb = doc[right + 1].head if doc[right + 1].dep_ in {"aux", "auxpass"} else doc[right + 1]
        if not verb.tag_.startswith("VB") or verb.tag_ in {"VBG", "VBN"} and verb.i == right + 1 \
                or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            continue
        opening = next((c for c in verb.children if c.i < left - 1 and c.left_edge.i == verb.sent.start and c.dep_ in {"prep", "advcl", "npadvmod"}), None)
        if opening is not None and opening.left_edge.i <= name.head.i <= opening.right_edge.i:
            name.head, name.dep_ = verb, "nsubj"


def clauses_read_as_phrases(doc: Doc, numpy, deps) -> None:
    """'X was ordered to improve after an Ofsted inspection in May found failings in Y's services' parsed with 'after an
    Ofsted inspection in May' a phrase and 'found' a verb joined to 'ordered' with no 'and': a past tense with no subject
    right after the object of 'after', 'before' or 'since' is that clause's verb, the object its subject."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("conj"))[0].tolist():
        verb = doc[k]
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in verb.children) \
                or doc[k - 1].lower_ in {"and", "or", "but", ","}:
            continue
        noun = next((t for t in doc[verb.head.i:k] if t.dep_ == "pobj" and t.right_edge.i == k - 1 and t.head.lower_ in {"after", "before", "since"}), None)
        if noun is None or noun.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        prep = noun.head
        verb.head, verb.dep_ = prep.head, "advcl"
        prep.head, prep.dep_ = verb, "mark"
        noun.head, noun.dep_ = verb, "nsubj"


def objects_read_as_clauses(doc: Doc, numpy, deps) -> None:
    """'X has agreed a £3m deal with Y to build a new centre' parsed with 'deal' a clause under 'agreed' and the sum's
    scale word ('m') its verb: a common noun read as a clause, with no subject, right after a sum, under a verb with no
    object, is the verb's object, and the scale word a noun of the sum."""
    for k in numpy.nonzero(deps == doc.vocab.strings.add("ccomp"))[0].tolist():
        noun, verb = doc[k], doc[k].head
        scale = doc[k - 1] if k > 1 else None
        if noun.tag_ not in {"NN", "NNS"} or scale is None or scale.lower_ not in SCALE_WORDS or not scale.tag_.startswith("VB") \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in noun.children) or any(c.dep_ == "dobj" for c in verb.children):
            continue
        noun.dep_ = "dobj"
        scale.tag_ = "NN"


def kinds_read_as_verbs(doc: Doc, numpy, orth) -> None:
    """'Meadow View care home in Barset has been rated inadequate' tagged with 'care' a verb and 'home' an adverb: the two
    words of a kind of body (patterns.json 'kind-compounds') that the tagger did not read as nouns are one noun, the
    second its head in the first's place, the words hung on the first (the name before them, its phrases) on it."""
    pairs = {tuple(p.split()) for p in structure_rules().structural.get("kind-compounds", {}).get("words", ())}
    firsts = [doc.vocab.strings.add(a) for a, _ in pairs]
    for k in numpy.nonzero(numpy.isin(orth[:-1], firsts))[0].tolist():  # (the kinds' first words, as written in lower case)
        first, kind = doc[k], doc[k + 1]
        if (first.text, kind.lower_) not in pairs or kind.tag_ in NOUN_TAGS or first.tag_ in NOUN_TAGS:
            continue
        held = [c for c in first.children if c.i != kind.i]
        role = {"ccomp": "dobj", "xcomp": "dobj"}.get(first.dep_, first.dep_)  # (a clause the verb was read to head: its object)
        kind.head, kind.dep_ = (kind, role) if first.head.i == first.i else (first.head, role)
        first.head, first.dep_, first.tag_ = kind, "compound", "NN"
        kind.tag_ = "NNS" if kind.lower_.endswith("s") else "NN"
        for c in held:
            c.head = kind
            if c.i < first.i and c.tag_ in NOUN_TAGS:
                c.dep_ = "compound"  # (the name before: 'Meadow View')
