"""Post segmentation of saved pages: fixtures written for the project in the layouts real archives use."""

import pytest

from kg.segment import CAPTION, FURNITURE, KEPT, LINK, META, paragraphs, split_text

# A blog tag page saved as text: one blank line between every paragraph, posts included.
TAG_PAGE = """Councils open their spending data

By Jane Smith

Riverside Borough Council published every payment over £500 for the first time this spring.

What the data shows

The figures show that agency staff cost the council more than it expected.

Next steps

The council will publish the figures every quarter.

Follow us on Twitter for the reading list we share every Friday.

If you enjoyed this post, you may also like:

Open data in small councils

Why payment data matters

A new fund for rural bus services

Buses parked at a depot

By Tom Brown

The Department for Transport announced a fund for councils that run rural routes.

How the money is shared

Councils will bid for grants of up to £2 million each.

Final thoughts

The fund is small next to the cuts of the last decade.

Follow us on Twitter for the reading list we share every Friday.

Carers' week: what councils can do

Carers' week starts on Monday, and councils are being asked to review their support offer.

Support in schools

Schools often see young carers first.
"""


def titles(text: str) -> list[str]:
    return [p.title for p in split_text(text).posts]


def test_tag_page_posts_found_with_their_headlines_and_bylines():
    split = split_text(TAG_PAGE)
    assert [p.title for p in split.posts] == ["Councils open their spending data", "A new fund for rural bus services",
                                              "Carers' week: what councils can do"]
    assert [p.author for p in split.posts] == ["Jane Smith", "Tom Brown", None]


def test_sub_headings_stay_inside_their_post():
    first, second, third = split_text(TAG_PAGE).posts
    assert "What the data shows" in first.paragraphs and "Next steps" in first.paragraphs
    assert "How the money is shared" in second.paragraphs and "Final thoughts" in second.paragraphs
    assert third.paragraphs[-1] == "Schools often see young carers first."


def test_furniture_links_and_captions_are_dropped_and_accounted():
    split = split_text(TAG_PAGE)
    roles = {p.text: p.role for p in split.paragraphs}
    assert roles["Follow us on Twitter for the reading list we share every Friday."] == FURNITURE
    assert roles["Open data in small councils"] == LINK and roles["Why payment data matters"] == LINK
    assert roles["Buses parked at a depot"] == CAPTION
    assert roles["By Tom Brown"] == META
    body = "\n".join(p.body for p in split.posts)
    assert "Follow us" not in body and "Open data in small councils" not in body and "Buses parked" not in body
    kept = sum(len(p.text) for p in split.paragraphs if p.role in (KEPT,))
    assert kept + split.dropped_chars + sum(len(p.text) for p in split.paragraphs if p.role == META) == split.total_chars
    assert 0 < split.dropped_share < 0.25


NEWS_LIST = """Council fined over lost laptops : Public Sector Weekly

A council has been fined after two unencrypted laptops went missing.

Source: Council fined over lost laptops : Public Sector Weekly

Inspectors praise fostering service | Public Sector Weekly

Inspectors said the fostering service in a northern borough had improved.

Recruitment

The service recruited twenty new foster families last year.

Source : Inspectors praise fostering service | Public Sector Weekly

Charity warns on food bank demand

A national charity said demand for food parcels rose by a fifth.

Source: Charity warns on food bank demand
"""


def test_news_list_with_site_suffix_and_source_lines():
    split = split_text(NEWS_LIST)
    assert [p.title for p in split.posts] == ["Council fined over lost laptops", "Inspectors praise fostering service",
                                              "Charity warns on food bank demand"]
    assert [p.publisher for p in split.posts] == ["Public Sector Weekly", "Public Sector Weekly", None]
    assert "Recruitment" in split.posts[1].paragraphs
    assert all(p.role == FURNITURE for p in split.paragraphs if p.text.startswith("Source"))


