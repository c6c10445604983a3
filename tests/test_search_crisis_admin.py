"""Editing the crisis words in the admin, through its real forms: a regional administrator
changes and adds any language's list, a translator writes their own language's list in the
translation editor and nothing else, and readers' searches follow at once."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from search.models import CrisisWords
from tests.partner_world import world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import refused, soup, text_of


def snippet_url(name, *args):
    return reverse(f"wagtailsnippets_site_search_crisiswords:{name}", args=args)


def crisis_box(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return soup(response).select_one("main .search-help--crisis")


@pytest.fixture
def english_words(world):
    return CrisisWords.objects.create(locale=world["home"].locale, words="suicide, kill myself")


def test_a_regional_admin_changes_the_list_and_searches_follow(client, world, english_words):
    client.force_login(world["users"]["regional-admin"])
    listing = client.get(snippet_url("list"))
    assert listing.status_code == 200
    assert "Crisis words (English)" in text_of(soup(listing).find("main"))

    form = soup(client.get(snippet_url("edit", english_words.pk)))
    assert form.select_one('textarea[name="words"]').get_text().strip() == "suicide, kill myself"
    response = client.post(
        snippet_url("edit", english_words.pk), {"words": "suicide, kill myself\nhopeless"}
    )
    assert response.status_code == 302

    client.logout()
    assert crisis_box(client, "en", "I feel hopeless") is not None
    assert crisis_box(client, "sv", "hopeless") is not None  # the English list counts everywhere


def test_a_regional_admin_adds_a_languages_own_list(client, world, english_words):
    client.force_login(world["users"]["regional-admin"])
    response = client.post(snippet_url("add") + "?locale=ka", {"words": "თვითმკვლელობა"})
    assert response.status_code == 302
    assert CrisisWords.objects.get(locale__language_code="ka").words == "თვითმკვლელობა"
    client.logout()
    assert crisis_box(client, "en", "თვითმკვლელობაზე") is None  # not an English word
    assert crisis_box(client, "sv", "suicide") is not None


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("", "This field is required."),
        (" , ,\n ;", "Enter at least one word."),
        ("suicide " * 20, "is too long for a word or phrase"),
    ],
)
def test_a_bad_list_is_explained(client, world, english_words, words, message):
    client.force_login(world["users"]["regional-admin"])
    response = client.post(snippet_url("edit", english_words.pk), {"words": words})
    assert response.status_code == 200
    assert message in text_of(soup(response).find("main"))
    english_words.refresh_from_db()
    assert english_words.words == "suicide, kill myself"


def test_a_translator_writes_their_languages_list(client, world, english_words):
    translator = world["users"]["translator-sv"]
    sv = Locale.objects.get(language_code="sv")
    client.force_login(translator)

    # The English original is not theirs to change.
    assert refused(client.get(snippet_url("edit", english_words.pk)))
    assert refused(client.post(snippet_url("edit", english_words.pk), {"words": "x"}))
    assert refused(client.get(snippet_url("add") + "?locale=sv"))

    # "Translate" into Swedish, then the Swedish words in the translation editor.
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["site_search", "crisiswords", english_words.pk],
    )
    response = client.post(submit, {"locales": [sv.pk]})
    assert response.status_code == 302
    swedish = CrisisWords.objects.get(locale=sv, translation_key=english_words.translation_key)
    editor = soup(client.get(response.url)).select_one(".js-translation-editor")
    segment = json.loads(editor["data-props"])["segments"][0]
    assert segment["source"] == "suicide, kill myself"
    translation = Translation.objects.get(
        source__object_id=english_words.translation_key, target_locale=sv
    )
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment["id"]]),
        "value=självmord, ta livet av mig, mobbning",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    response = client.post(snippet_url("edit", swedish.pk), {"action": "publish"})
    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.words == "självmord, ta livet av mig, mobbning"

    client.logout()
    assert crisis_box(client, "sv", "mobbningen i skolan") is not None
    assert crisis_box(client, "en", "mobbning") is None
