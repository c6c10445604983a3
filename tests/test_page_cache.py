"""The whole-page cache: what is cached, what never is, and that every change shows at once."""

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder

from page_cache.middleware import CACHE_STATUS_HEADER
from tests import factories
from tests.test_admin_editing import article_form
from tests.utils import soup, text_of


def cache_status(response):
    return response.get(CACHE_STATUS_HEADER)


def test_second_anonymous_request_is_served_from_the_cache(client, tree, django_assert_num_queries):
    url = tree["article"].url
    first = client.get(url)
    assert first.status_code == 200
    assert cache_status(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert cache_status(second) == "hit"
    assert second.content == first.content
    # The cached copy carries the same security headers as a freshly rendered page.
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert second[header] == first[header]
    assert not second.cookies


def test_pages_are_cached_per_locale(client, tree):
    client.get(tree["article"].url)
    swedish = client.get(tree["article_sv"].url)
    assert cache_status(swedish) == "miss"
    assert text_of(soup(swedish).find("h1")) == "När ilskan tar över"


def test_public_pages_get_cache_control_and_an_etag(client, tree, settings):
    response = client.get(tree["article"].url)
    assert response["Cache-Control"] == (
        f"public, max-age={settings.PAGE_CACHE_BROWSER_MAX_AGE}, "
        f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}"
    )
    assert response["ETag"].startswith('"') and len(response["ETag"]) > 10


@pytest.mark.parametrize("warm", [False, True], ids=["uncached", "cached"])
def test_conditional_get_answers_304_when_nothing_changed(client, tree, warm):
    url = tree["home"].url
    etag = client.get(url)["ETag"]
    if warm:
        assert cache_status(client.get(url)) == "hit"
    else:
        client.get(reverse("wagtailadmin_home"))  # nothing: just a request in between
    not_modified = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200


def test_publishing_through_the_admin_shows_at_once(admin_user, client, tree):
    article = tree["article"]
    assert text_of(soup(client.get(article.url)).find("h1")) == "When anger takes over"
    assert cache_status(client.get(article.url)) == "hit"
    home_before = client.get(tree["home"].url)

    editor = type(client)()
    editor.force_login(admin_user)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=(article.pk,)),
        article_form(tree, title="When anger takes over you", slug=article.slug),
    )
    assert response.status_code == 302

    fresh = client.get(article.url)
    assert cache_status(fresh) == "miss"
    assert text_of(soup(fresh).find("h1")) == "When anger takes over you"
    # The home page lists the article too: it is rendered afresh, with the new title.
    assert "When anger takes over" in home_before.content.decode()
    home_after = client.get(tree["home"].url)
    assert cache_status(home_after) == "miss"
    assert home_after["ETag"] != home_before["ETag"]
    assert "When anger takes over you" in text_of(soup(home_after))


def test_saving_a_draft_does_not_change_the_public_page(admin_client, client, tree):
    article = tree["article"]
    client.get(article.url)
    data = article_form(tree, title="A draft title", slug=article.slug)
    del data["action-publish"]
    assert (
        admin_client.post(reverse("wagtailadmin_pages:edit", args=(article.pk,)), data).status_code
        == 302
    )
    response = client.get(article.url)
    assert text_of(soup(response).find("h1")) == "When anger takes over"


def test_unpublishing_removes_the_page_at_once(admin_client, client, tree):
    article = tree["article"]
    assert client.get(article.url).status_code == 200
    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    assert response.status_code == 302
    assert client.get(article.url).status_code == 404


def test_deleting_removes_the_page_at_once(admin_client, client, tree):
    article, url = tree["article_sv"], tree["article_sv"].url
    assert client.get(url).status_code == 200
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(article.pk,)))
    assert response.status_code == 302
    assert client.get(url).status_code == 404


