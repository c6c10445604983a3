"""One partner, one chat: the chat and hours changed once reach the support page in every language.

Sapari's support page exists in English and Georgian (translations of one another). Its
moderator changes the chat and the opening hours in "Chat and opening hours" through the admin;
Georgian readers see the new chat and hours on their next request, although the page was in the
page cache. Other partners' users cannot reach Sapari's settings.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from page_cache.middleware import CACHE_STATUS_HEADER
from support.models import PartnerChatSettings
from tests import factories
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import refused, soup, text_of

CHATWOOT = {
    "chat_kind": "chatwoot",
    "chatwoot_base_url": "https://chatwoot.example.org",
    "chatwoot_website_token": "sapariDemoToken2026",
    "opening_hours": [("weekly", {"weekday": "0", "opens": "17:00", "closes": "20:00"})],
}


@pytest.fixture
def sapari(world, locales):
    """Sapari's support page in English and Georgian, with its Chatwoot chat."""
    ka = locales["ka"]
    support = factories.SupportPageFactory(parent=world["sapari"], title="Talk to Sapari")
    factories.set_partner_chat(support, **CHATWOOT)
    factories.translate(world["home"], ka)
    factories.translate(world["georgia"], ka, title="საქართველო")
    factories.translate(world["sapari"], ka, title="საფარი")
    support_ka = factories.translate(support, ka, title="დაგვიკავშირდი")
    # The partner's page permissions in its new Georgian pages, as `make run` gives them.
    call_command("setup_partners", stdout=StringIO())
    return {"en": support, "ka": support_ka}


def settings_url(support_page):
    chat = PartnerChatSettings.objects.get(partner_key=support_page.get_parent().translation_key)
    return reverse("wagtailsnippets_support_partnerchatsettings:edit", args=(chat.pk,))


def new_chat_form():
    return nested_form_data(
        {
            "chat_kind": "iframe",
            "chat_url": "https://chat.example.org/sapari-evenings",
            "chatwoot_base_url": "https://chatwoot.example.org",
            "chatwoot_website_token": "sapariDemoToken2026",
            "messenger_url": "",
            **factories.privacy_form(),
            "opening_hours": streamfield(
                [("weekly", {"weekday": "1", "opens": "09:30", "closes": "11:45"})]
            ),
        }
    )


def reader_view(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = soup(response)
    return response, html.select_one("[data-chat-start]")["href"], text_of(html.select_one("dl"))


def test_the_pages_are_translations_sharing_one_settings_record(sapari):
    assert sapari["ka"].translation_key == sapari["en"].translation_key
    assert sapari["ka"].chat_settings == sapari["en"].chat_settings
    assert PartnerChatSettings.objects.count() == 2  # MÄN's and Sapari's


def test_a_moderators_change_reaches_georgian_readers_at_once(world, sapari, client):
    reader = client
    _, link, hours = reader_view(reader, sapari["ka"])
    assert link.startswith("https://chatwoot.example.org/widget")
    assert "17:00–20:00" in hours
    cached, _, _ = reader_view(reader, sapari["ka"])
    assert cached[CACHE_STATUS_HEADER] == "hit"

    moderator = login(reader.__class__(), world["users"]["sapari-moderator"])
    response = moderator.post(settings_url(sapari["en"]), new_chat_form())
    assert response.status_code == 302

    for code in ("ka", "en"):
        response, link, hours = reader_view(reader, sapari[code])
        assert link == "https://chat.example.org/sapari-evenings", code
        assert "09:30–11:45" in hours, code
        assert "17:00" not in hours, code
        assert response.headers["Content-Security-Policy"].count("chatwoot") == 0, code


def test_the_georgian_edit_form_says_where_the_chat_is_changed(world, sapari, client):
    moderator = login(client, world["users"]["sapari-moderator"])
    edit = reverse("wagtailadmin_pages:edit", args=(sapari["ka"].pk,))
    form = soup(moderator.get(edit)).select_one("form#page-edit-form")
    assert form.find("a", href=settings_url(sapari["ka"])) is not None
    assert form.select_one("[name=chat_kind]") is None


@pytest.mark.parametrize("username", ["sapari-editor", "man-moderator", "man-editor"])
def test_only_the_partners_moderators_change_its_chat(world, sapari, client, username):
    user_client = login(client, world["users"][username])
    assert refused(user_client.get(settings_url(sapari["en"])))
    assert refused(user_client.post(settings_url(sapari["en"]), new_chat_form()))
    chat = PartnerChatSettings.objects.get(partner_key=sapari["en"].get_parent().translation_key)
    assert chat.chat_kind == "chatwoot"


def test_a_regional_admin_reaches_every_partners_chat(world, sapari, client):
    admin = login(client, world["users"]["regional-admin"])
    listing = soup(admin.get(reverse("wagtailsnippets_support_partnerchatsettings:list")))
    rows = " ".join(text_of(row) for row in listing.select("main table tbody tr"))
    assert "Sapari" in rows
    assert admin.get(settings_url(sapari["en"])).status_code == 200
