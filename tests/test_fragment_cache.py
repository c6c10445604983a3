"""The rendered content of reader pages in the fragment cache (core.fragments).

With the whole-page cache off (as for a request it cannot answer), a page's content, breadcrumbs
and translations come from the fragment cache from the second request on. Whatever an editor
or translator publishes, and any snippet saved, must show at the very next request.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from support.models import Helpline
from tests import factories
from tests.utils import soup, text_of


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = get(client, url)
    return response, len(captured)


def card_titles(response):
    return [text_of(a) for a in soup(response).select(".related .card__title a")]


@pytest.mark.parametrize(
    "name", ["home", "country", "partner", "article", "topic_page", "topic_index", "safety"]
)
def test_a_page_from_the_fragment_cache_is_the_page_rendered_afresh(client, tree, name):
    url = tree[name].url
    fresh, fresh_queries = queries_for(client, url)
    cached, cached_queries = queries_for(client, url)

    assert cached.content == fresh.content
    # Really from the cache: the content's own queries were skipped.
    assert cached_queries < fresh_queries


def test_a_new_revision_shows_at_once(client, tree):
    article = tree["article"]
    assert "You got angry" in text_of(soup(get(client, article.url)).select_one("#article-body"))

    article.body = [("paragraph", "<p>Counting to ten helps more than you think.</p>")]
    factories.publish(article)

    body = text_of(soup(get(client, article.url)).select_one("#article-body"))
    assert body == "Counting to ten helps more than you think."


def test_a_draft_stays_out_of_the_live_page_and_the_preview_shows_the_draft(client, tree):
    article = tree["article"]
    get(client, article.url)  # the live content is now cached
    article.body = [("paragraph", "<p>A draft nobody has approved.</p>")]
    article.save_revision()

    assert "A draft nobody" not in get(client, article.url).content.decode()
    draft = article.get_latest_revision_as_object()
    preview = draft.make_preview_request()
    assert "A draft nobody has approved." in preview.content.decode()
    # ... and the preview did not replace the live content in the cache.
    assert "A draft nobody" not in get(client, article.url).content.decode()


def test_unpublishing_an_article_takes_it_out_of_read_more_at_once(client, tree):
    article = tree["article"]
    other = factories.create_article(tree["partner"], title="Other", topics=[tree["topic"]])
    assert card_titles(get(client, article.url)) == ["Other"]

    other.unpublish()

    assert card_titles(get(client, article.url)) == []


def test_a_snippet_change_shows_at_once(client, tree):
    country = tree["country"]
    assert "BRIS" in text_of(soup(get(client, country.url)).select_one(".help-box"))

    helpline = Helpline.objects.get(name="BRIS")
    helpline.name = "Bris, for children"
    helpline.save()

    assert "Bris, for children" in text_of(soup(get(client, country.url)).select_one(".help-box"))


def test_a_translation_change_shows_at_once(client, tree, locales):
    article_sv = tree["article_sv"]
    chips = soup(get(client, article_sv.url)).select(".chips .chip")
    assert [text_of(chip) for chip in chips] == ["Känslor"]
    assert card_titles(get(client, article_sv.url)) == []

    # The translator renames the Swedish topic page and a new article is translated.
    topic_page_sv = Page.objects.get(pk=tree["topic_page_sv"].pk).specific
    topic_page_sv.title = "Känslor och tankar"
    factories.publish(topic_page_sv)
    other = factories.create_article(tree["partner"], title="Other", topics=[tree["topic"]])
    factories.translate(other, locales["sv"], title="En annan")

    html = soup(get(client, article_sv.url))
    assert [text_of(chip) for chip in html.select(".chips .chip")] == ["Känslor och tankar"]
    assert [text_of(a) for a in html.select(".related .card__title a")] == ["En annan"]


def test_a_new_translation_joins_the_language_switcher_at_once(client, tree, locales):
    article = tree["article"]

    def languages():
        html = soup(get(client, article.url))
        return sorted(link["hreflang"] for link in html.select("link[rel=alternate]"))

    assert languages() == ["en", "sv"]

    ka = locales["ka"]
    for name in ("home", "country", "partner"):
        factories.translate(tree[name], ka)
    factories.translate(article, ka, title="როცა ბრაზი გიპყრობს")

    assert languages() == ["en", "ka", "sv"]
    switcher = soup(get(client, article.url)).select_one(".language-switcher")
    assert switcher.select_one("a[hreflang=ka]") is not None


def test_support_pages_and_filtered_listings_are_rendered_for_each_request(client, tree):
    for url in (tree["support"].url, tree["topic_page"].url + "?country=SE"):
        get(client, url)
        _, first = queries_for(client, url)
        _, second = queries_for(client, url)
        # The support page's "open now" depends on the moment; a query string is not a key.
        assert second == first


def test_a_cached_page_costs_one_query(client, tree, django_assert_max_num_queries):
    for name in ("home", "country", "article", "topic_page"):
        get(client, tree[name].url)
        # Only the page itself is loaded: its route, content, breadcrumbs, translations, the
        # safety setting and whether any page is restricted all come from the cache.
        with django_assert_max_num_queries(1):
            get(client, tree[name].url)


def test_a_view_restriction_applies_at_once(client, tree):
    article = tree["article"]
    get(client, article.url)
    PageViewRestriction.objects.create(
        page=tree["partner"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="x",  # noqa: S106
    )

    response = client.get(article.url)
    assert response.status_code == 200
    assert "You got angry" not in response.content.decode()
    assert soup(response).select_one("input[name=password]") is not None


def test_a_new_quick_exit_destination_applies_at_once(client, tree):
    from core.models import SafetySettings

    get(client, tree["article"].url)
    setting = SafetySettings.load()
    setting.quick_exit_url_en = "https://weather.example.org/"
    setting.save()

    html = soup(get(client, tree["article"].url))
    assert html.select_one("[data-quick-exit]")["href"] == "https://weather.example.org/"


def test_a_renamed_page_answers_at_its_new_address_at_once(client, tree):
    """Routes are cached too (core.routing): a slug change moves the page at once."""
    article = tree["article"]
    old_url = article.url
    get(client, old_url)

    article.slug = "when-anger-comes"
    factories.publish(article)

    assert client.get(old_url).status_code == 404
    assert "When anger takes over" in get(client, article.url).content.decode()


def test_an_unpublished_page_is_gone_at_once(client, tree):
    article = tree["article"]
    get(client, article.url)

    article.unpublish()

    assert client.get(article.url).status_code == 404


@pytest.mark.django_db
def test_the_cache_helper_builds_once_per_generation_and_keeps_empty_results():
    """core.fragments.cached: one build per content generation, an empty result included, and
    each set of parts its own entry."""
    from core.fragments import cached
    from core.signals import invalidate

    builds = []

    def build(value):
        def make():
            builds.append(value)
            return value

        return make

    assert cached("probe", build(None), "sv") is None
    assert cached("probe", build(None), "sv") is None
    assert cached("probe", build([]), "ka") == []
    assert cached("probe", build([]), "ka") == []
    assert builds == [None, []]

    invalidate()  # what every publish and reader-visible save does (core.signals)
    assert cached("probe", build("after"), "sv") == "after"
    assert builds == [None, [], "after"]
