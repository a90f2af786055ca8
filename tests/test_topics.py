"""Topics: an article gets the few topics it is about, not every broad word it uses in passing."""

from __future__ import annotations


def _topics(extract, text: str, title: str = "A short note") -> set[str]:
    return {t.label for t in extract(text, title=title).topics}


def test_a_specific_topic_named_twice_is_kept_a_broad_one_named_twice_is_not(extract):
    text = ("Councils are trying social media to reach residents. One council now answers questions on Twitter "
            "and Facebook, and staff say the new channels save time.")
    topics = _topics(extract, text)
    assert "social media" in topics
    assert "local government" not in topics  # 'councils', 'council': a broad concept needs more than two mentions


def test_a_broad_topic_the_article_keeps_returning_to_is_kept(extract):
    text = ("Local authorities face a gap. Councils say local government needs a settlement. "
            "The council leader said local authorities cannot cope, and councils will cut services.")
    assert "local government" in _topics(extract, text)


def test_the_headline_counts_more(extract):
    assert "refugees and asylum seekers" in _topics(extract, "The city opened a new centre last week.",
                                                    title="Support for refugees expands")
