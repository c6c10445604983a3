"""The admin's page search on PostgreSQL matches each page in its own language: another form of a
word in a page's title finds it (`search/admin_page_search.py`), and still only within what the
user may explore."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from tests import factories
from tests.factories import translate
from tests.partner_world import login, world_fixture  # noqa: F401 (a fixture)
from tests.utils import soup, text_of

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="word forms need PostgreSQL's text search"
    ),
]


@pytest.fixture
def pages_in_two_languages(world, locales):
    """A Russian and a Swedish article of MÄN (under Sweden), their titles in inflected forms."""
    ru = locales["ru"]
    translate(world["home"], ru, title="Redefine", intro_heading="Привет")
    translate(world["country"], ru, title="Швеция")
    partner_ru = translate(world["partner"], ru)
    russian = factories.create_article(partner_ru, title="Служба в армии", slug="army-service")
    swedish = factories.create_article(
        world["partner_sv"], title="Känslor som tar över", slug="feelings-take-over"
    )
    # Partner permissions attach to the partner's page in each locale that exists at setup time.
    call_command("setup_partners", stdout=StringIO())
    return {"ru": russian, "sv": swedish}


def admin_search_titles(client, user, query):
    response = login(client, user).get("/admin/pages/search/", {"q": query})
    assert response.status_code == 200
    return [text_of(link) for link in soup(response).select("tbody .title-wrapper a")]


@pytest.mark.parametrize("username", ["regional-admin", "man-editor"])
@pytest.mark.parametrize(
    ("language", "query"),
    [("ru", "армия"), ("ru", "АРМИЮ"), ("sv", "känsla")],
)
def test_another_form_of_a_title_word_finds_the_page_in_its_language(
    client, world, pages_in_two_languages, username, language, query
):
    titles = admin_search_titles(client, world["users"][username], query)
    assert pages_in_two_languages[language].title in titles
    assert pages_in_two_languages["sv" if language == "ru" else "ru"].title not in titles


def test_an_english_title_is_found_by_another_form_too(client, world):
    titles = admin_search_titles(client, world["users"]["sapari-editor"], "fathers")
    assert titles == ["Talking to your father"]


@pytest.mark.parametrize("query", ["армия", "känsla", "Служба", "anger"])
def test_word_forms_do_not_cross_partner_boundaries(client, world, pages_in_two_languages, query):
    assert admin_search_titles(client, world["users"]["sapari-editor"], query) == []


def test_the_start_of_a_title_word_still_finds_the_page(client, world, pages_in_two_languages):
    """Wagtail's own autocomplete (prefix of the last word) keeps working alongside."""
    titles = admin_search_titles(client, world["users"]["regional-admin"], "Служ")
    assert titles == ["Служба в армии"]


def test_the_explorer_search_finds_another_word_form_too(client, world, pages_in_two_languages):
    russian = pages_in_two_languages["ru"]
    response = login(client, world["users"]["man-editor"]).get(
        f"/admin/pages/{russian.get_parent().id}/", {"q": "армия"}
    )
    assert response.status_code == 200
    titles = [text_of(link) for link in soup(response).select("tbody .title-wrapper a")]
    assert titles == [russian.title]
