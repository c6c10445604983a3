"""SQL queries per reader page: bounded, and independent of how much an article contains.

Each page is fetched once first, as a running server would have: that fills the fragment cache
(navigation, footer, helplines) and the renditions cache, and the second request is measured
with the whole-page cache and the page's content fragment off, so that the page is really
rendered. (What a page costs with its content fragment cached: tests/test_fragment_cache.py.)
"""

import itertools

import pytest

from core.models import BasePage
from tests import factories
from tests.utils import soup, text_of

MAX_QUERIES = 15


@pytest.fixture
def measure(client, settings, monkeypatch, django_assert_max_num_queries):
    # The whole-page cache would answer the second request with no query at all, and the
    # content fragment (core.fragments) with almost none: measure what rendering the page costs.
    settings.PAGE_CACHE_ENABLED = False
    monkeypatch.setattr(BasePage, "content_fragment_cacheable", lambda page, request: False)

    def measure(url):
        assert client.get(url).status_code == 200
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            response = client.get(url)
        assert response.status_code == 200
        assert len(captured) > 0, "the page was not rendered"
        return len(captured)

    return measure


@pytest.fixture
def images(db):
    return [factories.ImageFactory(title=f"Picture {n}") for n in range(4)]


def blocks(count, images):
    kinds = itertools.cycle(
        [
            ("heading", lambda n: {"text": f"Heading {n}", "level": "h2" if n % 2 else "h3"}),
            (
                "paragraph",
                lambda n: f"<p>Paragraph {n} with <a href='https://example.org'>a link</a>.</p>",
            ),
            (
                "image",
                lambda n: {"image": images[n % len(images)], "alt_text": f"Alt {n}", "caption": ""},
            ),
            ("quote", lambda n: {"quote": f"Quote {n}", "attribution": "Sam"}),
            ("talk_to_someone", lambda n: {"heading": "Talk", "text": f"Text {n}"}),
            (
                "questions",
                lambda n: {
                    "heading": "Questions",
                    "items": [{"question": f"Q{n}?", "answer": f"<p>A{n}.</p>"}] * 3,
                },
            ),
            (
                "video",
                lambda n: {"url": "https://vimeo.com/76979871", "title": f"V{n}", "transcript": ""},
            ),
        ]
    )
    return [(name, value(n)) for n, (name, value) in zip(range(count), kinds, strict=False)]


def test_article_queries_do_not_grow_with_its_blocks(tree, images, measure):
    short_body = blocks(3, images)
    assert [name for name, _ in short_body] == ["heading", "paragraph", "image"]
    short = factories.create_article(tree["partner"], body=short_body, topics=[tree["topic"]])
    long = factories.create_article(
        tree["partner"], body=blocks(40, images), topics=[tree["topic"]]
    )

    assert measure(short.url) == measure(long.url)


def test_article_queries_do_not_grow_with_its_topics(tree, measure):
    topics = [tree["topic"]]
    for n in range(5):
        topic = factories.TopicFactory(name=f"Extra {n}", slug=f"extra-{n}")
        factories.TopicPageFactory(parent=tree["topic_index"], topic=topic)
        topics.append(topic)
    one = factories.create_article(tree["partner"], topics=topics[:1])
    six = factories.create_article(tree["partner"], topics=topics)

    assert measure(one.url) == measure(six.url)


def test_article_queries_do_not_grow_with_chosen_related_articles(tree, locales, measure):
    chosen = [
        factories.create_article(tree["partner"], title=f"Chosen {n}", topics=[tree["topic"]])
        for n in range(3)
    ]
    without = factories.create_article(tree["partner"], topics=[tree["topic"]])
    with_three = factories.create_article(
        tree["partner"],
        topics=[tree["topic"]],
        related_articles=[("article", page) for page in chosen],
    )

    assert measure(without.url) == measure(with_three.url)


def test_translated_article_with_chosen_source_articles_stays_bounded(tree, locales, measure):
    chosen = factories.create_article(tree["partner"], title="Chosen")
    factories.translate(chosen, locales["sv"], title="Vald")
    article_sv = tree["article_sv"]
    article_sv.related_articles = [("article", chosen)]
    factories.publish(article_sv)
    measure(article_sv.url)


def test_article_with_hero_image_stays_bounded(tree, images, measure):
    article = factories.create_article(
        tree["partner"],
        hero_image=images[0],
        hero_alt_text="A park",
        body=blocks(40, images),
        topics=[tree["topic"]],
    )
    measure(article.url)


def test_listing_pages_stay_bounded(tree, measure):
    for n in range(8):
        factories.create_article(tree["partner"], title=f"Listed {n}", topics=[tree["topic"]])
    georgia = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    partner = factories.PartnerPageFactory(parent=georgia, title="Sapari", slug="sapari")
    factories.SupportPageFactory(parent=partner)
    factories.create_article(partner, title="Georgian", topics=[tree["topic"]])

    for name in ("home", "country", "topic_page", "topic_index", "partner", "support", "safety"):
        measure(tree[name].url)
    measure(tree["topic_page"].url + "?country=GE")
    measure(georgia.url)


def test_listing_queries_do_not_grow_with_the_number_of_articles(tree, measure):
    urls = [tree[name].url for name in ("home", "country", "topic_page", "partner")]
    before = [measure(url) for url in urls]
    for n in range(10):
        factories.create_article(tree["partner"], title=f"More {n}", topics=[tree["topic"]])
    assert [measure(url) for url in urls] == before


def test_support_queries_do_not_grow_with_other_partners(client, tree, locales, measure):
    """The "talk to someone now" list names every other partner's chat in the language.

    Each of those pages reads its partner's chat settings (shared by every language) and is
    listed under its partner's name: fetched for all of them at once.
    """
    from wagtail_localize.models import TranslationSource

    support, support_sv = tree["support"], tree["support_sv"]
    factories.set_partner_chat(support, chat_kind="none", chat_url="")

    def add_partner(n):
        partner = factories.PartnerPageFactory(
            parent=tree["country"], title=f"Partner {n}", slug=f"partner-{n}"
        )
        other = factories.SupportPageFactory(
            parent=partner, title=f"Chat {n}", chat_url=f"https://chat.example.org/p{n}"
        )
        TranslationSource.get_or_create_from_instance(other)
        factories.translate(partner, locales["sv"], title=f"Partner {n} sv")
        factories.translate(other, locales["sv"], title=f"Chatt {n}")

    def listed(url):
        return [text_of(li) for li in soup(client.get(url)).select("[data-other-chat]")]

    add_partner(0)
    before = [measure(support.url), measure(support_sv.url)]
    for n in range(1, 6):
        add_partner(n)
    after = [measure(support.url), measure(support_sv.url)]

    assert listed(support.url) == [f"Partner {n}: Chat {n}" for n in range(6)]
    assert listed(support_sv.url) == [f"Partner {n} sv: Chatt {n}" for n in range(6)]
    assert after == before