DATED_ARCHIVE = """News archive

Minister opens new training centre

12 March 2019

A training centre for social workers opened in the city on Tuesday.

It will train two hundred staff a year.

Posted in News

Health board appoints chief executive

3 April 2019

The health board named a new chief executive after a six-month search.

Tags: appointments, health

Review of school transport published

15 May 2019

The review found that costs had doubled in five years.

Reference list

Smith, J (2018)
School transport in England
London: Policy Press
"""


def test_dated_archive_with_tags_and_reference_lists():
    split = split_text(DATED_ARCHIVE)
    posts = [p for p in split.posts if p.title != "News archive"]
    assert [p.title for p in posts] == ["Minister opens new training centre", "Health board appoints chief executive",
                                        "Review of school transport published"]
    assert [p.date for p in posts] == ["12 March 2019", "3 April 2019", "15 May 2019"]
    assert posts[-1].paragraphs[-1].startswith("Smith, J (2018)")  # the reference list stays with its post
    assert not any(p.title.startswith("Smith") for p in split.posts)


def test_a_single_article_is_one_post_even_with_headline_like_lines():
    text = ("Why councils share data\n\nCouncils share data to plan services.\n\nThe benefits\n\nThey save money.\n\n"
            "The risks\n\nThey must protect privacy.\n")
    assert titles(text) == ["Why councils share data"]


def test_a_date_after_the_name_in_a_byline_is_the_post_date():
    for line, date in (("By Ann Lee, 3 May 2019", "3 May 2019"), ("By Ann Lee | May 3, 2019", "May 3, 2019"),
                       ("By Ann Lee - 2019-05-03", "2019-05-03"), ("By Ann Lee, Data Editor", None)):
        [post] = split_text(f"Council opens its books\n\n{line}\n\nThe council published its spending.\n").posts
        assert (post.author, post.date) == ("Ann Lee", date), line


def test_text_without_a_headline_gets_a_title_from_its_first_words():
    long_para = "The council " + "published its plans for the coming year and asked residents to comment " * 5 + "."
    [post] = split_text(long_para + "\n\nA second paragraph.\n").posts
    assert post.title.startswith("The council published") and post.title.endswith("…")
    assert post.paragraphs[0] == long_para


def test_promotional_run_after_blank_lines_ends_a_post():
    text = ("Carers get new support\n\nThe council launched a support line for carers.\n\n\n"
            "To find out more about our research service, read this article.\n\n"
            "Councils test four-day weeks\n\nTwo district councils began a trial of a four-day week.\n")
    assert titles(text) == ["Carers get new support", "Councils test four-day weeks"]


def test_a_link_to_a_post_does_not_start_it():
    text = ("Housing first pilots expand\n\nThree more cities joined the pilot.\n\n"
            "If you liked this, you may also like:\n\nWhy homelessness rose\n\nHousing first pilots expand\n\n"
            "Youth services cut again\n\nBy Ann Lee\n\nSpending on youth services fell for a ninth year.\n")
    split = split_text(text)
    assert [p.title for p in split.posts] == ["Housing first pilots expand", "Youth services cut again"]
    assert [p.role for p in split.paragraphs if p.text == "Housing first pilots expand"] == [KEPT, LINK]


GOVERNMENT_NEWS = """Council tax support scheme extended

From: Ministry of Housing
Published 12 March 2019

The government extended the council tax support scheme for another year.

Share this page

New rules for school admissions

From: Department for Education
Published 3 April 2019

Schools must publish their admissions criteria online from September.

What happens next

Schools have until June to respond.

Share this page

Funding for rural buses

From: Department for Transport
Published 15 May 2019

A fund will help councils keep rural bus routes open.
"""

BLOG_ARCHIVE = """Charity opens new hub in Leeds

Posted on March 3, 2019 by admin

A homelessness charity opened a support hub in the centre of Leeds.

Continue reading →

Leave a comment

Volunteers needed for winter shelter

Posted on February 20, 2019 by admin

The winter shelter needs forty more volunteers this year.

Continue reading →

3 Comments

Annual report published

Posted on January 9, 2019 by Sarah Jones

Our annual report shows a rise in demand of a third.
"""

