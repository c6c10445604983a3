"""Mirrors: the mirror list and its page, Onion-Location, the .onion host, and the static export.

The export runs in this process on the small tree of tests/conftest.py; the whole demo site in
Chromium on a plain file server is tests/browser/test_mirror.py.
"""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from mirrors.export import MANIFEST, StaticExport, encode_query, target_for
from mirrors.linkcheck import broken_links
from mirrors.middleware import onion_origin_cache
from mirrors.models import MirrorList
from tests import factories
from tests.utils import soup

ONION = "http://redefine2xk7q3vbnmzj5wfy6hl7tc2sxg4pd3ua5eo6ir7mkq2bnydexample.onion"


@pytest.fixture(autouse=True)
def _fresh_onion_origin():
    onion_origin_cache.forget()
    yield
    onion_origin_cache.forget()


@pytest.fixture
def mirror_list(tree, locales):
    item = MirrorList.objects.create(
        locale=locales["en"],
        onion_address=ONION,
        mirrors=[
            ("mirror", {"url": "https://copy.example.org/", "note": "Updated daily"}),
            ("mirror", {"url": "https://copy.example.net/", "note": ""}),
        ],
    )
    return item


# The mirror list ----------------------------------------------------------------------------


def test_every_reader_page_links_to_the_mirror_list_in_its_language(client, tree):
    for page, code in ((tree["article"], "en"), (tree["article_sv"], "sv")):
        link = soup(client.get(page.url)).select_one(".site-footer__blocked a")
        assert link["href"] == f"/{code}/if-blocked/"
        with translation.override(code):
            assert link.get_text(strip=True) == translation.gettext("If this site is blocked")
    with translation.override("sv"):
        assert translation.gettext("If this site is blocked") != "If this site is blocked"


