"""The chat on support pages: who may configure it, what is refused, and what readers' browsers get.

Privacy by default: until the reader presses "Start chat" no address of the chat service is in
anything the browser fetches (src, link rel=preconnect/prefetch, scripts); only the support page
that uses a chat allows its origin in the Content-Security-Policy.
"""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from support.models import PartnerChatSettings, SupportPage
from tests import factories
from tests.factories import set_partner_chat
from tests.utils import csp, refused, soup, text_of

CHATWOOT = {
    "chat_kind": "chatwoot",
    "chat_url": "",
    "chatwoot_base_url": "https://chatwoot.example.org",
    "chatwoot_website_token": "sapariDemoToken2026",
}


# Who may change the chat ------------------------------------------------------------------------


def staff_client(client, tree, username, *, chat_settings):
    """A logged-in partner editor (or, with chat settings, moderator) of the tree's partner."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    # As the partner setup does: on the partner's pages in every language.
    for partner_page in tree["partner"].get_translations(inclusive=True):
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=partner_page, permission=Permission.objects.get(codename=codename)
            )
    if chat_settings:
        group.permissions.add(Permission.objects.get(codename="change_chat_settings"))
    user = get_user_model().objects.create_user(username=username, password="x")  # noqa: S106
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.fixture
def moderator(client, tree):
    return staff_client(client, tree, "moderator", chat_settings=True)


@pytest.fixture
def editor(client, tree):
    return staff_client(client, tree, "editor", chat_settings=False)


def chat_form(**overrides):
    """The "Chat and opening hours" form as the admin posts it."""
    data = {
        "chat_kind": "iframe",
        "chat_url": "https://chat.example.org/man",
        "chatwoot_base_url": "",
        "chatwoot_website_token": "",
        "messenger_url": "",
        **factories.privacy_form(),
        "opening_hours": streamfield(
            [("weekly", {"weekday": "0", "opens": "18:00", "closes": "21:00"})]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


def support_form(**overrides):
    data = {
        "title": "Talk to us",
        "slug": "support",
        "intro": "Chat with us anonymously.",
        "body": rich_text("<p>We listen.</p>"),
        "opening_hours_text": "",
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def partner_chat(page) -> PartnerChatSettings:
    return PartnerChatSettings.objects.get(partner_key=page.get_parent().translation_key)


def chat_settings_url(page):
    return reverse(
        "wagtailsnippets_support_partnerchatsettings:edit", args=(partner_chat(page).pk,)
    )


def test_moderator_sets_up_a_chatwoot_widget_for_every_language(moderator, tree, client):
    response = moderator.post(chat_settings_url(tree["support"]), chat_form(**CHATWOOT))
    assert response.status_code == 302
    chat = partner_chat(tree["support"])
    assert chat.chat_kind == "chatwoot"
    assert chat.chatwoot_website_token == "sapariDemoToken2026"
    assert chat.opening_hours[0].value["opens"].hour == 18
    client.logout()
    for page in (tree["support"], tree["support_sv"]):
        start = soup(client.get(page.url)).select_one("[data-chat-start]")
        assert start["href"].startswith("https://chatwoot.example.org/widget"), page.url


def test_the_support_page_editor_says_where_the_chat_is_changed(moderator, tree):
    for page in (tree["support"], tree["support_sv"]):
        form = soup(moderator.get(edit_url(page))).select_one("form#page-edit-form")
        assert "same on its support page in every language" in text_of(form)
        link = form.find("a", href=chat_settings_url(page))
        assert text_of(link) == f"Change the chat and opening hours of {tree['partner'].title}"
        # The settings themselves are not fields of the page in any language.
        for name in ("chat_kind", "chat_url", "chatwoot_base_url", "messenger_url"):
            assert form.select_one(f"[name={name}]") is None, name


def test_editor_sees_who_changes_the_chat_but_cannot_open_it(editor, tree):
    form = soup(editor.get(edit_url(tree["support"]))).select_one("form#page-edit-form")
    assert form.select_one("[name=intro]") is not None
    # What readers are told about privacy is the partner's settings, not a page field.
    for name in ("anonymous", "keeps", "retention_days", "operator"):
        assert form.select_one(f"[name={name}]") is None, name
    assert "Your organisation's moderators can change them." in text_of(form)
    assert form.find("a", href=chat_settings_url(tree["support"])) is None
    assert refused(editor.get(chat_settings_url(tree["support"])))


def test_an_editors_crafted_posts_do_not_change_the_chat(editor, client, tree):
    before = partner_chat(tree["support"])
    assert refused(editor.post(chat_settings_url(tree["support"]), chat_form(**CHATWOOT)))
    data = support_form(intro="New intro from the editor.", **CHATWOOT)
    assert editor.post(edit_url(tree["support"]), data).status_code == 302
    page = SupportPage.objects.get(pk=tree["support"].pk)
    assert page.intro == "New intro from the editor."
    chat = partner_chat(page)
    assert (chat.chat_kind, chat.chat_url, chat.chatwoot_website_token) == (
        before.chat_kind,
        "https://chat.example.org/man",
        "",
    )
    client.logout()
    assert "chatwoot.example.org" not in client.get(page.url).content.decode()


def test_another_partners_moderator_cannot_reach_this_partners_chat(client, tree):
    other = factories.PartnerPageFactory(parent=tree["country"], title="Other", slug="other")
    other_support = factories.SupportPageFactory(
        parent=other, chat_url="https://chat.example.org/o"
    )
    staff_client(client, {"partner": other}, "other-moderator", chat_settings=True)
    listing = soup(client.get(reverse("wagtailsnippets_support_partnerchatsettings:list")))
    rows = [text_of(row) for row in listing.select("main table tbody tr")]
    assert len(rows) == 1
    assert rows[0].startswith("Other")
    assert refused(client.get(chat_settings_url(tree["support"])))
    assert refused(client.post(chat_settings_url(tree["support"]), chat_form(**CHATWOOT)))
    assert partner_chat(tree["support"]).chat_kind == "iframe"
    assert client.get(chat_settings_url(other_support)).status_code == 200


def test_a_refused_origin_is_explained_and_nothing_is_saved(moderator, tree):
    response = moderator.post(
        chat_settings_url(tree["support"]), chat_form(chat_url="https://tracker.example.com/chat")
    )
    assert response.status_code == 200
    message = text_of(soup(response).select_one("main"))
    assert "https://tracker.example.com is not on the list of chat services" in message
    assert partner_chat(tree["support"]).chat_url == "https://chat.example.org/man"


def test_a_kind_without_its_address_is_refused(moderator, tree):
    response = moderator.post(
        chat_settings_url(tree["support"]), chat_form(chat_kind="messenger", chat_url="")
    )
    assert response.status_code == 200
    assert "Needed for the chosen kind of chat." in text_of(soup(response).select_one("main"))
    assert partner_chat(tree["support"]).chat_kind == "iframe"


# What the allow-list accepts ---------------------------------------------------------------------


def check(**fields):
    # The privacy facts are complete (tests/test_support_facts.py checks what they refuse).
    PartnerChatSettings(partner_key=uuid.uuid4(), **{"keeps": "nothing", **fields}).full_clean()


@pytest.mark.parametrize(
    "fields",
    [
        {"chat_kind": "iframe", "chat_url": "https://chat.example.org/man"},
        {"chat_kind": "iframe", "chat_url": "https://CHAT.example.org:443/man?lang=sv"},
        CHATWOOT,
        {"chat_kind": "messenger", "messenger_url": "https://t.me/casa_marioarei"},
        {"chat_kind": "messenger", "messenger_url": "https://wa.me/37400000000"},
        {"chat_kind": "messenger", "messenger_url": "https://signal.me/#p/+46700000000"},
        {"chat_kind": "none"},
    ],
)
def test_allowed_chats(db, fields):
    check(**fields)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("chat_url", "https://tracker.example.com/chat", "is not on the list"),
        ("chat_url", "http://chat.example.org/man", "is not on the list"),
        ("chat_url", "https://chat.example.org.evil.example.com/", "is not on the list"),
        ("chat_url", "https://evil.example.com/?u=https://chat.example.org", "is not on the list"),
        ("chat_url", "https://chat.example.org:8443/man", "is not on the list"),
        ("chat_url", "https://user:secret@chat.example.org/man", "user name or password"),
        ("chat_url", "https://chat.example.org:99999/", "valid URL"),
        ("chat_url", "//chat.example.org/man", "valid URL"),
        ("chat_url", "javascript:alert(1)", "valid URL"),
        ("chat_url", "https://chat.example.org/ man", "not allowed in a URL"),
        ("chat_url", 'https://chat.example.org/"><script>alert(1)</script>', "not allowed"),
        ("chatwoot_base_url", "https://app.chatwoot.com", "is not on the list"),
        ("chatwoot_base_url", "https://chatwoot.example.org/'onload='x", "not allowed"),
        ("chatwoot_website_token", 'abc"><script>alert(1)</script>', "website token"),
        ("chatwoot_website_token", "short", "website token"),
        ("messenger_url", "https://evil.example.com/t.me", "messenger link must start"),
        ("messenger_url", "tg://resolve?domain=x", "valid URL"),
        ("messenger_url", 'https://t.me/x"onmouseover="alert(1)', "not allowed"),
    ],
)
def test_refused_chat_settings(db, field, value, message):
    with pytest.raises(ValidationError) as error:
        check(**{field: value})
    assert message in " ".join(error.value.message_dict[field])


def test_an_origin_added_in_settings_is_allowed(db, settings):
    with pytest.raises(ValidationError):
        check(chat_kind="iframe", chat_url="https://chat.partner.example.net/room")
    settings.SUPPORT_CHAT_ALLOWED_ORIGINS = ["https://chat.partner.example.net"]
    check(chat_kind="iframe", chat_url="https://chat.partner.example.net/room")


def test_text_fields_are_shown_as_text_not_markup(client, tree):
    page = tree["support"]
    page.opening_hours_text = "<img src=x onerror=alert(1)>"
    set_partner_chat(
        page,
        operator="other",
        operator_name="<script>alert('operator')</script>",
        opening_hours=[("weekly", {"weekday": "0", "opens": "18:00", "closes": "21:00"})],
    )
    factories.publish(page)
    response = client.get(page.url)
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    chat = soup(response).select_one("section.chat")
    assert "Open: <img src=x onerror=alert(1)>" in text_of(chat)
    assert "<script>alert('operator')</script> runs this chat for us." in text_of(chat)


def test_a_chat_taken_off_the_allow_list_disappears_from_the_page(client, tree, settings):
    settings.SUPPORT_CHAT_ALLOWED_ORIGINS = ["https://chatwoot.example.org"]
    response = client.get(tree["support"].url)
    assert soup(response).select_one("section.chat") is None
    assert "chat.example.org" not in response.content.decode()
    assert csp(response)["frame-src"] == ["'none'"]


# The page before the reader presses Start chat ------------------------------------------------


def fetched_urls(page):
    """Every URL the browser fetches on its own while loading the page."""
    urls = [element["src"] for element in page.find_all(src=True)]
    urls += [element["href"] for element in page.find_all("link", href=True)]
    urls += [element["srcset"] for element in page.find_all(srcset=True)]
    urls += [element["data"] for element in page.find_all("object", data=True)]
    urls += [element["poster"] for element in page.find_all(poster=True)]
    return urls


@pytest.mark.parametrize(
    ("fields", "origin", "link"),
    [
        ({}, "chat.example.org", "https://chat.example.org/man"),
        (
            CHATWOOT,
            "chatwoot.example.org",
            "https://chatwoot.example.org/widget?website_token=sapariDemoToken2026",
        ),
        (
            {"chat_kind": "messenger", "chat_url": "", "messenger_url": "https://t.me/man_chat"},
            "t.me",
            "https://t.me/man_chat",
        ),
    ],
)
def test_nothing_is_fetched_from_the_chat_service_before_the_click(
    client, tree, fields, origin, link
):
    page = tree["support"]
    set_partner_chat(page, **fields)
    response = client.get(page.url)
    html = soup(response)
    assert not [url for url in fetched_urls(html) if origin in url]
    assert html.find("iframe") is None
    assert not html.select("link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch]")
    assert [script["src"] for script in html.find_all("script", src=True)] == [
        "/static/js/site.js",
        "/static/js/support.js",
    ]
    # The one place the address appears: the Start link, which is also the chat without JS.
    assert response.content.decode().count(origin) == 1
    start = html.select_one("section.chat a.button--primary")
    assert start["href"] == link
    assert "noreferrer" in start["rel"]


def test_the_start_button_says_what_starting_means(client, tree):
    page = tree["support"]
    set_partner_chat(page, keeps="messages", retention_days=30, anonymous=True)
    html = soup(client.get(page.url))
    start = html.select_one("[data-chat-start]")
    assert text_of(start) == "Start chat"
    described_by = html.find(id=start["aria-describedby"])
    assert text_of(described_by) == (
        "We run this chat ourselves. It is anonymous: you need no account, and nobody asks who "
        "you are. The messages are kept for 30 days, then deleted. Nothing is loaded from the "
        "chat service until you start the chat."
    )
    assert html.select_one("[data-chat-close]").has_attr("hidden")
    assert html.select_one("[data-chat-frame]").has_attr("hidden")


# Content-Security-Policy ---------------------------------------------------------------------


def test_the_support_page_frames_exactly_its_own_chat(client, tree):
    policy = csp(client.get(tree["support"].url))
    assert policy["frame-src"] == ["https://chat.example.org"]
    assert policy["script-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]


def test_a_chatwoot_page_frames_only_its_chatwoot_server(client, tree):
    page = tree["support"]
    set_partner_chat(page, **CHATWOOT)
    policy = csp(client.get(page.url))
    assert policy["frame-src"] == ["https://chatwoot.example.org"]
    # Chatwoot's page runs in its own frame: nothing of it runs in ours.
    assert policy["script-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]


@pytest.mark.parametrize(
    "fields",
    [
        {"chat_kind": "none", "chat_url": ""},
        {"chat_kind": "messenger", "chat_url": "", "messenger_url": "https://t.me/man_chat"},
    ],
)
def test_a_support_page_without_a_framed_chat_frames_nothing(client, tree, fields):
    page = tree["support"]
    set_partner_chat(page, **fields)
    assert csp(client.get(page.url))["frame-src"] == ["'none'"]


def test_no_other_page_allows_the_chat(client, tree):
    for name in ("home", "country", "partner", "article", "topic_page", "safety", "article_sv"):
        response = client.get(tree[name].url)
        assert response.status_code == 200, name
        header = response.headers["Content-Security-Policy"]
        assert "chat.example.org" not in header, name
        assert csp(response)["frame-src"] == ["'none'"], name


def test_each_partner_frames_only_its_own_chat(client, tree):
    partner = factories.PartnerPageFactory(parent=tree["country"], title="Other", slug="other")
    other = factories.SupportPageFactory(
        parent=partner,
        chat_kind="chatwoot",
        chat_url="",
        **{key: value for key, value in CHATWOOT.items() if key not in ("chat_kind", "chat_url")},
    )
    assert csp(client.get(other.url))["frame-src"] == ["https://chatwoot.example.org"]
    assert csp(client.get(tree["support"].url))["frame-src"] == ["https://chat.example.org"]


def test_every_language_shows_the_partners_one_chat(client, tree):
    """The chat and hours are the partner's: no language version has a copy of its own."""
    set_partner_chat(tree["support"], chat_url="https://chat.example.org/new-room")
    for page in (tree["support"], tree["support_sv"]):
        response = client.get(page.url)
        assert csp(response)["frame-src"] == ["https://chat.example.org"]
        start = soup(response).select_one("[data-chat-start]")
        assert start["href"] == "https://chat.example.org/new-room", page.url


def test_a_new_partners_support_page_brings_its_chat_record(admin_client, tree):
    moderator = admin_client
    partner = factories.PartnerPageFactory(parent=tree["country"], title="New", slug="new")
    add_url = reverse("wagtailadmin_pages:add", args=("support", "supportpage", partner.pk))
    form = soup(moderator.get(add_url)).select_one("form#page-edit-form")
    assert "same on its support page in every language" in text_of(form)
    response = moderator.post(add_url, support_form())
    assert response.status_code == 302
    page = SupportPage.objects.child_of(partner).get()
    assert partner_chat(page).chat_kind == "none"
    assert page.chat is None