MARKDOWN_DUMP = """# Council budget agreed

*12 March 2019*

The council agreed its budget for the next year on Tuesday.

## Spending on care

Adult social care takes the biggest share.

# Library hours cut

*14 March 2019*

Three libraries will open for fewer hours from April.
"""


def test_government_news_list_with_metadata_blocks():
    split = split_text(GOVERNMENT_NEWS)
    assert titles(GOVERNMENT_NEWS) == ["Council tax support scheme extended", "New rules for school admissions",
                                       "Funding for rural buses"]
    assert [p.date for p in split.posts] == ["12 March 2019", "3 April 2019", "15 May 2019"]
    assert "What happens next" in split.posts[1].paragraphs
    assert not any("From:" in p.body for p in split.posts)


def test_blog_archive_with_posted_on_lines_and_comment_counts():
    split = split_text(BLOG_ARCHIVE)
    assert titles(BLOG_ARCHIVE) == ["Charity opens new hub in Leeds", "Volunteers needed for winter shelter",
                                    "Annual report published"]
    assert [p.author for p in split.posts] == [None, None, "Sarah Jones"]
    assert split.posts[0].date == "March 3, 2019"
    assert not any("Continue reading" in p.body or "Comments" in p.body for p in split.posts)


def test_markdown_dump_split_at_top_level_headings_only():
    split = split_text(MARKDOWN_DUMP)
    assert [p.title for p in split.posts] == ["Council budget agreed", "Library hours cut"]
    assert "## Spending on care" in split.posts[0].paragraphs


@pytest.mark.parametrize("lines, text", [
    # a saved page's wrapping: broken after a function word, an honorific, or before lower case
    (["The", "Westshire Trust has appointed Professor Jo Bloggs as", "its next chief executive, who starts",
      "in April."], "The Westshire Trust has appointed Professor Jo Bloggs as its next chief executive, who starts in April."),
    (["Prof", "Bloggs will join from the University of Anytown."], "Prof Bloggs will join from the University of Anytown."),
    # a headline over its first paragraph, list items and reference lines keep their breaks
    (["Westshire Trust names new chief executive", "The Westshire Trust has appointed Jo Bloggs."],
     "Westshire Trust names new chief executive\nThe Westshire Trust has appointed Jo Bloggs."),
    (["Our aims:", "- more homes", "- fewer empty shops"], "Our aims:\n- more homes\n- fewer empty shops"),
    (["Bloggs, J (2007)", "Understanding Evidence", "Anytown: Harbour Press"],
     "Bloggs, J (2007)\nUnderstanding Evidence\nAnytown: Harbour Press"),
])
def test_a_wrapped_line_is_joined_and_other_breaks_are_kept(lines, text):
    [para] = paragraphs("\n".join(lines))
    assert para.text == text


SAVED_PAGE = """Skip to main content
Home
News
Council wins money for outreach
Published: 3 March 2026

Kelby Borough Council has been awarded money to help people sleeping rough in the town, and will work with its partners.

The council said the team would start in May, with workers based at the town hall and in two hostels.

Share this page
Facebook
X
Was this page useful?
"""


def test_a_saved_pages_menu_and_share_lines_are_dropped_line_by_line():
    split = split_text(SAVED_PAGE)
    dropped = {p.text for p in split.paragraphs if p.role == FURNITURE}
    assert {"Skip to main content", "Home", "News", "Share this page", "Facebook", "X", "Was this page useful?"} <= dropped
    body = split.posts[0].body
    assert "Facebook" not in body and "Skip to" not in body and "awarded money" in body and "two hostels" in body
    assert split.total_chars == sum(len(p.text) for p in split.paragraphs)  # every character still accounted for


def test_a_name_alone_among_body_lines_is_not_menu_furniture():
    split = split_text("Partners\nKelby Borough Council and Home Group signed the deal on Monday.\n")
    assert not [p for p in split.paragraphs if p.role == FURNITURE]
