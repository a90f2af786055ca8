"""One type per name across the corpus (kg/resolve/consensus.py): a name read as different types in different
articles becomes one node, of the type most articles give it."""

from __future__ import annotations

from kg.rawview import raw_view
from kg.resolve.consensus import choose, name_variants
from kg.store import KGStore

ID = "https://w3id.org/policy-kg/id/"


def test_only_names_of_two_words_or_more_are_voted_on():
    found = name_variants([ID + "programme/harbour-data-hub", ID + "place/jordan", "https://example.org/x/y-z"])
    assert list(found) == ["harbour-data-hub"]
    assert ID + "organisation/harbour-data-hub" in found["harbour-data-hub"] and len(found["harbour-data-hub"]) == 7


def test_the_majority_keeps_the_name_a_tie_is_no_vote_and_a_gazetteer_identity_wins():
    a, b, c = ID + "programme/x-y", ID + "organisation/x-y", ID + "publication/x-y"
    assert choose({a: 3, b: 1, c: 1}, set()) == (a, [b, c]) or choose({a: 3, b: 1, c: 1}, set()) == (a, [c, b])
    assert choose({a: 2, b: 2}, set()) is None
    assert choose({a: 5, b: 1}, {b}) == (b, [a])  # an official code outweighs any count
    assert choose({a: 5, b: 1}, {a, b}) is None  # two coded bodies that share a name stay apart
    assert choose({a: 5}, set()) is None


def _write(folder, name, title, body):
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def test_a_name_typed_two_ways_becomes_one_node_of_the_majority_type(tmp_path, extractor):
    from kg.build import build

    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "Data hub opens", "Brackley Council launched the Harbour Data Hub in March.")
    _write(src, "b.txt", "Hub grows", "Brackley Council expanded the Harbour Data Hub this year.")
    _write(src, "c.txt", "A charity for the coast",
           "Harbour Data Hub, a charity, partnered with Brackley Council on flood maps.")
    store = tmp_path / "store"
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store, read_only=True) as st:
        rows = st.select_values('SELECT ?e ?t WHERE { GRAPH ?g { ?e a ?t ; <http://www.w3.org/2000/01/rdf-schema#label> '
                                '"Harbour Data Hub" } }')
        assert [(e, t.rsplit("#", 1)[-1]) for e, t in rows] == [(ID + "programme/harbour-data-hub", "Programme")]
        # the third article's mention and its statement moved to the kept node
        mentions = st.select_values(f"SELECT ?a WHERE {{ GRAPH ?a {{ ?a <https://w3id.org/policy-kg/ontology#mentions> "
                                    f"<{ID}programme/harbour-data-hub> }} }}")
        assert len(mentions) == 3
        assert not st.select_values(f"SELECT ?p WHERE {{ GRAPH ?g {{ <{ID}organisation/harbour-data-hub> ?p ?o }} }}")
        # the raw view still shows what the third article read
        with raw_view(st) as view:
            assert view.store.select_values(f"SELECT ?p WHERE {{ GRAPH ?g {{ <{ID}organisation/harbour-data-hub> ?p ?o }} }}")


def test_a_later_article_joins_the_settled_node(tmp_path, extractor):
    from kg.build import build

    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "Data hub opens", "Brackley Council launched the Harbour Data Hub in March.")
    _write(src, "b.txt", "Hub grows", "Brackley Council expanded the Harbour Data Hub this year.")
    store = tmp_path / "store"
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    _write(src, "c.txt", "A charity for the coast",
           "Harbour Data Hub, a charity, partnered with Brackley Council on flood maps.")
    build([src], store_path=store, exports_dir=None, quiet=True, extractor=extractor)
    with KGStore(store, read_only=True) as st:
        types = {t for (t,) in st.select_values(
            'SELECT ?t WHERE { GRAPH ?g { ?e a ?t ; <http://www.w3.org/2000/01/rdf-schema#label> "Harbour Data Hub" } }')}
        assert types == {"https://w3id.org/policy-kg/ontology#Programme"}
