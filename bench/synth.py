"""Synthetic data shaped like policy-kg's own: articles, entities and relation statements.

Two forms: `extractions(n)` yields ArticleExtraction records (to measure the real store-writing path),
and `quads(n_triples)` yields pyoxigraph quads directly (to fill a large store quickly for query tests).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

from kg.model import Amount, ArticleExtraction, Document, Entity, Relation, TopicHit
from kg.vocab.namespace import ENTITY_TYPES, PREDICATES, topic_iri

TOPICS = ["data protection", "open data", "social work", "local government", "smart cities", "adoption",
          "young carers", "digital transformation", "workforce", "gig economy", "safeguarding", "housing"]
WORDS = ("council data service care policy report fund programme partnership regulator inspection review "
         "children health digital platform strategy local national public evidence").split()


def _name(rng: random.Random, i: int, etype: str) -> str:
    head = {"Organisation": "Council", "Person": "Smith", "Place": "shire", "Policy": "Act", "Programme": "Programme",
            "Publication": "Report", "Event": "Day"}[etype]
    return f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i} {head}"


class Universe:
    """A fixed population of entities that articles draw from (a few are mentioned very often)."""

    def __init__(self, n_entities: int, seed: int = 42) -> None:
        self.rng = random.Random(seed)
        self.entities = []
        for i in range(n_entities):
            etype = ENTITY_TYPES[0] if i % 3 else ENTITY_TYPES[i % len(ENTITY_TYPES)]
            e = Entity(type=etype, name=_name(self.rng, i, etype))
            if i % 5 == 0:
                e.aliases.add("".join(w[0] for w in e.name.split() if w[0].isupper()) + str(i))
            self.entities.append(e)

    def pick(self) -> Entity:
        # a heavy tail: low indices are popular
        i = int(len(self.entities) * (self.rng.random() ** 2.5))
        return self.entities[min(i, len(self.entities) - 1)]


def extractions(n_articles: int, seed: int = 42, entities_per_article: int = 8,
                relations_per_article: int = 3) -> Iterator[ArticleExtraction]:
    """Articles with mentions, topics and relation statements, like real extraction output."""
    uni = Universe(max(50, n_articles // 2), seed)
    rng = uni.rng
    for a in range(n_articles):
        sentence = " ".join(rng.choice(WORDS) for _ in range(25)) + "."
        doc = Document(title=f"Synthetic article {a}", text=sentence * 10, source=f"synthetic/{a}.txt",
                       author="Bench Writer", date=f"20{10 + a % 15:02d}-0{1 + a % 9}-1{a % 9}")
        ents = list({id(e): e for e in (uni.pick() for _ in range(entities_per_article))}.values())
        rels = []
        for r in range(relations_per_article):
            s, o = rng.sample(ents, 2) if len(ents) > 1 else (ents[0], ents[0])
            amount = Amount(Decimal(rng.randint(1, 500) * 1000), "GBP", "£") if r == 0 else None
            rels.append(Relation(s, rng.choice(PREDICATES), o, sentence, 0, len(sentence), 0.9, "active", amount,
                                 None, f"{2010 + a % 15}"))
        topics = [TopicHit(str(topic_iri(t)), t, 3.0) for t in rng.sample(TOPICS, 3)]
        yield ArticleExtraction(doc, ents, rels, topics)


def fill_store(store, n_articles: int, seed: int = 42) -> None:
    """Write synthetic articles through the store's normal per-article path."""
    for ex in extractions(n_articles, seed):
        store.put_article(ex)


def bulk_quads(n_articles: int, seed: int = 42):
    """The quads the same articles would produce, for a fast bulk load."""
    from kg.rdf import article_quads, entity_quads, entity_node

    labelled: set[str] = set()
    for ex in extractions(n_articles, seed):
        yield from article_quads(ex)
        for e in ex.entities:
            node = entity_node(e).value
            for q in entity_quads(e, has_label=node in labelled):
                yield q
            labelled.add(node)