def test_the_mirror_list_page_lists_the_onion_address_mirrors_and_main_site(client, mirror_list):
    response = client.get("/ka/if-blocked/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "ka"
    addresses = [a["href"] for a in page.select("main .mirror-list a")]
    assert addresses == [
        ONION,
        "https://copy.example.org/",
        "https://copy.example.net/",
        "http://localhost/",
    ]
    assert "Updated daily" in page.select_one(".mirror-list__mirrors").get_text()
    assert not response.cookies


def test_without_a_mirror_list_the_page_says_so(client, tree):
    page = soup(client.get("/en/if-blocked/"))
    assert "No other addresses have been published yet." in page.select_one("main").get_text()
    assert page.select("main a[href*='.onion']") == []


def test_a_translated_mirror_list_is_shown_in_its_language(client, mirror_list, locales):
    ru = mirror_list.copy_for_translation(locales["ru"])
    ru.advice = "<p>Откройте адрес в Tor Browser.</p>"
    ru.save()
    advice = soup(client.get("/ru/if-blocked/")).select_one(".mirror-list__advice")
    assert "Tor Browser" in advice.text
    assert soup(client.get("/en/if-blocked/")).select_one(".mirror-list__advice") is None


@pytest.mark.parametrize(
    "address",
    ["https://example.org/", "http://x.onion/path/", "ftp://x.onion/", "http://onion.example/"],
)
def test_the_admin_refuses_an_address_that_is_not_an_onion_service(admin_client, tree, address):
    url = reverse("wagtailsnippets_mirrors_mirrorlist:add")
    response = admin_client.post(
        url,
        nested_form_data(
            {
                "advice": rich_text(""),
                "onion_address": address,
                "mirrors": streamfield([]),
                "locale": "en",
            }
        ),
    )
    assert response.status_code == 200
    assert MirrorList.objects.count() == 0
    assert "onion" in response.content.decode().lower()


def test_an_administrator_saves_the_mirror_list_in_the_admin(admin_client, client, tree):
    url = reverse("wagtailsnippets_mirrors_mirrorlist:add")
    response = admin_client.post(
        url,
        nested_form_data(
            {
                "advice": rich_text("<p>Use Tor Browser.</p>"),
                "onion_address": ONION,
                "mirrors": streamfield(
                    [("mirror", {"url": "https://copy.example.org/", "note": ""})]
                ),
                "locale": "en",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item = MirrorList.objects.get()
    assert item.mirror_urls() == [{"url": "https://copy.example.org/", "note": ""}]
    page = soup(client.get("/en/if-blocked/"))
    assert "Use Tor Browser." in page.select_one(".mirror-list__advice").text


# Onion-Location and the .onion host --------------------------------------------------------


def test_onion_location_on_reader_pages_cached_or_not(client, tree, mirror_list):
    path = tree["article"].url
    first = client.get(path)
    again = client.get(path)
    assert again["X-Page-Cache"] == "hit"
    for response in (first, again):
        assert response["Onion-Location"] == ONION + path
    assert client.get("/en/search/?q=anger")["Onion-Location"] == ONION + "/en/search/?q=anger"


def test_no_onion_location_without_an_address_or_off_reader_pages(client, admin_client, tree):
    assert "Onion-Location" not in client.get(tree["article"].url)
    MirrorList.objects.create(locale=tree["home"].locale, onion_address=ONION)
    assert client.get(tree["article"].url)["Onion-Location"].startswith(ONION)
    assert "Onion-Location" not in client.get("/healthz")
    assert "Onion-Location" not in client.get("/robots.txt")
    assert "Onion-Location" not in admin_client.get("/admin/")


def test_a_changed_onion_address_reaches_pages_already_in_the_page_cache(client, tree, mirror_list):
    path = tree["article"].url
    client.get(path)
    mirror_list.onion_address = ONION.replace("redefine", "another")
    mirror_list.save()
    response = client.get(path)
    assert response["Onion-Location"] == mirror_list.onion_address + path


def test_the_onion_host_gets_no_onion_location_whatever_the_cache_holds(client, tree, mirror_list):
    path = tree["article"].url
    client.get(path)  # cached from the ordinary address, with the header
    response = client.get(path, HTTP_HOST=ONION.removeprefix("http://"))
    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_the_onion_host_is_served_over_http_without_redirect_or_hsts(client, tree, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    path = tree["article"].url
    ordinary = client.get(path)
    assert ordinary.status_code == 301
    assert ordinary["Location"].startswith("https://")
    onion = client.get(path, HTTP_HOST="abcdefexample.onion")
    assert onion.status_code == 200
    assert "Strict-Transport-Security" not in onion
    # Even if something in front claims HTTPS, the .onion host gets no HSTS.
    claimed = client.get(path, HTTP_HOST="abcdefexample.onion", HTTP_X_FORWARDED_PROTO="https")
    assert "Strict-Transport-Security" not in claimed
    secure = client.get(path, HTTP_X_FORWARDED_PROTO="https")
    assert secure["Strict-Transport-Security"].startswith("max-age=3600")


# The static export -------------------------------------------------------------------------


def test_query_strings_become_folder_names():
    assert encode_query("country=GE") == "country-GE"
    assert encode_query("page=2&country=GE") == "country-GE_page-2"
    assert encode_query("q=ёж a-b") == "q-~D1~91~D0~B6~20a~2Db"
    assert encode_query("country=") == ""
    assert target_for("/en/topics/feelings/?country=GE").link == (
        "/en/topics/feelings/_q/country-GE/"
    )
    assert target_for("/en/search/?q=x").kind == "search"
    assert target_for("/admin/") is None


@pytest.fixture
def exported(tree, mirror_list, tmp_path):
    factories.set_partner_chat(
        tree["support"],
        chat_kind="chatwoot",
        chat_url="",
        chatwoot_base_url="https://chatwoot.example.org",
        chatwoot_website_token="token2026",
    )
    folder = tmp_path / "mirror"
    # The search index is built in test_export_static_command_... (it takes a while).
    report = StaticExport(folder, index=False).full()
    return folder, report


def read(folder, url):
    return (folder / target_for(url).file).read_text(encoding="utf-8")


def test_the_export_has_every_page_in_every_locale_and_no_broken_link(tree, exported):
    folder, report = exported
    assert report.broken == []
    for name in ("home", "article", "support", "topic_page", "home_sv", "article_sv", "safety"):
        assert (folder / target_for(tree[name].url).file).is_file(), name
    for extra in (
        "robots.txt",
        "sitemap.xml",
        "404.html",
        "index.html",
        "en/search/index.html",
        "sv/if-blocked/index.html",
        MANIFEST,
    ):
        assert (folder / extra).is_file(), extra
    assert (folder / "static/css/site.css").is_file()
    assert (folder / "static/js/mirror.js").is_file()
    assert broken_links(folder) == []


def test_exported_pages_are_relative_strict_and_have_no_inline_script(tree, exported):
    folder, _report = exported
    html = read(folder, tree["article"].url)
    page = soup_of(html)
    assert page.select_one('link[rel="stylesheet"]')["href"] == "../../../../static/css/site.css"
    internal = [a["href"] for a in page.select("a[href]") if not a["href"].startswith("http")]
    assert internal and not any(href.startswith("/") for href in internal), internal
    assert all(script.get("src") for script in page.select("script"))
    assert not page.select("[style]")
    policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
    assert "script-src 'self'" in policy and "frame-ancestors" not in policy
    assert "'unsafe-inline'" not in policy
    # The support page keeps its chat origin, only there; search may run WebAssembly, only there.
    support = soup_of(read(folder, tree["support"].url))
    support_policy = support.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
    assert "https://chatwoot.example.org" in support_policy
    assert "chatwoot.example.org" not in policy
    search = soup_of((folder / "en/search/index.html").read_text())
    assert (
        "'wasm-unsafe-eval'"
        in search.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
    )
    assert "'wasm-unsafe-eval'" not in policy


def test_the_search_page_carries_the_no_results_help_hidden(tree, exported):
    folder, _report = exported
    page = soup_of((folder / "en/search/index.html").read_text())
    help_block = page.select_one("[data-mirror-no-results]")
    assert help_block.has_attr("hidden")
    assert help_block.select("[data-mirror-query]")
    assert help_block.select('a[href="../when-anger-takes-over/"]') == []
    assert [a["href"] for a in help_block.select("a")]
    assert "zqxj" not in str(page)
    assert page.select_one("[data-mirror-search]")["data-counts"].startswith('["1 result"')


def test_only_reader_pages_are_indexed_for_search(tree, exported):
    folder, _report = exported
    assert soup_of(read(folder, tree["article"].url)).select_one("main[data-pagefind-body]")
    assert soup_of(read(folder, tree["home"].url)).select_one("main[data-pagefind-body]") is None


def test_a_form_that_posts_is_replaced_by_links_to_the_main_site_and_the_onion(tree, mirror_list):
    export = StaticExport("/nonexistent")
    export._prepare = lambda: None
    export.onion = ONION
    export.mirror_js = "/static/js/mirror.js"
    html = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body><main>'
        '<form method="post" action="/ru/questions/"><textarea name="q"></textarea></form>'
        "</main></body></html>"
    )

    class Response(dict):
        pass

    result = soup_of(
        export.mirror_page(html, "/ru/questions/", target_for("/ru/questions/"), Response())
    )
    assert result.select("form") == []
    links = [a["href"] for a in result.select(".mirror-form-elsewhere a")]
    assert links == ["http://localhost/ru/questions/", ONION + "/ru/questions/"]
    with translation.override("ru"):
        assert translation.gettext("or, in Tor Browser:") in result.get_text()


def test_incremental_export_renders_only_what_a_publish_changed(tree, exported):
    folder, full = exported
    article = tree["article"]
    article.title = "When anger wins"
    factories.publish(article)

    report = StaticExport(folder, index=False).incremental()
    assert report.mode == "incremental"
    rendered = set(report.rendered)
    for name in ("article", "partner", "country", "home", "topic_page", "article_sv"):
        assert tree[name].url in rendered, name
    assert tree["safety"].url not in rendered
    # Not the pages the article is not on (a tiny tree: most pages list it).
    assert len(rendered) < len(full.rendered), (sorted(rendered), len(full.rendered))
    assert tree["topic_index"].url not in rendered and tree["home_sv"].url not in rendered
    assert "When anger wins" in read(folder, tree["topic_page"].url)
    assert "When anger wins" in read(folder, article.url)
    assert broken_links(folder) == []


def test_incremental_export_removes_an_unpublished_page_and_the_links_to_it(tree, exported):
    folder, _full = exported
    article_sv = tree["article_sv"]
    file = folder / target_for(article_sv.url).file
    assert file.is_file()
    article_sv.unpublish()

    report = StaticExport(folder, index=False).incremental()
    assert not file.exists()
    assert report.removed >= 1
    assert article_sv.url.strip("/").split("/")[-1] not in read(folder, tree["topic_page_sv"].url)
    assert broken_links(folder) == []


def test_a_changed_footer_makes_the_incremental_export_a_full_one(tree, exported, locales):
    from navigation.models import Footer

    folder, full = exported
    Footer.objects.create(locale=locales["en"], text="<p>New footer</p>")
    report = StaticExport(folder, index=False).incremental()
    assert report.mode.startswith("full")
    assert "New footer" in read(folder, tree["safety"].url)


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_export_static_command_checks_links(tree, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    folder = tmp_path / "m"
    call_command("export_static", str(folder), "--check", stdout=out)
    assert re.search(r"full export: \d+ pages rendered", out.getvalue())
    assert "no broken links" in out.getvalue()
    # A search index per language the site has.
    entry = json.loads((folder / "pagefind" / "pagefind-entry.json").read_text())
    assert {"en", "sv"} <= set(entry["languages"])
    assert list((folder / "pagefind").glob("wasm.*.pagefind"))


def test_a_restricted_page_is_never_copied_and_links_to_it_go_to_the_main_site(tree, tmp_path):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=tree["article"], restriction_type=PageViewRestriction.PASSWORD, password="secret1"
    )
    folder = tmp_path / "mirror"
    report = StaticExport(folder, index=False).full()
    assert not (folder / target_for(tree["article"].url).file).exists()
    assert "secret1" not in "".join(p.read_text() for p in folder.rglob("*.html"))
    assert broken_links(folder) == []
    assert all(status in (404, "restricted") for _url, status in report.broken), report.broken


def test_the_deploy_check_asks_for_the_security_middleware_under_either_name(settings):
    from mirrors.checks import security_middleware_installed

    assert security_middleware_installed() == []
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "SecurityMiddleware" not in m]
    (warning,) = security_middleware_installed()
    assert warning.id == "mirrors.W001"
    settings.MIDDLEWARE = ["django.middleware.security.SecurityMiddleware", *settings.MIDDLEWARE]
    assert security_middleware_installed() == []
