"""The Extractor: parses articles (long ones in chunks) and runs the readers in turn — mentions, entities,
relations, topics. Imports vocab, resolve, model and the extract readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import ArticleExtraction, Document
from ..resolve import parse_text
from ..vocab.lexicon import councils_by_code, gazetteer, relation_specs, structure_rules, type_rules
from .entities import EntityBuilder
from .mentions import MentionFinder
from .pipeline import load_pipeline
from .relations import RelationRules, Triggers, sentence_relations
from .topics import TopicFinder

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy's parser and NER need about 1 GB per 100,000 characters at once; longer articles are parsed in chunks
CHUNK_CHARS = 100_000


class Extractor:
    """Turns Documents into ArticleExtractions. Loads the spaCy pipeline once, on first use."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self._nlp: Language | None = None
        self.specs = relation_specs()
        self.rules = type_rules()
        self.structure = structure_rules()
        self._gaz = {e.key: e for e in gazetteer()}
        self._acronyms = frozenset(a for e in self._gaz.values() for a in e.acronyms)  # kept in capitals in a lede
        self.mentions = MentionFinder(self.rules, self.structure, self._gaz)
        self.relation_rules = RelationRules(self.specs, Triggers(self.specs), self.rules, self.structure, councils_by_code(), {
            n.casefold(): e for e in self._gaz.values() if e.type == "Organisation" and not e.ended for n in (e.name, *e.variants)})
        self._entities: EntityBuilder | None = None
        self._topics: TopicFinder | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
            self._entities = EntityBuilder(self.rules, self.structure, self._gaz, self._nlp.tokenizer)
            self._topics = TopicFinder(self._nlp)
        return self._nlp

    def extract(self, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1) -> Iterator[ArticleExtraction]:
        """Extract each document in turn (streaming, so progress can be shown as it goes); an article the readers fail
        on comes back with nothing found and the failure as its *problem*, and the rest go on."""
        docs = list(documents) if not isinstance(documents, list) else documents
        for sdoc, document in self._parsed(docs, batch_size, n_process):
            try:
                yield self.analyse(sdoc, document)
            except Exception as exc:  # noqa: BLE001 - a reader's failure on one article must not stop the others
                yield ArticleExtraction(document, [], [], [], problem=f"{type(exc).__name__}: {exc}".splitlines()[0])

    def _parsed(self, docs: list[Document], batch_size: int, n_process: int) -> Iterator[tuple[Doc, Document]]:
        """spaCy Docs in input order: ordinary articles through nlp.pipe, long ones in chunks."""
        pending: list[tuple[str, tuple[Document, str]]] = []
        for document in docs:
            text = parse_text(document.full_text, self._acronyms)
            if len(text) <= CHUNK_CHARS:
                pending.append((text, (document, text)))
                continue
            yield from self._piped(pending, batch_size, n_process)
            pending = []
            yield self._with_text(self.parse_long(text), text), document
        yield from self._piped(pending, batch_size, n_process)

    def _piped(self, pending: list, batch_size: int, n_process: int) -> Iterator[tuple[Doc, Document]]:
        for doc, (document, text) in self.nlp.pipe(pending, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield self._with_text(doc, text), document

    @staticmethod
    def _with_text(doc: Doc, text: str) -> Doc:
        doc.user_data["kg_text"] = text  # what was parsed, kept: Doc.text is slow to rebuild, parse_text costs a pass
        return doc

    def parse_long(self, text: str) -> Doc:
        """Parse a text longer than CHUNK_CHARS as paragraph-aligned chunks joined into one Doc, so memory
        stays bounded and spaCy's max_length never applies; character offsets are those of *text*."""
        from spacy.tokens import Doc as SpacyDoc

        doc = SpacyDoc.from_docs(list(self.nlp.pipe(chunk_text(text, CHUNK_CHARS), batch_size=4)), ensure_whitespace=False)
        if doc.text != text:  # an invariant: offsets in statements refer to the article's own text
            raise RuntimeError("chunks did not rebuild the article's text exactly")
        return doc

    def extract_one(self, document: Document) -> ArticleExtraction:
        """Convenience for tests and the library: one document."""
        return next(self.extract([document]))

    def analyse(self, doc: Doc, document: Document) -> ArticleExtraction:
        """Everything we extract from one parsed document."""
        _ = self.nlp
        if "kg_text" not in doc.user_data:  # a Doc parsed elsewhere: the text it was parsed from
            doc.user_data["kg_text"] = parse_text(document.full_text, self._acronyms)
        mentions, acronym_links = self.mentions.find(doc)
        entities = self._entities.merge(doc, mentions, acronym_links)
        mentions = self._entities.propagate(doc, mentions, entities)
        self._entities.add_author(document, entities)
        self._entities.add_publisher(document, entities)
        tok2ment = {i: m for m in mentions for i in range(m.start, m.end)}
        relations = sentence_relations(doc, document, tok2ment, self.relation_rules)
        listed = {id(e) for e in entities}
        for rel in relations:  # a council a place stood for joins the article's entities
            for end in (rel.subject, rel.object):
                if id(end) not in listed:
                    entities.append(end)
                    listed.add(id(end))
        topics = self._topics.find(doc, document)
        doc.user_data.pop("kg_tokens", None)  # the token list refers back to the Doc: no cycle left behind
        return ArticleExtraction(document, entities, relations, topics)


def chunk_text(text: str, size: int) -> list[str]:
    """Cut *text* into pieces of at most *size* characters that concatenate back to it exactly:
    at paragraph breaks where possible, else at a sentence end, else at a space."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep)
            if pos > size // 4:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = size
        chunks.append(text[start:start + cut])
        start += cut
    chunks.append(text[start:])
    return [c for c in chunks if c]

