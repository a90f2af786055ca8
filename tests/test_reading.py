"""An article read in place (kg.reading): mentions marked in the statements' sentences."""

from kg.model import ArticleExtraction, Document, Entity, Relation
from kg.reading import article_view, mark
from kg.store import KGStore

NAMES = {"Riverside Borough Council": ("urn:e:council", "Organisation"), "Riverside": ("urn:e:town", "Place"),
         "Lena Ortiz": ("urn:e:lena", "Person"), "RBC": ("urn:e:council", "Organisation")}


def _marked(segments):
    return [(s.text, s.entity, s.role) for s in segments if s.entity]


def test_longest_name_wins_and_whole_words_only():
    text = "Riverside Borough Council (RBC) named Lena Ortiz; RBCs and Riversiders are not names."
    segs = mark(text, NAMES, {"urn:e:council": "subject", "urn:e:lena": "object"})
    assert "".join(s.text for s in segs) == text  # nothing lost or repeated
    assert _marked(segs) == [("Riverside Borough Council", "urn:e:council", "subject"), ("RBC", "urn:e:council", "subject"),
                             ("Lena Ortiz", "urn:e:lena", "object")]


def test_a_shorter_name_inside_a_longer_one_is_not_marked_twice():
    segs = mark("Riverside Borough Council met in Riverside.", NAMES, {})
    assert _marked(segs) == [("Riverside Borough Council", "urn:e:council", ""), ("Riverside", "urn:e:town", "")]


def test_article_view_groups_statements_by_sentence(tmp_path):
    doc = Document(title="Regulator fines a borough", text="x", source="fines.txt")
    ico, council = Entity("Organisation", "Data Watchdog"), Entity("Organisation", "Riverside Borough Council")
    sentence = "The Data Watchdog fined Riverside Borough Council and criticised Riverside Borough Council."
    rels = [Relation(ico, "fined", council, sentence, 0, len(sentence), 0.9, "active"),
            Relation(ico, "criticised", council, sentence, 0, len(sentence), 0.8, "active")]
    with KGStore(tmp_path / "s") as st:
        st.put_article(ArticleExtraction(doc, [ico, council], rels, []))
        article = st.article_sources() and next(iter(st.article_sources()))
        view = article_view(st, article)
    assert view.info["title"] == "Regulator fines a borough"
    assert len(view.sentences) == 1 and [s.predicate for s in view.sentences[0].statements] == ["fined", "criticised"]
    roles = [(s.text, s.role) for s in view.sentences[0].segments if s.entity]
    assert roles == [("Data Watchdog", "subject"), ("Riverside Borough Council", "object"),
                     ("Riverside Borough Council", "object")]
    assert {e["label"] for e in view.entities} == {"Data Watchdog", "Riverside Borough Council"}
