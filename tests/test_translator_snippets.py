"""Translators translate snippets (footer, menu, topics, helplines) into their own locale only.

Through the real admin and wagtail-localize's views, with the groups `setup_partners` creates:
the translator translates the English footer into Swedish in the translation editor and readers
of /sv/ see it; they cannot change originals, other locales' translations, or add and delete;
helplines go only into the languages of their country's partners.
"""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from articles.models import Topic
from core.partners import translators_group
from navigation.models import Footer
from support.models import Helpline
from tests.factories import TopicFactory
from tests.partner_world import make_user, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import admin_text, refused, soup, text_of

FOOTER_EN = "Made with care by the Redefine partners."
FOOTER_SV = "Gjord med omsorg av Redefines partner."


def snippet_url(model, name, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{name}", args=args
    )


def submit_url(instance):
    meta = instance._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, instance.pk],
    )


def translate_with_wagtail_localize(instance, locale, user=None):
    """What a regional administrator's "Translate" does: the translated copy, kept in sync."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(user=user)
    return instance.get_translation(locale)


def editor_props(response) -> dict:
    editor = soup(response).select_one(".js-translation-editor")
    assert editor is not None, "the translation editor did not open"
    return json.loads(editor["data-props"])


@pytest.fixture
def english_footer(world):
    return Footer.objects.create(locale=world["home"].locale, text=f"<p>{FOOTER_EN}</p>")


@pytest.fixture
def translator_sv(world):
    return world["users"]["translator-sv"]


@pytest.fixture
def translator_ka(world):
    return make_user("translator-ka", [translators_group("ka")])


def test_translator_translates_the_footer_and_readers_see_it(client, world, english_footer):
    translator = world["users"]["translator-sv"]
    sv = Locale.objects.get(language_code="sv")
    client.force_login(translator)

    # The footer listing offers "Translate", but no way to edit the English original.
    listing = client.get(snippet_url(Footer, "list"))
    assert listing.status_code == 200
    page = soup(listing)
    assert page.select_one(f'a[href="{submit_url(english_footer)}"]') is not None
    assert page.select_one(f'a[href="{snippet_url(Footer, "edit", english_footer.pk)}"]') is None

    # The form offers only Swedish.
    form = soup(client.get(submit_url(english_footer)))
    offered = {box["value"] for box in form.select("input[name=locales]")}
    assert offered == {str(sv.pk)}
    response = client.post(submit_url(english_footer), {"locales": [sv.pk]})
    assert response.status_code == 302
    swedish = Footer.objects.get(locale=sv, translation_key=english_footer.translation_key)
    assert response.url == snippet_url(Footer, "edit", swedish.pk)

    # The translation editor opens; the translator translates the text and saves it.
    props = editor_props(client.get(response.url))
    segment = next(s for s in props["segments"] if s.get("source") == FOOTER_EN)
    translation = Translation.objects.get(
        source__object_id=english_footer.translation_key, target_locale=sv
    )
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment["id"]]),
        f"value={FOOTER_SV}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    response = client.post(snippet_url(Footer, "edit", swedish.pk), {"action": "publish"})
    assert response.status_code == 302

    # Nothing is left for this translator to translate it into: "Translate" is no longer offered.
    listing = soup(client.get(snippet_url(Footer, "list")))
    assert listing.select_one(f'a[href="{submit_url(english_footer)}"]') is None

    # Readers of /sv/ see the Swedish footer at once (the footer's fragment cache follows it);
    # English readers keep the original.
    client.logout()
    swedish_home = text_of(soup(client.get(world["home"].get_translation(sv).url)).footer)
    assert FOOTER_SV in swedish_home
    assert FOOTER_EN not in swedish_home
    assert FOOTER_EN in text_of(soup(client.get(world["home"].url)).footer)


def test_translator_cannot_change_originals(client, world, english_footer, translator_sv):
    client.force_login(translator_sv)
    edit_url = snippet_url(Footer, "edit", english_footer.pk)

    assert refused(client.get(edit_url))
    response = client.post(edit_url, {"text": '{"blocks": []}', "links-count": "0"})
    assert refused(response)
    assert refused(client.get(snippet_url(Footer, "add")))
    assert refused(client.post(snippet_url(Footer, "delete", english_footer.pk)))
    english_footer.refresh_from_db()
    assert FOOTER_EN in english_footer.text
    assert Footer.objects.count() == 1

    # A footer written in Swedish (not a translation) belongs to whoever wrote it.
    sv = Locale.objects.get(language_code="sv")
    swedish_original = Footer.objects.create(locale=sv, text="<p>Skriven på svenska.</p>")
    assert refused(client.get(snippet_url(Footer, "edit", swedish_original.pk)))


def test_translator_cannot_touch_another_locales_translation(
    client, world, english_footer, translator_sv
):
    ka = Locale.objects.get(language_code="ka")
    georgian = translate_with_wagtail_localize(english_footer, ka)
    client.force_login(translator_sv)

    assert refused(client.get(snippet_url(Footer, "edit", georgian.pk)))
    assert refused(client.post(snippet_url(Footer, "edit", georgian.pk), {"action": "publish"}))
    # Not through the translation editor's API either.
    translation = Translation.objects.get(target_locale=ka)
    segment = translation.source.stringsegment_set.first()
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Hijacked",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    georgian.refresh_from_db()
    assert "Hijacked" not in georgian.text


def test_translator_is_refused_another_locale_on_submit(client, world, translator_sv):
    topic = TopicFactory(name="Body image", slug="body-image", locale=world["home"].locale)
    ka = Locale.objects.get(language_code="ka")
    client.force_login(translator_sv)

    response = client.post(submit_url(topic), {"locales": [ka.pk]})
    assert refused(response)
    messages = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert admin_text(translator_sv, "You may not translate into %(language)s.") in messages
    assert not Topic.objects.filter(locale=ka, translation_key=topic.translation_key).exists()


def test_topic_listing_links_only_the_translators_own_translations(client, world, translator_sv):
    en, sv = (Locale.objects.get(language_code=code) for code in ("en", "sv"))
    topic = TopicFactory(name="Body image", slug="body-image", locale=en)
    swedish = translate_with_wagtail_localize(topic, sv)
    client.force_login(translator_sv)

    page = soup(client.get(snippet_url(Topic, "list") + "?locale=sv"))
    assert page.select_one(f'a[href="{snippet_url(Topic, "edit", swedish.pk)}"]') is not None
    page = soup(client.get(snippet_url(Topic, "list") + "?locale=en"))
    assert page.select_one(f'a[href="{snippet_url(Topic, "edit", topic.pk)}"]') is None
    assert client.get(snippet_url(Topic, "edit", swedish.pk)).status_code == 200


def test_helplines_go_only_into_their_countrys_languages(client, world, translator_ka):
    ka = Locale.objects.get(language_code="ka")
    client.force_login(translator_ka)

    # A Georgian helpline may be translated into Georgian...
    georgian_helpline = world["georgian_helpline"]
    form = soup(client.get(submit_url(georgian_helpline)))
    assert {box["value"] for box in form.select("input[name=locales]")} == {str(ka.pk)}
    assert client.post(submit_url(georgian_helpline), {"locales": [ka.pk]}).status_code == 302
    translated = Helpline.objects.get(locale=ka, translation_key=georgian_helpline.translation_key)
    assert client.get(snippet_url(Helpline, "edit", translated.pk)).status_code == 200

    # ...a Swedish one may not: no Swedish partner publishes in Georgian.
    swedish_helpline = world["swedish_helpline"]
    listing = soup(client.get(snippet_url(Helpline, "list")))
    assert listing.select_one(f'a[href="{submit_url(georgian_helpline)}"]') is None  # done
    assert listing.select_one(f'a[href="{submit_url(swedish_helpline)}"]') is None
    form = soup(client.get(submit_url(swedish_helpline)))
    assert not form.select("input[name=locales]")
    response = client.post(submit_url(swedish_helpline), {"locales": [ka.pk]})
    assert refused(response)
    assert not Helpline.objects.filter(
        locale=ka, translation_key=swedish_helpline.translation_key
    ).exists()
    # And the original Georgian helpline stays out of reach.
    assert refused(client.get(snippet_url(Helpline, "edit", georgian_helpline.pk)))


def test_others_keep_their_rights(client, world, english_footer):
    # Regional administrators edit originals; partner editors their country's helplines.
    client.force_login(world["users"]["regional-admin"])
    assert client.get(snippet_url(Footer, "edit", english_footer.pk)).status_code == 200
    topic = TopicFactory(name="Body image", slug="body-image", locale=world["home"].locale)
    assert client.get(snippet_url(Topic, "edit", topic.pk)).status_code == 200

    client.force_login(world["users"]["man-editor"])
    swedish_helpline = world["swedish_helpline"]
    assert client.get(snippet_url(Helpline, "edit", swedish_helpline.pk)).status_code == 200
    assert refused(client.get(snippet_url(Helpline, "edit", world["georgian_helpline"].pk)))