def test_moving_a_page_moves_it_at_once(admin_client, client, tree):
    article = tree["article"]
    old_url = article.url
    other_partner = factories.PartnerPageFactory(
        parent=tree["country"], title="Other partner", slug="other-partner"
    )
    assert client.get(old_url).status_code == 200
    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=(article.pk, other_partner.pk))
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.url != old_url
    # The cached page at the old address is gone: Wagtail's automatic redirect answers instead.
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"].endswith(article.url)
    assert client.get(article.url).status_code == 200


def test_a_snippet_change_shows_on_cached_pages(admin_client, admin_user, client, tree):
    from support.models import Helpline

    url = tree["support"].url
    assert "116 111" in client.get(url).content.decode()
    assert cache_status(client.get(url)) == "hit"
    helpline = Helpline.objects.get()
    edit_url = AdminURLFinder(admin_user).get_edit_url(helpline)
    response = admin_client.post(
        edit_url,
        {
            "country_code": "SE",
            "name": "BRIS",
            "phone_number": "116 123",
            "hours": "Every day",
            "free_of_charge": "on",
            "audience": "",
            "sort_order": "0",
            # Helplines have drafts (support.number_review): publishing is what readers see.
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "116 123" in page
    assert "116 111" not in page


def test_a_setting_change_shows_on_cached_pages(admin_client, client, tree):
    from core.models import SafetySettings

    url = tree["home"].url
    client.get(url)
    setting = SafetySettings.load()
    response = admin_client.post(
        reverse("wagtailsettings:edit", args=("core", "safetysettings", setting.pk)),
        {
            **{
                f"quick_exit_url_{code}": getattr(setting, f"quick_exit_url_{code}")
                for code, _name in django_settings.LANGUAGES
            },
            "quick_exit_url_en": "https://weather.example.org/",
        },
    )
    assert response.status_code == 302
    quick_exit = soup(client.get(url)).select_one("[data-quick-exit]")
    assert quick_exit["href"] == "https://weather.example.org/"


def test_a_query_string_is_never_served_from_the_cache(client, tree):
    url = tree["article"].url
    client.get(url)
    response = client.get(url, {"utm_source": "campaign"})
    assert response.status_code == 200
    assert cache_status(response) is None


def test_search_is_never_cached(client, tree):
    url = "/en/search/"
    assert client.get(url).status_code == 200
    assert cache_status(client.get(url)) is None


def test_signed_in_editors_are_never_served_from_the_cache(admin_client, client, tree):
    url = tree["article"].url
    client.get(url)
    assert cache_status(client.get(url)) == "hit"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert cache_status(response) is None


def test_previews_and_the_admin_are_never_cached(admin_client, tree):
    preview = reverse("wagtailadmin_pages:view_draft", args=(tree["article"].pk,))
    for _ in range(2):
        response = admin_client.get(preview)
        assert response.status_code == 200
        assert cache_status(response) is None
    assert cache_status(admin_client.get(reverse("wagtailadmin_home"))) is None


def test_a_login_form_is_not_cached_with_its_csrf_token(client, db):
    # Anonymous, no session yet: the admin login page hands out a CSRF token.
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert cache_status(response) is None


def test_not_found_pages_are_not_cached(client, tree):
    for _ in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert cache_status(response) is None


def test_the_cache_can_be_switched_off(client, tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = tree["article"].url
    client.get(url)
    assert cache_status(client.get(url)) is None


def test_frontend_cache_purges_on_publish_when_configured(tree, settings, monkeypatch):
    """A CDN in front of the site is told to purge the page's URL when it is published."""
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    from tests.factories import publish

    publish(tree["article"])
    assert any(url.endswith(tree["article"].url) for url in purged), purged


def test_frontend_cache_is_configured_from_the_environment(tmp_path):
    import subprocess
    import sys

    script = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='site_config.settings.production';"
        "from django.conf import settings; print(sorted(settings.WAGTAILFRONTENDCACHE))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "SECRET_KEY": "x" * 50,
        "FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone",
        "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN": "token",
        "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081",
    }
    output = subprocess.run(  # noqa: S603 (this interpreter, fixed code)
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "['cloudflare', 'http']"
