"""A static mirror of the whole demo site, served by a plain file server, in Chromium.

The demo site (the `demo_site` fixture) is exported once with `manage.py export_static` and the
folder served by `python -m http.server` on 127.0.0.1: no Django, no headers of ours. On it the
reader journeys work (home → country → topic → article → support → chat on click), the quick exit
leaves, search finds in English, Georgian, Russian and Belarusian and helps when it finds nothing;
no page asks another origin for anything or sets a cookie (`Reader.offsite`, the browser's cookie
jar), no link is broken, and every page's main content is the dynamic site's.
"""

import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup

from mirrors.export import MANIFEST, URL_ATTRIBUTES, target_for
from mirrors.linkcheck import broken_links
from tests.browser import demo_site as demo
from tests.browser.reader import Reader
from tests.servers import REPO, free_port, is_listening

pytestmark = pytest.mark.browser

SEARCH_LOCALES = ["en", "ka", "ru", "be"]
JOURNEY_LOCALES = ["en", "ka", "ru", "be"]


class MirrorSite:
    def __init__(self, folder: Path, port: int, pages: dict, report: str):
        self.folder = folder
        self.origin = f"http://127.0.0.1:{port}"
        self.pages = pages
        self.report = report

    def url(self, path):
        return self.origin + path

    def html_files(self):
        return sorted(self.folder.rglob("*.html"))

    def manifest(self):
        import json

        return json.loads((self.folder / MANIFEST).read_text())


