"""The translator's "To translate" listing (issue 19.6), through real admin requests.

`translator-ka` finds the live pages and snippets they may translate into Georgian (Sapari's,
and the shared pages), never MÄN's (MÄN does not publish in Georgian) and never anyone's draft,
and the Georgian translations whose English source has changed since it was last synced.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.partners import translators_group
from tests.factories import ArticlePageFactory, publish, translate
from tests.partner_world import make_user, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import admin_text, refused, soup, text_of

LISTING = reverse("localization_to_translate")


@pytest.fixture
def ka(world):
    ka = Locale.objects.get(language_code="ka")
    translate(world["home"], ka)
    return ka


@pytest.fixture
def translator_ka(world, ka):
    return make_user("translator-ka", [translators_group("ka")])


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def listing(client):
    response = client.get(LISTING)
    assert response.status_code == 200
    return soup(response).select_one('section[data-locale="ka"]')


def test_the_menu_offers_the_listing_to_translators(client, world, translator_ka):
    client.force_login(translator_ka)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert LISTING in menu
    assert admin_text(translator_ka, "To translate") in menu


def test_translator_sees_what_they_may_translate_and_nothing_else(client, world, ka, translator_ka):
    sapari_article = world["sapari_article"]
    # A revised title waiting for review, and another partner's draft: neither may show.
    sapari_article.title = "Draft: a new title for Sapari"
    sapari_article.save_revision()
    ArticlePageFactory(parent=world["sapari"], title="Sapari's unpublished plans", live=False)
    ArticlePageFactory(parent=world["partner"], title="MÄN's unpublished plans", live=False)
    client.force_login(translator_ka)

    section = listing(client)
    pages = {text_of(a): a["href"] for a in section.select(".to-translate-pages a")}
    assert pages["Talking to your father"] == submit_url(world["sapari_article"])
    assert pages["Sapari"] == submit_url(world["sapari"])
    assert pages["Staying safe online"] == submit_url(world["safety"])
    assert "When anger takes over" not in pages  # MÄN does not publish in Georgian
    assert "MÄN" not in pages
    text = text_of(section)
    for hidden in ("Draft: a new title", "unpublished plans"):
        assert hidden not in text
    assert submit_url(world["home"]) not in pages.values()  # already in Georgian

    snippets = {text_of(a) for a in section.select(".to-translate-snippets a")}
    assert "Feelings" in snippets
    assert str(world["georgian_helpline"]) in snippets
    assert str(world["swedish_helpline"]) not in snippets

    # Each link opens wagtail-localize's form, offering Georgian.
    form = soup(client.get(pages["Talking to your father"]))
    assert {box["value"] for box in form.select("input[name=locales]")} == {str(ka.pk)}


def test_out_of_date_translations_are_listed_and_updated_from_source(
    client, world, ka, translator_ka
):
    article = world["sapari_article"]
    source, _created = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=ka)
    translation.save_target(publish=True)
    georgian = article.get_translation(ka)
    client.force_login(translator_ka)
    assert not listing(client).select(".to-translate-out-of-date li")

    article.summary = "A new summary in English."
    publish(article)
    section = listing(client)
    items = section.select(".to-translate-out-of-date li")
    assert len(items) == 1
    assert items[0].select_one("a")["href"] == reverse(
        "wagtailadmin_pages:edit", args=[georgian.pk]
    )
    action = items[0].select_one("form")["action"]

    response = client.post(action)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[georgian.pk])
    source.refresh_from_db()
    assert "A new summary in English." in source.content_json
    assert not listing(client).select(".to-translate-out-of-date li")


def test_update_from_source_is_refused_for_another_locale(client, world, ka, translator_ka):
    sv = Locale.objects.get(language_code="sv")
    safety = world["safety"]
    source, _created = TranslationSource.get_or_create_from_instance(safety)
    translation = Translation.objects.create(source=source, target_locale=sv)
    translation.save_target(publish=True)
    synced_at = source.last_updated_at
    client.force_login(translator_ka)
    response = client.post(reverse("localization_update_from_source", args=[translation.pk]))
    assert refused(response)
    source.refresh_from_db()
    assert source.last_updated_at == synced_at


def followed_text(client, response) -> str:
    assert refused(response)
    return client.get(response.url).content.decode()


def test_the_translate_form_shows_no_title_of_a_page_the_translator_may_not_translate(
    client, world, ka, translator_ka
):
    """Issue 19.9: other partners' draft titles leaked through the "Translate" form."""
    man_draft = ArticlePageFactory(parent=world["partner"], title="MÄN's secret plans", live=False)
    man_article = world["article"]
    man_article.title = "Draft: anger, rewritten"
    man_article.save_revision()
    client.force_login(translator_ka)

    for page, secret in ((man_draft, "secret plans"), (man_article, "anger, rewritten")):
        response = client.get(submit_url(page))
        text = followed_text(client, response)
        assert secret not in text
        message = "You may not translate this page into any of your languages."
        assert admin_text(translator_ka, message) in text
        response = client.post(submit_url(page), {"locales": [ka.pk]})
        assert secret not in followed_text(client, response)
        assert page.get_translation_or_none(ka) is None

    # A subtree refusal names another partner's page by its published title, not its draft.
    man = world["partner"]
    man.title = "Draft: MÄN renamed"
    man.save_revision()
    response = client.post(
        submit_url(world["country"]), {"locales": [ka.pk], "include_subtree": "on"}
    )
    text = followed_text(client, response)
    assert "Draft: MÄN renamed" not in text
    assert "MÄN" in text
    assert world["country"].get_translation_or_none(ka) is None

    # A page they may translate still opens the form, with its title.
    response = client.get(submit_url(world["sapari_article"]))
    assert response.status_code == 200
    assert "Talking to your father" in response.content.decode()
