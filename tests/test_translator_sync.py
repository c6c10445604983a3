"""A translator's "Sync translated pages/snippets" never overwrites other languages.

Issue 17.4: `translator-ka`, with wagtail-localize's "Update translations" and "Publish
immediately", replaced the live topic descriptions in all seven languages with English. Through
wagtail-localize's real update-translations view, with the groups `setup_partners` creates
(`localization.sync_guard`).
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from articles.models import Topic
from core.partners import translators_group
from tests.factories import translate
from tests.partner_world import make_user, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import admin_text, refused, soup

DESCRIPTIONS = {
    "sv": "När känslorna tar över.",
    "ka": "როცა გრძნობები გძლევს.",
    "ru": "Когда чувства берут верх.",
    "be": "Калі пачуцці бяруць верх.",
}
REFUSAL = (
    "You may not update the translations of '%(object)s': it is also translated into "
    "%(languages)s, which you may not change. Ask a regional administrator."
)


def synced_translation(instance, locale):
    """What a regional administrator's "Translate" does: a translation kept in sync."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=True)
    return source, instance.get_translation(locale)


def update_url(source):
    return reverse("wagtail_localize:update_translations", args=[source.pk])


@pytest.fixture
def translator_ka(world):
    return make_user("translator-ka", [translators_group("ka")])


@pytest.fixture
def translated_topic(world):
    """The English topic, translated with wagtail-localize, with live texts in four languages."""
    topic = world["topic"]
    source = None
    for code, description in DESCRIPTIONS.items():
        source, translated = synced_translation(topic, Locale.objects.get(language_code=code))
        translated.description = description
        translated.save()
    topic.description = "When feelings take over."
    topic.save()
    return source


def descriptions(topic):
    return dict(
        Topic.objects.filter(translation_key=topic.translation_key).values_list(
            "locale__language_code", "description"
        )
    )


def test_translator_cannot_overwrite_other_languages_topics(
    client, world, translator_ka, translated_topic
):
    before = descriptions(world["topic"])
    client.force_login(translator_ka)

    assert refused(client.get(update_url(translated_topic)))
    response = client.post(
        update_url(translated_topic),
        {"publish_translations": "on", "use_machine_translation": "on"},
        follow=True,
    )
    assert admin_text(translator_ka, REFUSAL) in response.content.decode()
    assert descriptions(world["topic"]) == before
    # Not without "Publish immediately" either: the sync is refused as a whole.
    assert refused(client.post(update_url(translated_topic), {}))
    assert descriptions(world["topic"]) == before


def test_the_topic_listing_offers_the_translator_no_sync(
    client, world, translator_ka, translated_topic
):
    listing = reverse("wagtailsnippets_articles_topic:list") + "?locale=en"
    sync_link = f'a[href^="{update_url(translated_topic)}"]'
    client.force_login(translator_ka)
    assert soup(client.get(listing)).select_one(sync_link) is None
    client.force_login(world["users"]["regional-admin"])
    assert soup(client.get(listing)).select_one(sync_link) is not None


def test_translator_syncs_a_topic_translated_only_into_their_language(client, world, translator_ka):
    ka = Locale.objects.get(language_code="ka")
    source, georgian = synced_translation(world["topic"], ka)
    client.force_login(translator_ka)
    assert client.get(update_url(source)).status_code == 200
    response = client.post(update_url(source), {"publish_translations": "on"})
    assert response.status_code == 302
    assert not refused(response)


def test_regional_admin_still_syncs_every_language(client, world, translated_topic):
    client.force_login(world["users"]["regional-admin"])
    response = client.post(update_url(translated_topic), {"publish_translations": "on"})
    assert response.status_code == 302
    assert not refused(response)
    # Untranslated strings fall back to the source: that is what "Publish immediately" does.
    assert set(descriptions(world["topic"]).values()) == {"When feelings take over."}


def test_translator_cannot_overwrite_other_languages_pages(client, world, translator_ka):
    ka, sv = (Locale.objects.get(language_code=code) for code in ("ka", "sv"))
    translate(world["home"], ka)
    safety = world["safety"]
    _source, georgian = synced_translation(safety, ka)
    source, swedish = synced_translation(safety, sv)
    for page, title in ((georgian, "ონლაინ უსაფრთხოება"), (swedish, "Säker på nätet")):
        page.title = title
        page.save_revision().publish()
    before = list(Page.objects.filter(translation_key=safety.translation_key).values())
    client.force_login(translator_ka)

    assert refused(client.get(update_url(source)))
    response = client.post(update_url(source), {"publish_translations": "on"}, follow=True)
    assert admin_text(translator_ka, REFUSAL) in response.content.decode()
    assert list(Page.objects.filter(translation_key=safety.translation_key).values()) == before