@pytest.fixture(scope="session")
def mirror(demo_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mirror") / "site"
    result = subprocess.run(  # noqa: S603 (this interpreter and manage.py, fixed arguments)
        [sys.executable, "manage.py", "export_static", str(folder)],
        cwd=REPO,
        env=demo.demo_env(demo_site.workdir),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (this interpreter's http.server, fixed arguments)
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not is_listening(("127.0.0.1", port)):
            assert time.monotonic() < deadline, "the static server did not start"
            time.sleep(0.1)
        yield MirrorSite(folder, port, demo_site.pages, result.stdout)
    finally:
        server.terminate()
        server.wait(timeout=10)


def click_link_to(reader, selector, path):
    """Click the first `selector` whose link resolves to `path` on the mirror."""
    wanted = reader.site.url(path)
    hrefs = reader.page.locator(selector).evaluate_all("links => links.map(a => a.href)")
    assert wanted in hrefs, (wanted, hrefs)
    reader.page.locator(selector).nth(hrefs.index(wanted)).click()
    reader.wait_for_path(path)


def mirror_path(path):
    return target_for(path).link


@pytest.mark.parametrize("code", JOURNEY_LOCALES)
def test_home_country_topic_article_support_and_the_chat_on_the_mirror(browser, mirror, code):
    journey = mirror.pages[code]["journey"]
    with Reader(browser, mirror, "mobile") as reader:
        page = reader.page
        reader.goto(f"/{code}/")
        click_link_to(reader, "a.tile", journey["country"])

        filtered = f"{journey['topic']}?country={journey['country_code']}"
        click_link_to(reader, "a.chip", mirror_path(filtered))
        assert page.locator("#country-filter").input_value() == journey["country_code"]

        click_link_to(reader, ".card a", journey["article"])
        assert page.locator("h1").inner_text() == journey["article_title"]

        talk = page.locator(".talk-callout a.button").first
        talk.scroll_into_view_if_needed()
        click_link_to(reader, ".talk-callout a.button", journey["support"])
        assert reader.lang() == code

        # The chat service hears nothing until the reader presses Start chat.
        page.wait_for_load_state("networkidle")
        assert reader.offsite == []
        start = page.locator("[data-chat-start]")
        assert start.get_attribute("href") == journey["chat_link"]
        start.click()
        frame = page.locator("iframe.chat__iframe")
        assert frame.get_attribute("src") == journey["chat_link"]
        chat = page.frame_locator("iframe.chat__iframe")
        assert chat.locator("h1").inner_text() == "Fake chat provider"
        assert reader.offsite == [journey["chat_link"]]
        assert reader.context.cookies() == []


def test_the_country_filter_form_goes_to_the_exported_copy(browser, mirror):
    """mirror.js names the form's answer as the export does (`_q/country-XX/`)."""
    journey = mirror.pages["en"]["journey"]
    with Reader(browser, mirror) as reader:
        reader.goto(journey["topic"])
        reader.page.locator("#country-filter").select_option(journey["country_code"])
        reader.page.locator("form.filter button").click()
        reader.wait_for_path(mirror_path(f"{journey['topic']}?country={journey['country_code']}"))
        assert reader.page.locator("#country-filter").input_value() == journey["country_code"]


@pytest.mark.parametrize("how", ["button", "shift"])
def test_the_quick_exit_leaves_the_mirror(browser, mirror, how):
    journey = mirror.pages["ru"]["journey"]
    with Reader(browser, mirror) as reader:
        page = reader.page
        reader.goto(journey["article"])
        neutral = page.locator("a[data-quick-exit]").get_attribute("href")
        assert neutral.startswith("https://")
        with page.expect_navigation(url=neutral):
            if how == "button":
                page.locator("a[data-quick-exit]").click()
            else:
                page.locator("body").click(position={"x": 5, "y": 300})
                for _ in range(3):
                    page.keyboard.press("Shift")
        assert page.locator("h1").inner_text() == "Weather today"
        assert reader.offsite == [neutral]


@pytest.mark.parametrize("code", SEARCH_LOCALES)
def test_search_on_the_mirror_finds_the_article_in_its_language(browser, mirror, code):
    journey = mirror.pages[code]["journey"]
    with Reader(browser, mirror) as reader:
        page = reader.page
        reader.goto(journey["support"])
        page.locator("header #site-search-q").fill(journey["search_word"])
        page.locator("header .site-search button").click()
        page.wait_for_url(f"**/{code}/search/?q=*")
        assert reader.lang() == code
        assert page.locator("#search-q").input_value() == journey["search_word"]
        links = page.locator(".search-results .search-result h2 a")
        links.first.wait_for()
        hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert all(href.startswith(f"/{code}/") for href in hrefs), hrefs
        assert journey["article"] in hrefs
        assert page.locator("[data-mirror-search-status]").is_visible()
        assert page.locator("[data-mirror-no-results]").is_hidden()

        page.locator(f'.search-results a[href="{journey["article"]}"]').first.click()
        reader.wait_for_path(journey["article"])
        assert page.locator("h1").inner_text() == journey["article_title"]
        assert reader.offsite == []


@pytest.mark.parametrize("code", ["en", "be"])
def test_a_search_that_finds_nothing_shows_the_sites_own_help(browser, mirror, demo_site, code):
    with Reader(browser, mirror) as reader:
        reader.goto(f"/{code}/search/?q=qqqwwwxyz")
        help_block = reader.page.locator("[data-mirror-no-results]")
        help_block.wait_for()
        assert "qqqwwwxyz" in help_block.inner_text()
        mirrored = help_block.locator("a").evaluate_all(
            "links => links.map(a => new URL(a.href).pathname)"
        )
    # The same help as the dynamic site's answer to a search that finds nothing.
    dynamic = requests.get(demo_site.url(f"/{code}/search/?q=qqqwwwxyz"), timeout=10)
    form = BeautifulSoup(dynamic.text, "html.parser").select_one("main form")
    expected = [
        link["href"].split("?")[0]
        for sibling in form.find_next_siblings()
        for link in sibling.select("a")
    ]
    assert expected and mirrored == [mirror_path(href) for href in expected]


@pytest.mark.parametrize("code", ["en", "sv", "ka", "hy", "ro", "ru", "be"])
def test_no_page_of_the_mirror_asks_another_origin_or_sets_a_cookie(browser, mirror, code):
    """Every exported page of a locale (its filtered copies aside), in Chromium, through the same
    Reader the site's own tests use; and the front door."""
    problems = []
    with Reader(browser, mirror, "mobile") as reader:
        reader.page.on("pageerror", lambda error: problems.append(f"{reader.path}: {error}"))
        reader.page.on(
            "console",
            lambda m: m.type == "error" and problems.append(f"{reader.path}: {m.text}"),
        )
        pages = [
            path for path in (mirror.folder / code).rglob("index.html") if "_q" not in path.parts
        ] + [mirror.folder / "index.html"]
        assert len(pages) > 10
        for path in pages:
            relative = "/" + path.relative_to(mirror.folder).as_posix()
            reader.page.goto(mirror.url(relative.removesuffix("index.html")), wait_until="load")
        assert reader.offsite == []
        assert reader.context.cookies() == []
    assert problems == []


def test_the_export_has_no_broken_links(mirror):
    assert broken_links(mirror.folder) == []
    for name in ("robots.txt", "sitemap.xml", "404.html", "index.html"):
        assert (mirror.folder / name).is_file(), name


def normalized_main(html, page_url, mirrored):
    """<main> with every link resolved to the address it stands for on the dynamic site."""
    from urllib.parse import urljoin, urlsplit

    main = BeautifulSoup(html, "html.parser").find("main")
    assert main is not None
    # "Open now" or not, and the other chats offered while closed, are the moment of rendering
    # (the browser works them out again from the opening times, static/js/support.js).
    for status in main.select("[data-chat-status]"):
        status.string = ""
    for offers in main.select("[data-closed-offers], [data-other-chat]"):
        offers.attrs.pop("hidden", None)
    # A form that posts stands on the mirror as links to the sites that take it (their wording
    # is test_mirrors' business): both sides compare as the same mark.
    sent_elsewhere = (
        main.select(".mirror-form-elsewhere")
        if mirrored
        else [
            form
            for form in main.find_all("form")
            if (form.get("method") or "get").lower() == "post"
        ]
    )
    for element in sent_elsewhere:
        element.replace_with("[a form that posts]")
    for element in [main, *main.find_all(True)]:
        for name in list(element.attrs):
            # The mirror's own marks; and a support page's opening times and the zones' UTC
            # offsets, windows of the next weeks that start at the moment of rendering
            # (support.opening_hours, support.time_zones).
            if name.startswith(("data-mirror", "data-pagefind")) or name in (
                "data-open-intervals",
                "data-utc-offsets",
            ):
                del element[name]
        for name in (*URL_ATTRIBUTES, "srcset"):
            value = element.get(name)
            if not value or value.startswith(("#", "http:", "https:", "mailto:", "tel:")):
                continue
            candidates = value.split(", ") if name == "srcset" else [value]
            resolved = []
            for candidate in candidates:
                url, *rest = candidate.split(" ")
                absolute = urlsplit(urljoin("http://x" + page_url, url))
                path = absolute.path + (f"?{absolute.query}" if absolute.query else "")
                if not mirrored:
                    target = target_for(path)
                    path = target.link if target and target.kind != "search" else path
                resolved.append(" ".join([path, *rest]))
            element[name] = ", ".join(resolved)
    return " ".join(str(main).split())


# Over 300 pages from the dynamic site: more than a browser test's usual limit on a busy machine.
@pytest.mark.timeout(900)
def test_every_exported_page_has_the_dynamic_sites_main_content(mirror, demo_site):
    manifest = mirror.manifest()
    compared = 0
    session = requests.Session()
    for url, entry in sorted(manifest["pages"].items()):
        if target_for(url).kind == "search":
            continue  # The search page is the mirror's own (test_search_on_the_mirror_...).
        dynamic = session.get(demo_site.url(url), timeout=10)
        assert dynamic.status_code == 200, url
        exported = (mirror.folder / entry["file"]).read_text(encoding="utf-8")
        assert normalized_main(exported, entry["path"], True) == normalized_main(
            dynamic.text, url, False
        ), url
        compared += 1
    assert compared > 100


def test_the_front_door_and_the_404_page(browser, mirror):
    with Reader(browser, mirror, locale="ka-GE") as reader:
        reader.page.goto(mirror.url("/"))
        reader.wait_for_path("/ka/")
        assert reader.lang() == "ka"
    with Reader(browser, mirror) as reader:
        response = reader.page.goto(mirror.url("/index.html"))
        assert response.status == 200
        assert reader.lang() == "en"
        assert reader.page.locator("a.tile").count() > 0
    not_found = (mirror.folder / "404.html").read_text()
    soup = BeautifulSoup(not_found, "html.parser")
    stylesheet = soup.select_one('link[rel="stylesheet"]')["href"]
    assert stylesheet.startswith("/static/"), stylesheet


def test_the_mirror_list_is_linked_from_every_page_and_lists_the_addresses(browser, mirror):
    with Reader(browser, mirror) as reader:
        journey = mirror.pages["be"]["journey"]
        reader.goto(journey["article"])
        link = reader.page.locator(".site-footer__blocked a")
        link.click()
        reader.wait_for_path("/be/if-blocked/")
        addresses = reader.page.locator(".mirror-list a").evaluate_all(
            "links => links.map(a => a.href)"
        )
        assert any(".onion" in address for address in addresses), addresses
        assert len(addresses) >= 3
        assert reader.offsite == []
    with closing(requests.get(mirror.url("/en/if-blocked/"), timeout=5)) as response:
        assert response.status_code == 200
