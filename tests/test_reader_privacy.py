"""What keeps a reader safe: the quick exit, a strict CSP, no cookies and privacy headers."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.middleware import SecurityHeadersMiddleware
from core.models import SafetySettings
from tests import factories
from tests.utils import csp, soup, text_of

PAGE_NAMES = [
    "home",
    "topic_index",
    "topic_page",
    "safety",
    "country",
    "partner",
    "support",
    "article",
    "home_sv",
    "article_sv",
]


@pytest.fixture
def reader_urls(tree, image):
    """Every kind of page a reader can reach, with an article that uses every block."""
    article = factories.create_article(
        tree["partner"],
        title="Everything",
        hero_image=image,
        hero_alt_text="A bench in a park",
        body=[
            ("heading", {"text": "Heading", "level": "h2"}),
            ("paragraph", "<p>Text.</p>"),
            ("image", {"image": image, "alt_text": "A bench", "caption": "Caption"}),
            ("quote", {"quote": "Quote.", "attribution": ""}),
            ("talk_to_someone", {"heading": "Talk", "text": "Talk to us."}),
            ("questions", {"heading": "", "items": [{"question": "Q?", "answer": "<p>A.</p>"}]}),
            (
                "video",
                {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Video", "transcript": "Words."},
            ),
        ],
        sensitive_subjects=["abuse"],
    )
    urls = {name: tree[name].url for name in PAGE_NAMES}
    urls["article_with_every_block"] = article.url
    urls["topic_filter"] = tree["topic_page"].url + "?country=SE"
    urls["search"] = "/en/search/?q=anger"
    urls["empty_search"] = "/sv/search/"
    urls["not_found"] = "/en/does-not-exist/"
    return urls


EXPECTED_STATUS = {"not_found": 404}


def fetch_all(client, reader_urls):
    responses = {}
    for name, url in reader_urls.items():
        response = client.get(url)
        assert response.status_code == EXPECTED_STATUS.get(name, 200), (name, url)
        responses[name] = response
    return responses


# Quick exit ---------------------------------------------------------------------------------


def test_every_reader_page_has_the_quick_exit(client, reader_urls):
    settings_row = SafetySettings.load()
    for code, _name in settings.LANGUAGES:
        setattr(settings_row, f"quick_exit_url_{code}", f"https://weather.example.org/{code}")
    settings_row.save()

    for name, response in fetch_all(client, reader_urls).items():
        page = soup(response)
        exits = page.select("a[data-quick-exit]")
        assert len(exits) == 1, name
        # The destination set for the page's language.
        assert exits[0]["href"] == f"https://weather.example.org/{page.html['lang']}", name
        # Labelled in the page's language (the catalogues are filled in as translators work).
        with translation.override(page.html["lang"]):
            assert text_of(exits[0]) == gettext("Leave this site"), name
        # It comes first, so that keyboard and screen reader users reach it at once.
        assert page.body.find("a") is exits[0], name
        # The support page alone adds its chat script (support/templates/support/support_page.html).
        scripts = ["/static/js/site.js"] + (["/static/js/support.js"] if name == "support" else [])
        assert [s["src"] for s in page.find_all("script")] == scripts, name


def test_quick_exit_defaults_to_the_configured_neutral_site(client, tree, settings):
    response = client.get(tree["home"].url)
    link = soup(response).select_one("a[data-quick-exit]")
    assert link["href"] == settings.QUICK_EXIT_DEFAULT_URLS["en"]
    assert "noreferrer" in link["rel"]


# Content-Security-Policy --------------------------------------------------------------------


def test_no_inline_scripts_or_styles_on_reader_pages(client, reader_urls):
    for name, response in fetch_all(client, reader_urls).items():
        page = soup(response)
        assert all(script.get("src") for script in page.find_all("script")), name
        assert page.find_all("style") == [], name
        assert page.find_all(style=True) == [], name
        handlers = [
            tag for tag in page.find_all(True) if any(a.startswith("on") for a in tag.attrs)
        ]
        assert handlers == [], name


def test_reader_pages_send_a_strict_csp(client, reader_urls):
    for name, response in fetch_all(client, reader_urls).items():
        assert "unsafe-inline" not in response.headers["Content-Security-Policy"], name
        assert "unsafe-eval" not in response.headers["Content-Security-Policy"], name
        policy = csp(response)
        assert policy["default-src"] == ["'self'"], name
        assert policy["script-src"] == ["'self'"], name
        assert policy["style-src"] == ["'self'"], name
        assert policy["frame-ancestors"] == ["'none'"], name
        assert policy["object-src"] == ["'none'"], name


def test_admin_has_its_own_wider_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


# Cookies ------------------------------------------------------------------------------------


def assert_no_cookies(response, name):
    assert "Set-Cookie" not in response.headers, (name, response.headers.get("Set-Cookie"))
    assert not response.cookies, name


def test_no_cookies_on_any_public_response(client, reader_urls):
    urls = {**reader_urls, "healthz": "/healthz", "robots": "/robots.txt"}
    urls["sitemap"] = "/sitemap.xml"
    for name, url in urls.items():
        assert_no_cookies(client.get(url), name)
    assert not client.cookies


def test_no_cookies_on_the_language_redirect(client, tree):
    for language in ("sv", "ka,ru;q=0.8", ""):
        response = client.get("/", headers={"accept-language": language})
        assert response.status_code == 302
        assert_no_cookies(response, language)


def test_public_pages_never_try_to_set_a_cookie(client, reader_urls, settings):
    """Without the safety net that drops cookies, the pages still set none."""
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if m != "core.middleware.SecurityHeadersMiddleware"
    ]
    for name, response in fetch_all(client, reader_urls).items():
        assert_no_cookies(response, name)
    assert_no_cookies(client.get("/", headers={"accept-language": "sv"}), "redirect")


def test_a_cookie_set_by_mistake_is_dropped_for_readers():
    def careless_view(request):
        response = HttpResponse("hello")
        response.set_cookie("tracker", "1")
        return response

    request = RequestFactory().get("/en/")
    response = SecurityHeadersMiddleware(careless_view)(request)
    assert not response.cookies


def test_staff_keep_their_session_cookie(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "a-long-password-1")
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "a-long-password-1"}
    )
    assert response.status_code == 302
    assert "sessionid" in response.cookies


# Headers ------------------------------------------------------------------------------------


def test_privacy_headers_on_reader_pages(client, reader_urls, settings):
    for name, response in fetch_all(client, reader_urls).items():
        assert response.headers["Referrer-Policy"] == "no-referrer", name
        assert response.headers["X-Content-Type-Options"] == "nosniff", name
        assert response.headers["X-Frame-Options"] == "DENY", name
        permissions = response.headers["Permissions-Policy"]
        assert permissions == settings.PERMISSIONS_POLICY, name
        for feature in ("camera=()", "microphone=()", "geolocation=()"):
            assert feature in permissions, (name, feature)


def test_english_quick_exit_label(client, tree):
    link = soup(client.get(tree["home"].url)).select_one("a[data-quick-exit]")
    assert text_of(link) == "Leave this site"
