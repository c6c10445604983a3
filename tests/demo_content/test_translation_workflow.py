"""Translators through the real admin: translate, edit, submit for review, approval, refusals.

Uses the demo content and demo users (`translator-ka`, `sapari-moderator`), so the groups,
permissions and the Sapari review workflow are the ones `setup_partners` creates.
"""

import io
import json

import polib
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from articles.models import ArticlePage
from countries.models import PartnerPage
from tests.factories import create_article
from tests.utils import admin_text, soup

TITLE_KA = "როცა მამასთან საუბარი გიჭირს"


@pytest.fixture
def demo(demo):
    """The demo content (tests/demo_content/conftest.py), and a new English article of Sapari's."""
    en, ka, sv = (Locale.objects.get(language_code=code) for code in ("en", "ka", "sv"))
    sapari = PartnerPage.objects.get(slug="sapari", locale=en)
    article = create_article(
        sapari, title="When talking to your father is hard", slug="talking-to-your-father"
    )
    users = get_user_model().objects
    return {
        "en": en,
        "ka": ka,
        "sv": sv,
        "sapari": sapari,
        "article": article,
        "translator": users.get(username="translator-ka"),
        "moderator": users.get(username="sapari-moderator"),
    }


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def editor_props(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    editor = soup(response).select_one(".js-translation-editor")
    assert editor is not None, "the translation editor did not open"
    return response, json.loads(editor["data-props"])


def segment_id(props, path):
    return next(s["id"] for s in props["segments"] if s.get("contentPath") == path)


def translate_into_ka(client, demo):
    response = client.post(submit_url(demo["article"]), {"locales": [demo["ka"].pk]})
    assert response.status_code == 302
    return demo["article"].get_translation(demo["ka"]).specific


def test_translator_translates_submits_and_moderator_approves(client, demo):
    client.force_login(demo["translator"])

    # The form offers only the translator's own locale.
    form = soup(client.get(submit_url(demo["article"])))
    offered = {box["value"] for box in form.select("input[name=locales]")}
    assert offered == {str(demo["ka"].pk)}

    translated = translate_into_ka(client, demo)
    assert not translated.live

    # Edit the title through the editor's API, as its JavaScript does.
    response, props = editor_props(client, translated)
    assert (
        admin_text(demo["translator"], "Submit translation for review") in response.content.decode()
    )
    assert not props["perms"]["canPublish"]
    translation = Translation.objects.get(
        source__object_id=demo["article"].translation_key, target_locale=demo["ka"]
    )
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment_id(props, "title")],
    )
    response = client.put(
        url, f"value={TITLE_KA}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 201

    # The translator cannot publish; they submit for review.
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    response = client.post(edit_url, {"action": "publish"})
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    translated.refresh_from_db()
    assert not translated.live
    response = client.post(
        reverse("localization_submit_translation_for_review", args=[translated.pk])
    )
    assert response.status_code == 302
    translated.refresh_from_db()
    assert not translated.live
    state = WorkflowState.objects.get(object_id=str(translated.pk), status="in_progress")
    assert state.workflow.name == "Sapari review"
    assert translated.latest_revision.as_object().title == TITLE_KA

    # The Sapari moderator approves: only now is it live, with the translated title.
    client.force_login(demo["moderator"])
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[translated.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == TITLE_KA
    client.logout()
    page = client.get(translated.url)
    assert page.status_code == 200
    assert soup(page).html["lang"] == "ka"
    assert TITLE_KA in soup(page).find("h1").get_text()


def test_translator_is_refused_another_locale(client, demo):
    client.force_login(demo["translator"])
    response = client.post(submit_url(demo["article"]), {"locales": [demo["sv"].pk]}, follow=True)
    assert (
        admin_text(demo["translator"], "You may not translate into %(language)s.")
        in response.content.decode()
    )
    assert demo["article"].get_translation_or_none(demo["sv"]) is None
    assert not Translation.objects.filter(
        target_locale=demo["sv"], source__object_id=demo["article"].translation_key
    ).exists()


def test_translator_is_refused_a_subtree_outside_their_rights(client, demo):
    """MÄN publishes in Swedish and English: its subtree may not go into Georgian."""
    client.force_login(demo["translator"])
    sweden = PartnerPage.objects.get(slug="man", locale=demo["en"]).get_parent()
    pages_before = Page.objects.filter(locale=demo["ka"]).count()
    response = client.post(
        submit_url(sweden), {"locales": [demo["ka"].pk], "include_subtree": "on"}, follow=True
    )
    message = "'%(page)s' belongs to a partner that does not publish in %(language)s."
    assert admin_text(demo["translator"], message) in response.content.decode()
    assert Page.objects.filter(locale=demo["ka"]).count() == pages_before


def test_translator_may_not_edit_a_georgian_original(client, demo):
    """Sapari's own Georgian article is not a translation: the translator may not open it."""
    client.force_login(demo["translator"])
    ka_sapari = PartnerPage.objects.get(slug="sapari", locale=demo["ka"])
    original = ka_sapari.get_children().type(ArticlePage).first().specific
    assert not Translation.objects.filter(
        source__object_id=original.translation_key, target_locale=demo["ka"]
    ).exists()
    edit_url = reverse("wagtailadmin_pages:edit", args=[original.pk])
    response = client.get(edit_url)
    assert response.status_code == 302
    message = "'%(page)s' is not a translation: only its authors may edit it."
    assert admin_text(demo["translator"], message) in client.get(response.url).content.decode()
    title = original.title
    response = client.post(edit_url, {"title": "Changed by a translator", "action-publish": "1"})
    assert response.status_code == 302
    original.refresh_from_db()
    assert original.title == title
    assert original.latest_revision.as_object().title == title
    # The Sapari moderator still edits it as before.
    client.force_login(demo["moderator"])
    assert client.get(edit_url).status_code == 200


def test_sync_with_publish_is_refused_to_a_translator(client, demo):
    client.force_login(demo["translator"])
    translated = translate_into_ka(client, demo)
    source = Translation.objects.get(
        target_locale=demo["ka"], source__object_id=demo["article"].translation_key
    ).source
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
        follow=True,
    )
    message = (
        "You may not publish '%(object)s': save the translations without publishing, and "
        "submit them for review."
    )
    assert admin_text(demo["translator"], message) in response.content.decode()
    translated.refresh_from_db()
    assert not translated.live


def test_po_round_trip_through_the_admin(client, demo):
    client.force_login(demo["translator"])
    translated = translate_into_ka(client, demo)
    translation = Translation.objects.get(
        source__object_id=demo["article"].translation_key, target_locale=demo["ka"]
    )
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    title = next(entry for entry in po if entry.msgctxt == "title")
    title.msgstr = TITLE_KA
    upload = io.BytesIO(str(po).encode())
    upload.name = "article-ka.po"
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale=demo["ka"], data=TITLE_KA).exists()
    _response, props = editor_props(client, translated)
    assert any(s["data"] == TITLE_KA for s in props["initialStringTranslations"])


