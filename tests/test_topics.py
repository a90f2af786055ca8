"""Topics: an article gets the few topics it is about, not every broad word it uses in passing."""

from __future__ import annotations


def _topics(extract, text: str, title: str = "A short note") -> set[str]:
    return {t.label for t in extract(text, title=title).topics}


FILLER = ("The meeting went on into the evening, and the minutes record a long discussion of timetables, "
          "rooms and the order of business, none of which settled anything. ")  # 30 words about nothing


def test_a_specific_topic_named_often_is_kept_a_broad_one_named_in_passing_is_not(extract):
    text = (FILLER * 6 + "Councils are trying social media to reach residents. One council now answers questions on "
            "Twitter and Facebook, and staff say social networks save time. " + FILLER * 8
            + "Social media also brings risks, the report adds. " + FILLER * 6)
    topics = _topics(extract, text)
    assert "social media" in topics
    assert "local government" not in topics  # 'councils', 'council' twice in 600 words, after the lead: a broad concept needs more


def test_a_passing_mention_is_kept_in_a_short_item_but_not_in_a_long_article(extract):
    mention = "Adoption panels met twice. "
    assert "adoption" in _topics(extract, mention + FILLER)
    assert "adoption" not in _topics(extract, FILLER * 10 + mention + FILLER * 10)


def test_the_lead_counts_more_than_the_tail(extract):
    mention = "Food banks report rising demand, and food bank volunteers say poverty is deepening. "
    assert "poverty" in _topics(extract, mention + FILLER * 40)  # three mentions in 1,200 words, in the lead
    assert "poverty" not in _topics(extract, FILLER * 40 + mention)  # the same three at the end


def test_an_article_gets_a_few_topics_not_every_one_it_names(extract):
    text = ("Adoption, fostering, homelessness, obesity, loneliness, recycling, apprenticeships, refugees and "
            "broadband were all on the agenda. ")
    assert len(_topics(extract, text)) <= 5


def test_a_broad_topic_the_article_keeps_returning_to_is_kept(extract):
    text = ("Local authorities face a gap. Councils say local government needs a settlement. "
            "The council leader said local authorities cannot cope, and councils will cut services.")
    assert "local government" in _topics(extract, text)


def test_the_headline_counts_more(extract):
    assert "refugees and asylum seekers" in _topics(extract, "The city opened a new centre last week.",
                                                    title="Support for refugees expands")


def test_a_broad_topic_gives_way_to_specific_ones_named_as_often(extract):
    words = ("adoption", "fostering", "homelessness", "obesity", "loneliness")
    text = " ".join(f"{w.capitalize()} came first, {w} came second and {w} came third." for w in words)
    text += " Councils, the council and local authorities were all there."
    topics = _topics(extract, text)
    assert set(words) <= topics
    assert "local government" not in topics  # named as often as each, but broad: it ranks after them


def test_new_policy_areas_are_found_and_leave_specific_concepts_specific(extract):
    text = ("Storm overflows released sewage into rivers again this year. " * 4) + "The water companies blamed the rain."
    assert "water industry" in _topics(extract, text)
    # a concept added under another must not make that other one 'broad' (broad ones need twice the mentions)
    from kg.extract.topics import TopicFinder
    from kg.vocab.lexicon import topic_scheme

    broad = TopicFinder.broad_concepts({c.iri: c for c in topic_scheme()})
    assert not {"poverty", "safeguarding", "health-care", "criminal-justice"} & {b.rsplit("/", 1)[-1] for b in broad}
