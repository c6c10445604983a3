"""Translators translate pages and never alias, convert, delete, move, copy or unpublish them.

Issue 19.1: a translator's "Convert to alias page" replaced an approved, live translation with the
English page. Through real admin requests (GET and POST) with the groups `setup_partners` creates:
`translator-sv` holds `change_page` on the Swedish tree only to reach the translation editor
(`localization.translator_permissions`); every other page action is refused and hidden
(`localization.page_actions`). Regional administrators keep them.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import create_article
from tests.partner_world import world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import admin_text, refused, soup

REFUSAL = (
    "Translators may not delete, move, copy, convert or unpublish '%(page)s': "
    "ask the partner's moderators or a regional administrator."
)
SWEDISH_TITLE = "När ilskan tar över"


def synced(source_page, target_page):
    """Make `target_page` the wagtail-localize translation of `source_page`, as "Translate" does."""
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.get_or_create(
        source=source, target_locale=target_page.locale, defaults={"enabled": True}
    )
    return target_page


@pytest.fixture
def sv(world):
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def live_translation(world):
    """The approved, live Swedish article, a wagtail-localize translation of the English one."""
    return synced(world["article"], world["article_sv"]).specific


@pytest.fixture
def draft_translation(client, world, sv):
    """A new English article that translator-sv has just submitted into Swedish (not live)."""
    article = create_article(world["partner"], title="Saying no", slug="saying-no")
    client.force_login(world["users"]["translator-sv"])
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
        {"locales": [sv.pk]},
    )
    assert response.status_code == 302
    client.logout()
    translated = article.get_translation(sv).specific
    assert not translated.live
    return translated


def state(page):
    page = Page.objects.get(pk=page.pk)
    return (page.title, page.live, page.alias_of_id, page.path, page.has_unpublished_changes)


def editor_props(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    editor = soup(response).select_one(".js-translation-editor")
    assert editor is not None, "the translation editor did not open"
    return response, json.loads(editor["data-props"])


def test_translator_cannot_convert_a_live_translation_to_an_alias(client, world, live_translation):
    translator = world["users"]["translator-sv"]
    client.force_login(translator)
    before = state(live_translation)
    url = reverse("wagtail_localize:convert_to_alias", args=[live_translation.pk])

    response = client.get(url)
    assert refused(response)
    response = client.post(url, follow=True)
    assert admin_text(translator, REFUSAL) in response.content.decode()
    assert state(live_translation) == before
    assert Translation.objects.filter(target_locale=live_translation.locale).exists()

    # Through the edit view's action menu item, which redirects to the same view.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[live_translation.pk]),
        {"localize-convert-to-alias": "1"},
        follow=True,
    )
    assert state(live_translation) == before

    # Readers still get the Swedish article.
    client.logout()
    assert SWEDISH_TITLE in soup(client.get(live_translation.url)).find("h1").get_text()


HIDING_RULE = "actions--primary > .w-dropdown-button:first-child"
HIDING_STYLESHEET = "localization/translator-editor.css"


def hiding_stylesheet() -> str:
    from django.contrib.staticfiles import finders

    with open(finders.find(HIDING_STYLESHEET), encoding="utf-8") as stylesheet:
        return stylesheet.read()


def hiding_stylesheet_link(response) -> bool:
    return any(
        link["href"].endswith(HIDING_STYLESHEET)
        for link in soup(response).select("link[rel=stylesheet][href]")
    )


def test_the_translation_editor_offers_a_translator_no_alias_or_delete(
    client, world, live_translation
):
    client.force_login(world["users"]["translator-sv"])
    response, props = editor_props(client, live_translation)
    assert props["links"]["convertToAliasUrl"] is None
    assert not props["perms"]["canDelete"]
    # The footer's action menu (stop the synced translation, convert, delete) is hidden, by a
    # stylesheet rather than inline CSS (the strict policy allows none).
    assert HIDING_RULE in hiding_stylesheet()
    assert hiding_stylesheet_link(response)

    client.force_login(world["users"]["regional-admin"])
    response, props = editor_props(client, live_translation)
    assert props["links"]["convertToAliasUrl"] == reverse(
        "wagtail_localize:convert_to_alias", args=[live_translation.pk]
    )
    assert not hiding_stylesheet_link(response)


def test_translator_cannot_stop_a_synced_translation(client, world, live_translation):
    client.force_login(world["users"]["translator-sv"])
    translation = Translation.objects.get(target_locale=live_translation.locale)
    response = client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert refused(response)
    translation.refresh_from_db()
    assert translation.enabled


@pytest.mark.parametrize("action", ["delete", "move", "copy", "unpublish"])
def test_translator_is_refused_page_actions(
    client, world, draft_translation, live_translation, action
):
    """Wagtail lets whoever may change a page delete it when it is not live, move and copy it."""
    client.force_login(world["users"]["translator-sv"])
    page = live_translation if action == "unpublish" else draft_translation
    before = state(page)
    count = Page.objects.count()
    url = reverse(f"wagtailadmin_pages:{action}", args=[page.pk])

    assert refused(client.get(url))
    data = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": page.get_parent().pk}
    assert refused(client.post(url, data))
    assert state(page) == before
    assert Page.objects.count() == count


@pytest.mark.parametrize("action", ["delete", "move", "unpublish"])
def test_translator_is_refused_bulk_page_actions(client, world, draft_translation, action):
    client.force_login(world["users"]["translator-sv"])
    before = state(draft_translation)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    url += f"?id={draft_translation.pk}"
    response = client.post(
        url, {"move_applicable": "on", "chooser": draft_translation.get_parent().pk}
    )
    assert Page.objects.filter(pk=draft_translation.pk).exists()
    assert state(draft_translation) == before
    assert response.status_code in (200, 302, 403)


def test_the_explorer_offers_a_translator_no_page_actions(client, world, draft_translation):
    client.force_login(world["users"]["translator-sv"])
    page = soup(
        client.get(reverse("wagtailadmin_explore", args=[draft_translation.get_parent().pk]))
    )
    for action in ("delete", "move", "copy"):
        url = reverse(f"wagtailadmin_pages:{action}", args=[draft_translation.pk])
        assert page.select_one(f'a[href^="{url}"]') is None, action

    client.force_login(world["users"]["regional-admin"])
    page = soup(
        client.get(reverse("wagtailadmin_explore", args=[draft_translation.get_parent().pk]))
    )
    url = reverse("wagtailadmin_pages:delete", args=[draft_translation.pk])
    assert page.select_one(f'a[href^="{url}"]') is not None


def test_regional_admin_keeps_convert_to_alias_and_delete(
    client, world, live_translation, draft_translation
):
    client.force_login(world["users"]["regional-admin"])
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[live_translation.pk]))
    assert response.status_code == 302
    assert Page.objects.get(pk=live_translation.pk).alias_of_id == world["article"].pk

    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft_translation.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft_translation.pk).exists()


def test_translator_cannot_convert_an_alias_into_an_ordinary_page(client, world, sv):
    """Wagtail's "Convert to ordinary page" would make the English text a Swedish page."""
    alias = world["safety"].create_alias(
        parent=world["home_sv"], update_locale=sv, reset_translation_key=False
    )
    url = reverse("wagtailadmin_pages:convert_alias", args=[alias.pk])
    client.force_login(world["users"]["translator-sv"])
    assert refused(client.get(url))
    assert refused(client.post(url))
    assert Page.objects.get(pk=alias.pk).alias_of_id == world["safety"].pk

    client.force_login(world["users"]["regional-admin"])
    assert client.post(url).status_code == 302
    assert Page.objects.get(pk=alias.pk).alias_of_id is None
