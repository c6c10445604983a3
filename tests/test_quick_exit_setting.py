"""The quick exit's destination, one per language, set by the regional admin (Settings →
Reader safety), shown on every page in that language, and cached: no query a page.

The tree is conftest's (English and Swedish) with a Georgian home page added.
"""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from core.models import SafetySettings
from core.quick_exit import default_destination
from core.views import server_error
from page_cache.middleware import maintenance_response
from tests.factories import translate
from tests.utils import soup, text_of

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def edit_url(setting):
    return reverse("wagtailsettings:edit", args=("core", "safetysettings", setting.pk))


def form_data(**changes):
    data = {f"quick_exit_url_{code}": settings.QUICK_EXIT_DEFAULT_URLS[code] for code in LANGUAGES}
    data.update({f"quick_exit_url_{code}": url for code, url in changes.items()})
    return data


def exit_href(response):
    return soup(response).select_one("a[data-quick-exit]")["href"]


@pytest.fixture
def home_ka(tree, locales):
    return translate(tree["home"], locales["ka"])


def test_every_language_has_its_own_https_destination_by_default(db):
    setting = SafetySettings.load()
    destinations = {code: getattr(setting, f"quick_exit_url_{code}") for code in LANGUAGES}
    assert destinations == settings.QUICK_EXIT_DEFAULT_URLS
    assert all(url.startswith("https://") for url in destinations.values())
    assert len(set(destinations.values())) == len(LANGUAGES), "one site for every language"


def test_each_page_leaves_for_the_destination_of_its_language(client, tree, home_ka):
    assert exit_href(client.get(tree["home"].url)) == settings.QUICK_EXIT_DEFAULT_URLS["en"]
    assert exit_href(client.get(tree["article_sv"].url)) == settings.QUICK_EXIT_DEFAULT_URLS["sv"]
    assert exit_href(client.get(home_ka.url)) == settings.QUICK_EXIT_DEFAULT_URLS["ka"]


def test_the_admin_sets_each_language_and_readers_see_it_at_once(
    admin_client, client, tree, home_ka
):
    setting = SafetySettings.load()
    form = soup(admin_client.get(edit_url(setting)))
    # One field per language, labelled with the language's own name.
    for code, name in settings.LANGUAGES:
        field = form.select_one(f"input[name=quick_exit_url_{code}]")
        assert field is not None and field["value"] == settings.QUICK_EXIT_DEFAULT_URLS[code]
        assert text_of(form.select_one(f"label[for={field['id']}]")).rstrip("*") == name

    client.get(tree["article_sv"].url)  # Cached with the old destination.
    response = admin_client.post(
        edit_url(setting),
        form_data(sv="https://www.yr.no/sv", ka="https://weather.example.ge/"),
    )
    assert response.status_code == 302

    assert exit_href(client.get(tree["article_sv"].url)) == "https://www.yr.no/sv"
    assert exit_href(client.get(home_ka.url)) == "https://weather.example.ge/"
    assert exit_href(client.get(tree["home"].url)) == settings.QUICK_EXIT_DEFAULT_URLS["en"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("http://weather.example.org/", "Enter an address that starts with https://."),
        ("javascript:alert(1)", "Enter a valid URL."),
        ("", "This field is required."),
    ],
    ids=["http", "javascript", "empty"],
)
def test_an_address_that_is_not_https_is_refused_with_a_message(admin_client, db, value, message):
    setting = SafetySettings.load()
    response = admin_client.post(edit_url(setting), form_data(ka=value))
    assert response.status_code == 200
    page = soup(response)
    field = page.select_one("input[name=quick_exit_url_ka]")
    errors = field.find_parent(attrs={"data-field-wrapper": True}) or field.parent.parent
    assert message in text_of(errors)
    setting.refresh_from_db()
    assert setting.quick_exit_url_ka == settings.QUICK_EXIT_DEFAULT_URLS["ka"]


def test_the_message_is_in_the_admins_language(admin_client, admin_user, db):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "sv"
    profile.save()
    setting = SafetySettings.load()
    response = admin_client.post(edit_url(setting), form_data(ru="http://weather.example.org/"))
    assert response.status_code == 200
    assert "Ange en adress som börjar med https://." in response.content.decode()


def test_the_setting_costs_no_query_once_cached(client, tree, home_ka, django_assert_num_queries):
    client.get(home_ka.url)
    with django_assert_num_queries(0), translation.override("ka"):
        assert SafetySettings.load().quick_exit_url == settings.QUICK_EXIT_DEFAULT_URLS["ka"]


@pytest.mark.parametrize("code", ["ka", "be"])
def test_error_and_outage_pages_leave_for_the_languages_default(rf, code):
    with translation.override(code):
        page = soup(server_error(rf.get(f"/{code}/")))
    assert page.select_one("a[data-quick-exit]")["href"] == settings.QUICK_EXIT_DEFAULT_URLS[code]
    outage = soup(maintenance_response(rf.get(f"/{code}/some/page/")))
    assert outage.select_one("a[data-quick-exit]")["href"] == default_destination(code)
    assert default_destination(code) == settings.QUICK_EXIT_DEFAULT_URLS[code]


def test_an_unknown_language_falls_back_to_the_default_languages_destination():
    assert default_destination("xx") == settings.QUICK_EXIT_DEFAULT_URLS[settings.LANGUAGE_CODE]
