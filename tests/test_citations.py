"""Reference lists: parsed into people, publications, publishers and places — never fragments."""

from __future__ import annotations

REFS = ("Councils need better evidence.\n\n"
        "Okafor, A and Reyes, M (2015)\nCommissioning for outcomes in children's services\nBristol: Policy Press\n\n"
        "Hughes, T (2021)\nThe long road to integration\nJournal of Integrated Care, Volume 29, Issue 4, pp12-30\n")


def test_a_reference_list_becomes_authors_titles_publishers_and_places(extract):
    found = {(e.name, e.type) for e in extract(REFS, title="Evidence for councils").entities}
    assert {("Okafor", "Person"), ("Reyes", "Person"), ("Hughes", "Person"), ("Policy Press", "Organisation"),
            ("Bristol", "Place"), ("Commissioning for outcomes in children's services", "Publication"),
            ("Journal of Integrated Care", "Publication")} <= found


def test_no_fragment_of_a_reference_is_an_entity(extract):
    names = {e.name for e in extract(REFS, title="Evidence for councils").entities}
    assert not [n for n in names if "(" in n or n.endswith(",") or n[:1].isdigit()]


def test_prose_with_a_year_in_brackets_is_not_a_reference(extract):
    found = extract("The Care Quality Commission (2019) said that Leeds City Council had improved.", title="News")
    assert {"Care Quality Commission", "Leeds City Council"} <= {e.name for e in found.entities}


def test_a_reference_on_one_line_is_read_as_its_parts(extract):
    found = extract("References\n\nOkafor, A. (2015) Understanding community care. Bristol: Policy Press.\n\n"
                    "Tilley, N. and Pawson, R. (1997) Realistic Evaluation. London: Sage.")
    types = {e.name: e.type for e in found.entities}
    assert types["Okafor"] == "Person" and types["Tilley"] == "Person" and types["Pawson"] == "Person"
    assert types["Understanding community care"] == "Publication" and types["Realistic Evaluation"] == "Publication"
    assert types["Policy Press"] == "Organisation" and types["Sage"] == "Organisation"
    assert types["Bristol"] == "Place" and types["London"] == "Place"
    assert not set(types) & {"N", "A", "R"}  # no initials as names
