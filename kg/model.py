"""Small typed records passed between the stages of the pipeline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Document:
    """One article as read from a source, before any NLP."""

    title: str
    text: str  # the body; the title is not repeated here
    source: str  # file path or URL it came from
    author: str | None = None
    date: str | None = None
    url: str | None = None
    position: int = 0  # index of the article within a multi-article source
    publisher: str | None = None  # the site's name when a headline carried it as a suffix
    ident: str | None = None  # where it came from, independent of the working folder (see ingest.article_ident)

    @property
    def content_hash(self) -> str:
        """Hash of what extraction reads, so an unchanged article can be recognised."""
        return hashlib.sha256(f"{self.title}\n\n{self.text}".encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Stable identity of the article: where it came from, not what it says."""
        ident = self.url or self.ident or f"{self.source}#{self.position}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]

    @property
    def full_text(self) -> str:
        """Title and body as one text; offsets in extraction results refer to this string."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


@dataclass
class FileStats:
    """What reading one input file made of it: posts found and where its characters went."""

    source: str
    posts: int
    chars_total: int | None = None  # None where the format has no plain text to count (HTML, feeds, JSON)
    chars_kept: int = 0
    chars_dropped: int = 0  # furniture, captions, related-post links
    chars_skipped: int = 0  # text of articles refused after reading (over the size limit, no body)
    warning: str | None = None


@dataclass
class Entity:
    """A real-world thing named in an article, after aliases are merged."""

    type: str  # one of namespace.ENTITY_TYPES
    name: str  # canonical label
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    identifiers: dict[str, str] = field(default_factory=dict)  # e.g. {"gss": ..., "govuk": ...}
    iri: str | None = None  # set when the entity joins a stored one, whose IRI it keeps whatever its label
    typed_by: str = ""  # the strongest evidence for its type: gazetteer, head, context or spacy (not stored)

    @property
    def key(self) -> tuple[str, str]:
        """Identity used to merge entities: type plus case-folded canonical name."""
        return (self.type, self.name.casefold())


@dataclass(frozen=True)
class Amount:
    """A sum of money stated with a relation."""

    value: Decimal
    currency: str  # ISO 4217 code
    text: str  # as written, e.g. "£60,000"


@dataclass
class Relation:
    """A relation between two entities stated by one sentence."""

    subject: Entity
    predicate: str  # local name in namespace.PREDICATES
    object: Entity
    evidence: str
    start: int
    end: int
    confidence: float
    rule: str
    amount: Amount | None = None
    rating: str | None = None
    date: str | None = None

    @property
    def key(self) -> tuple:
        """Identity used to drop repeated statements of the same fact by the same sentence."""
        return (self.subject.key, self.predicate, self.object.key, self.start)


@dataclass(frozen=True)
class TopicHit:
    """A topic the article is substantially about."""

    iri: str
    label: str
    score: float


@dataclass
class ArticleExtraction:
    """Everything extraction found in one article."""

    document: Document
    entities: list[Entity]
    relations: list[Relation]
    topics: list[TopicHit]
    problem: str | None = None  # why the readers failed on this article (then nothing was found and nothing is stored)
