"""The article page: header, topics, content warning and related articles."""

import datetime
import math

from django.utils import formats, translation

from articles.models import WORDS_PER_MINUTE, ArticlePage
from tests import factories
from tests.utils import soup, text_of


def paragraphs(words):
    """A body of `words` words in paragraphs of 50."""
    return [("paragraph", "<p>" + " ".join(["word"] * 50) + "</p>") for _ in range(words // 50)]


def test_header_shows_title_summary_reading_time_and_review_date(client, tree):
    reviewed = datetime.date(2026, 3, 14)
    article = factories.create_article(
        tree["partner"],
        title="Feeling jealous",
        summary="Jealousy is a feeling, not a fact.",
        body=paragraphs(650),
        last_reviewed=reviewed,
    )
    minutes = math.ceil(650 / WORDS_PER_MINUTE)
    assert minutes > 1

    header = soup(client.get(article.url)).select_one("header.article__header")

    assert text_of(header.find("h1")) == "Feeling jealous"
    assert text_of(header.select_one(".lead")) == "Jealousy is a feeling, not a fact."
    meta = text_of(header.select_one(".article__meta"))
    assert f"{minutes} minutes read" in meta
    with translation.override("en"):
        assert f"Last reviewed {formats.date_format(reviewed, 'DATE_FORMAT')}" in meta


def test_short_article_reads_in_one_minute_and_has_no_review_date(client, tree):
    article = factories.create_article(tree["partner"], body=paragraphs(50), last_reviewed=None)
    meta = text_of(soup(client.get(article.url)).select_one(".article__meta"))
    assert "1 minute read" in meta
    assert "Last reviewed" not in meta


def test_topic_chips_link_to_the_topic_page_in_the_same_locale(client, tree):
    english_chips = soup(client.get(tree["article"].url)).select("header .chips a.chip")
    assert [(text_of(a), a["href"]) for a in english_chips] == [
        ("Feelings", tree["topic_page"].url)
    ]

    swedish_chips = soup(client.get(tree["article_sv"].url)).select("header .chips a.chip")
    assert [(text_of(a), a["href"]) for a in swedish_chips] == [
        ("Känslor", tree["topic_page_sv"].url)
    ]
    assert tree["topic_page_sv"].url.startswith("/sv/")


def test_article_with_several_topics_lists_each_chip(client, tree):
    relationships = factories.TopicFactory(name="Relationships", slug="relationships")
    relationships_page = factories.TopicPageFactory(parent=tree["topic_index"], topic=relationships)
    article = factories.create_article(
        tree["partner"], topics=[tree["topic"], relationships], title="Both"
    )
    chips = soup(client.get(article.url)).select("header .chips a.chip")
    assert {a["href"] for a in chips} == {tree["topic_page"].url, relationships_page.url}


def test_content_warning_comes_before_the_article_body(client, tree):
    article = factories.create_article(
        tree["partner"],
        title="When someone hurts you",
        sensitive_subjects=[ArticlePage.SensitiveSubject.VIOLENCE],
        content_warning_note="It describes a fight at school.",
        body=[("paragraph", "<p>The body text of the article.</p>")],
    )
    response = client.get(article.url)
    html = response.content.decode()
    page = soup(response)

    warning = page.select_one("section.content-warning")
    assert warning is not None
    assert "This article talks about violence." in text_of(warning)
    assert "It describes a fight at school." in text_of(warning)
    assert warning.find("a")["href"] == tree["support"].url

    gate = page.select_one("details[data-content-warning]")
    assert gate.select_one("#article-body") is not None
    assert "The body text of the article." in text_of(gate.select_one("#article-body"))
    assert html.index("content-warning-heading") < html.index("The body text of the article.")


def test_article_without_warning_shows_the_body_directly(client, tree):
    page = soup(client.get(tree["article"].url))
    assert page.select_one("section.content-warning") is None
    assert page.select_one("details[data-content-warning]") is None
    assert "You got angry" in text_of(page.select_one("article #article-body"))


def related_cards(client, article):
    section = soup(client.get(article.url)).select_one("section.related")
    if section is None:
        return []
    return [(text_of(a), a["href"]) for a in section.select(".card__title a")]


def test_chosen_related_articles_are_shown_in_the_readers_locale(client, tree, locales):
    partner = tree["partner"]
    chosen = factories.create_article(partner, title="Chosen one", slug="chosen-one")
    chosen_sv = factories.translate(chosen, locales["sv"], title="Vald artikel")
    # A same-topic article that the editor's choice outranks.
    factories.create_article(partner, title="Same topic", topics=[tree["topic"]])

    article = tree["article"]
    article.related_articles = [("article", chosen)]
    factories.publish(article)
    # The Swedish translation keeps the synchronised choice, which points at the English page.
    article_sv = tree["article_sv"]
    article_sv.related_articles = [("article", chosen)]
    factories.publish(article_sv)

    assert related_cards(client, article)[0] == ("Chosen one", chosen.url)
    assert related_cards(client, article_sv)[0] == ("Vald artikel", chosen_sv.url)
    assert all(href.startswith("/sv/") for _, href in related_cards(client, article_sv))


def test_without_a_choice_related_articles_share_a_topic(client, tree):
    partner = tree["partner"]
    same_topic = factories.create_article(partner, title="Same topic", topics=[tree["topic"]])
    other_topic = factories.TopicFactory(name="School", slug="school")
    factories.create_article(partner, title="Other topic", topics=[other_topic])

    cards = related_cards(client, tree["article"])
    assert cards == [("Same topic", same_topic.url)]


def test_no_related_section_when_nothing_is_related(client, tree):
    assert related_cards(client, tree["article"]) == []
    assert soup(client.get(tree["article"].url)).select_one("section.related") is None


def test_unpublished_related_article_is_not_shown(client, tree):
    chosen = factories.create_article(tree["partner"], title="Soon gone")
    article = tree["article"]
    article.related_articles = [("article", chosen)]
    factories.publish(article)
    assert related_cards(client, article) == [("Soon gone", chosen.url)]
    chosen.unpublish()
    assert related_cards(client, article) == []


def test_chosen_related_articles_keep_the_editors_order(client, tree):
    partner = tree["partner"]
    first, second, third = (
        factories.create_article(partner, title=title) for title in ("First", "Second", "Third")
    )
    article = tree["article"]
    article.related_articles = [("article", third), ("article", first), ("article", second)]
    factories.publish(article)
    assert [title for title, _ in related_cards(client, article)] == ["Third", "First", "Second"]