def test_machine_translation_with_the_dummy_translator(client, demo):
    client.force_login(demo["translator"])
    translated = translate_into_ka(client, demo)
    translation = Translation.objects.get(
        source__object_id=demo["article"].translation_key, target_locale=demo["ka"]
    )
    _response, props = editor_props(client, translated)
    assert props["machineTranslator"]["name"] == "Dummy translator"
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )
    assert response.status_code == 302
    # The dummy translator reverses the words of each string.
    machine = StringTranslation.objects.filter(
        locale=demo["ka"], translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert machine.filter(data="hard is father your to talking When").exists()


def test_resubmitting_a_live_translation_keeps_readers_on_the_published_text(client, demo):
    """Saving the translation for review must not change what readers see before approval."""
    client.force_login(demo["translator"])
    translated = translate_into_ka(client, demo)
    translated.title = "ძველი სათაური"
    translated.save_revision().publish()
    translated.refresh_from_db()
    assert translated.live

    _response, props = editor_props(client, translated)
    translation = Translation.objects.get(
        source__object_id=demo["article"].translation_key, target_locale=demo["ka"]
    )
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment_id(props, "title")],
    )
    client.put(url, f"value={TITLE_KA}", content_type="application/x-www-form-urlencoded")
    response = client.post(
        reverse("localization_submit_translation_for_review", args=[translated.pk])
    )
    assert response.status_code == 302

    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "ძველი სათაური"
    assert translated.has_unpublished_changes
    assert translated.latest_revision.as_object().title == TITLE_KA
    client.logout()
    assert "ძველი სათაური" in soup(client.get(translated.url)).find("h1").get_text()


def test_demo_snippet_translations_open_in_the_translation_editor(client, demo):
    """The demo's Georgian topics are wagtail-localize translations translator-ka may revise."""
    from articles.models import Topic

    english = Topic.objects.get(slug="feelings", locale=demo["en"])
    georgian = english.get_translation(demo["ka"])
    client.force_login(demo["translator"])

    response = client.get(reverse("wagtailsnippets_articles_topic:edit", args=[georgian.pk]))
    assert response.status_code == 200
    editor = soup(response).select_one(".js-translation-editor")
    assert editor is not None, "the translation editor did not open"
    props = json.loads(editor["data-props"])
    name_segment = next(s for s in props["segments"] if s.get("source") == english.name)
    translated = {t["segment_id"]: t["data"] for t in props["initialStringTranslations"]}
    assert translated[name_segment["id"]] == georgian.name

    response = client.get(reverse("wagtailsnippets_articles_topic:edit", args=[english.pk]))
    assert response.status_code in (302, 403)
    assert "js-translation-editor" not in response.content.decode()
