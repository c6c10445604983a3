"""The static export: the whole reader site, every locale, as files any static host can serve.

`StaticExport(folder).full()` renders every reader page through Django's test client, that is
through the whole middleware stack exactly as a reader gets it (locale, CSP, cookie guard, page
and fragment caches), follows every link it finds (query-string variants such as a topic page
filtered by country, pagination, documents), copies the static files, images and renditions the
pages use, and writes `robots.txt`, `sitemap.xml`, `404.html` and a search index per language
(Pagefind). `incremental()` re-renders only what a publish changed (`changed_urls`).

Why the test client and not wagtail-bakery / django-bakery: wagtail-bakery's last release (0.8.0,
2023) declares Wagtail 4 and 5 and pins `django-bakery~=0.13.1`, whose 0.13 line does not
support Django 5.2 (only django-bakery 0.14 does, which wagtail-bakery does not accept), and it
brings boto3 and PyFilesystem. Its views render pages through the same Django request handling
that the test client drives, but they only write each page's HTML as served: a mirror needs more
than that (links rewritten to relative ones so that the copy works under any folder of any
host, the CSP moved into a `<meta>` because a static host sends no headers, forms that post to
the server replaced, query-string pages given paths, a search index), so what bakery would
save is the smallest part. The test client needs no new dependency and follows whatever the
templates render, other apps' changes included.

What a mirror page differs from the dynamic one in, and only that (`mirror_page`):
- every link, image, script and style sheet of the site is relative (`../../static/css/...`);
  a link with a query string (`topic/?country=GE`) points at an exported copy
  (`topic/_q/country-GE/`), and `static/js/mirror.js` does the same for GET forms;
- `<meta http-equiv="Content-Security-Policy">` carries the page's own policy (the support
  page's chat origin included) without `frame-ancestors`, which browsers ignore in a meta tag;
  the search page adds `'wasm-unsafe-eval'`, which Pagefind's WebAssembly needs (no `eval`);
- links marked `data-mirror-keep` (the main site's address on "If this site is blocked") and
  hreflang alternates keep their absolute addresses;
- a form that posts to the server is replaced by links to the same page on the main site and on
  the onion service (`mirrors/form_elsewhere.html`);
- the search page searches the Pagefind index in the browser (`mirror.js`), with the dynamic
  site's own no-results help, taken from the search page's answer to a query that finds nothing.
The export must not ask the network for anything: Pagefind is the binary of the `pagefind`
package from PyPI, run on the exported folder.
"""

import hashlib
import json
import posixpath
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.test import Client
from django.test.utils import override_settings
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Page, Site

MANIFEST = ".mirror-manifest.json"
# A word no page contains: the search page's answer to it is the no-results help.
NO_MATCH_QUERY = "zqxjmirrorexportnomatch"
SEARCH_PATH = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]+)?)/search/$")
QUERY_DIR = "_q"
# What a reader's browser fetches or follows: the attributes rewritten on a mirror.
URL_ATTRIBUTES = ("href", "src", "action", "poster")
SRCSET_ATTRIBUTES = ("srcset",)
# Dropped from the meta CSP: ignored there by browsers (CSP3, "delivered via meta").
META_IGNORED_DIRECTIVES = {"frame-ancestors", "report-uri", "report-to", "sandbox"}
# At most this many variants of one GET form (its select options) are exported.
MAX_FORM_VARIANTS = 40
CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")
RESULT_COUNTS = 100


def encode_query(query: str) -> str:
    """A query string as a folder name: `country=GE&page=2` → `country-GE_page-2` (mirror.js)."""

    def part(text: str) -> str:
        return "".join(
            char
            if char.isascii() and char.isalnum()
            else "".join(f"~{byte:02X}" for byte in char.encode())
            for char in text
        )

    pairs = sorted((key, value) for key, value in parse_qsl(query) if value)
    return "_".join(f"{part(key)}-{part(value)}" for key, value in pairs)


@dataclass
class Target:
    """Where a site URL lives in the export: `link` (a root path) and `file` (relative)."""

    link: str
    file: str
    query: str = ""
    kind: str = "page"  # page, search, static, media, file


def target_for(url: str) -> Target | None:
    """Where a site address (a root path, with its query) lives in the export; None: nowhere."""
    parts = urlsplit(url)
    path = parts.path
    static_url = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/static/"
    media_url = settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else "/media/"
    if path.startswith(static_url):
        return Target(path, unquote(path).lstrip("/"), kind="static")
    if path.startswith(media_url):
        return Target(path, unquote(path).lstrip("/"), kind="media")
    if path.startswith(("/admin", "/healthz", "/_unlock")) or "/_unlock/" in path:
        return None
    if SEARCH_PATH.match(path):
        return Target(path, path.lstrip("/") + "index.html", query=parts.query, kind="search")
    if parts.query and encode_query(parts.query):
        link = f"{path.rstrip('/')}/{QUERY_DIR}/{encode_query(parts.query)}/"
        return Target(link, link.lstrip("/") + "index.html", query=parts.query)
    if path.endswith("/"):
        return Target(path, path.lstrip("/") + "index.html")
    return Target(path, unquote(path).lstrip("/"), kind="file")


@dataclass
class Report:
    pages: int = 0
    written: int = 0
    files: int = 0
    removed: int = 0
    broken: list = field(default_factory=list)
    rendered: list = field(default_factory=list)
    seconds: float = 0.0
    index_seconds: float = 0.0
    bytes: int = 0
    mode: str = "full"


class StaticExport:
    def __init__(self, folder, *, main_url: str = "", base_url: str = "", stdout=None, index=True):
        from mirrors.views import main_site_url

        self.folder = Path(folder)
        self.site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        self.main_url = (main_url or main_site_url()).rstrip("/") + "/"
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.stdout = stdout
        self.index = index
        self.host = self.site.hostname if self.site else "localhost"
        port = self.site.port if self.site else 80
        self.secure = port == 443
        self.server_port = str(port)
        self.origins = {
            origin.rstrip("/")
            for origin in (self.site.root_url if self.site else "", self.main_url)
            if origin
        }
        self.client = Client(
            HTTP_HOST=self.host if port in (80, 443) else f"{self.host}:{port}",
            SERVER_PORT=self.server_port,
        )
        self.languages = [code for code, _name in settings.LANGUAGES]
        self.onion = ""
        self.manifest = {"pages": {}, "files": {}}
        self.done: set[str] = set()
        self.queue: list[str] = []
        self.report = Report()
        self._recording = True

    # Public ---------------------------------------------------------------------------------

    def full(self) -> Report:
        started = time.monotonic()
        self.report.mode = "full"
        with self._serving():
            self._prepare()
            self.queue.extend(self.seed_urls())
            self._crawl()
            self._extras()
        self._remove_unvisited()
        self._finish(started)
        return self.report

    def incremental(self) -> Report:
        """Re-export what was published since the last export, or everything if it cannot tell."""
        previous = self._read_manifest()
        if previous is None:
            return self.full()
        started = time.monotonic()
        self.manifest = previous
        since = datetime.fromisoformat(previous["exported_at"])
        with self._serving():
            self._prepare()
            urls = self.changed_urls(since)
            if urls is None:
                self.manifest = {"pages": {}, "files": {}}
                self.report.mode = "full (the header or footer changed)"
                self.queue.extend(self.seed_urls())
            else:
                self.queue.extend(urls)
                self.report.mode = "incremental"
            # Already exported, unless re-rendered now: their links need not be followed again.
            self.done = set(self.manifest["pages"]) - set(self.queue)
            self.done |= set(self.manifest["files"])
            self._crawl()
            self._extras()
        if urls is None:
            self._remove_unvisited()
        self._finish(started)
        return self.report

    # What to export -------------------------------------------------------------------------

    def reader_pages(self):
        from core.reader_listings import without_restricted

        return without_restricted(Page.objects.live().filter(depth__gt=1)).specific()

    def seed_urls(self) -> list[str]:
        from django.urls import reverse

        urls = []
        for page in self.reader_pages():
            url = page.get_url()
            if url and url.startswith("/"):
                urls.append(url)
        for code in self._live_languages():
            with translation.override(code):
                urls.append(reverse("search"))
                urls.append(reverse("mirror_list"))
                # The header's "Talk to someone" leads here from every page without a country.
                urls.append(reverse("get_help"))
        return urls

    def changed_urls(self, since) -> list[str] | None:
        """The pages a publish since `since` changed, with everything that shows them.

        The page, its translations (their language switcher), its ancestors and its topics'
        pages (listings, in every locale), every exported page that links to it (cards, menus,
        related articles: the manifest keeps each page's links), and each locale's search page.
        None if the header or footer of a home page changed (a menu, footer or setting was
        saved): then everything is exported again.
        """
        if self._chrome_changed():
            return None
        live = {page.pk: page for page in self.reader_pages()}
        exported_ids = {
            entry["page_id"]: url
            for url, entry in self.manifest["pages"].items()
            if entry.get("page_id") and not entry.get("query")
        }
        changed = [
            page
            for page in live.values()
            if page.last_published_at and page.last_published_at > since
        ]
        changed += [page for pk, page in live.items() if pk not in exported_ids]
        changed_paths = {page.get_url() for page in changed}
        # Gone (unpublished, deleted, made private) or moved: their old addresses go.
        gone = [
            url for pk, url in exported_ids.items() if pk not in live or live[pk].get_url() != url
        ]
        # Moved or made private pages still exist: their new listings change too.
        gone_ids = [pk for pk, url in exported_ids.items() if url in gone]
        gone_pages = list(Page.objects.filter(pk__in=gone_ids).specific())
        urls: set[str] = set(changed_paths) | {live[pk].get_url() for pk in gone_ids if pk in live}
        related = [*changed, *gone_pages]
        for page in related:
            for translated in live.values():
                if translated.translation_key == page.translation_key:
                    urls.add(translated.get_url())
            for ancestor in page.get_ancestors().filter(depth__gt=1):
                urls.add(ancestor.get_url())
            topics = getattr(page, "topics", None)
            if topics is not None and hasattr(topics, "all"):
                from articles.models import TopicPage

                for topic_page in TopicPage.objects.live().filter(topic__in=topics.all()):
                    urls.add(topic_page.get_url())
        for url in gone:
            self._remove_page(url)
            changed_paths.add(url)
        linking = {
            url
            for url, entry in self.manifest["pages"].items()
            if changed_paths.intersection(entry.get("links", []))
        }
        urls |= linking
        # A listing's filtered copies and its other pages of results go with it.
        for url, entry in self.manifest["pages"].items():
            if entry.get("query") and urlsplit(url).path in urls:
                urls.add(url)
        from django.urls import reverse

        for code in self._live_languages():
            with translation.override(code):
                urls.add(reverse("search"))
                urls.add(reverse("get_help"))
        return sorted(url for url in urls if url)

    # Crawling -------------------------------------------------------------------------------

    def _serving(self):
        hosts = list(settings.ALLOWED_HOSTS)
        if self.host not in hosts and "*" not in hosts:
            hosts.append(self.host)
        # The export asks as a reader over the site's own scheme: no HTTPS redirect on the way.
        # DEBUG off: the site's own 404 page, not Django's technical one (`make mirror` runs
        # with the development settings).
        return override_settings(ALLOWED_HOSTS=hosts, SECURE_SSL_REDIRECT=False, DEBUG=False)

    def _prepare(self):
        from mirrors.models import onion_origin

        self.folder.mkdir(parents=True, exist_ok=True)
        self.onion = onion_origin()
        self.mirror_js = static("js/mirror.js")

    def _live_languages(self) -> list[str]:
        from home.models import HomePage

        live = set(
            HomePage.objects.live().values_list("locale__language_code", flat=True).distinct()
        )
        return [code for code in self.languages if code in live]

    def _crawl(self):
        while self.queue:
            url = self.queue.pop(0)
            url = url.split("#", 1)[0]
            if url in self.done:
                continue
            self.done.add(url)
            self._export(url)

    def _export(self, url: str):
        target = self.target_for(url)
        if target is None:
            return
        if urlsplit(url).path in self._restricted_urls():
            # Readers reach a restricted page only by the address its partner hands out, on the
            # main site (docs/architecture.md, "Restricted pages"): never copied.
            self.report.broken.append((url, "restricted"))
            return
        if target.kind == "static":
            self._copy_static(url, target)
        elif target.kind == "media":
            self._copy_media(url, target)
        elif target.kind == "search":
            self._export_search(url, target)
        else:
            self._export_response(url, target)

    def _get(self, url: str, **extra):
        return self.client.get(url, secure=self.secure, **extra)

    def _export_response(self, url: str, target: Target, referrer: str = ""):
        response = self._get(url)
        if response.status_code in (301, 302, 303, 307, 308):
            self._export_redirect(url, target, urljoin(url, response["Location"]))
            return
        if response.status_code != 200:
            self.report.broken.append((url, response.status_code))
            return
        content_type = response.get("Content-Type", "")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if content_type.startswith("text/html"):
            html = self.mirror_page(body.decode(response.charset or "utf-8"), url, target, response)
            self._write(target.file, html.encode())
            self.report.pages += 1
            self.report.rendered.append(url)
        else:
            self._write(target.file, body)
            self.manifest["files"][url] = {"file": target.file}

    def _export_redirect(self, url: str, target: Target, location: str):
        """A page that redirects: a static page that sends the browser on, without a script."""
        if self._is_internal(location):
            self._enqueue(self._root_path(location))
            here = self._here(target)
            location = self._relative(self.target_for(self._root_path(location)), "", here)
        html = render_to_string("mirrors/redirect.html", {"location": location})
        self._write(target.file, html.encode())
        self.manifest["files"][url] = {"file": target.file}

    def _export_search(self, url: str, target: Target):
        """The search page: the empty form, the no-results help hidden, results by mirror.js."""
        page = self._get(target.link)
        nothing = self._get(f"{target.link}?{urlencode({'q': NO_MATCH_QUERY})}")
        if page.status_code != 200 or nothing.status_code != 200:
            self.report.broken.append((url, page.status_code))
            return
        html = page.content.decode()
        soup = BeautifulSoup(html, "html.parser")
        empty = BeautifulSoup(nothing.content.decode(), "html.parser")
        form = soup.select_one("main form[role=search], main form")
        help_form = empty.select_one("main form[role=search], main form")
        language = soup.html.get("lang", settings.LANGUAGE_CODE)
        if form is not None:
            # Pagefind indexes no countries or topics: the filters would promise what it can't.
            for control in form.select("select"):
                label = form.select_one(f'label[for="{control.get("id")}"]')
                if label is not None:
                    label.decompose()
                control.decompose()
            with translation.override(language):
                counts = [
                    ngettext("%(counter)s result", "%(counter)s results", n) % {"counter": n}
                    for n in range(1, RESULT_COUNTS + 1)
                ]
                notice = render_to_string(
                    "mirrors/search_results.html",
                    {"counts": json.dumps(counts, ensure_ascii=False), "main_url": self.main_url},
                )
            results = BeautifulSoup(notice, "html.parser")
            no_results = soup.new_tag("div", attrs={"data-mirror-no-results": "", "hidden": ""})
            if help_form is not None:
                for sibling in list(help_form.find_next_siblings()):
                    no_results.append(sibling.extract())
            for text in list(no_results.find_all(string=re.compile(NO_MATCH_QUERY))):
                parts = str(text).split(NO_MATCH_QUERY)
                replacement = []
                for index, part in enumerate(parts):
                    if index:
                        replacement.append(soup.new_tag("span", attrs={"data-mirror-query": ""}))
                    replacement.append(part)
                text.replace_with(*replacement)
            form.insert_after(no_results)
            form.insert_after(results)
        self.report.pages += 1
        self.report.rendered.append(url)
        html = self.mirror_page(str(soup), target.link, target, page, search=True)
        self._write(target.file, html.encode())

    # Mirror pages ---------------------------------------------------------------------------

    def mirror_page(
        self, html: str, url: str, target: Target, response, search=False, record=True
    ) -> str:
        soup = BeautifulSoup(html, "html.parser")
        here = self._here(target)
        links = set()
        self._recording = record
        for form in soup.find_all("form"):
            if (form.get("method") or "get").lower() == "post":
                form.replace_with(self._form_elsewhere(soup, url))
            elif not search and not SEARCH_PATH.match(
                self._root_path(urljoin(url, form.get("action") or url))
            ):
                form["data-mirror-form"] = ""
                self._queue_form_variants(form, url)
        for element in soup.find_all(True):
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value is None or self._keeps_absolute(element):
                    continue
                element[attribute] = self._rewrite(value, url, here, links)
            for attribute in SRCSET_ATTRIBUTES:
                value = element.get(attribute)
                if value:
                    element[attribute] = ", ".join(
                        " ".join(
                            [
                                self._rewrite(candidate.split()[0], url, here, links),
                                *candidate.split()[1:],
                            ]
                        )
                        for candidate in re.split(r",\s+", value.strip())
                        if candidate
                    )
        head = soup.head
        if head is not None:
            meta = soup.new_tag("meta", attrs={"http-equiv": "Content-Security-Policy"})
            meta["content"] = self._meta_policy(response, search)
            charset = head.find("meta", attrs={"charset": True})
            if charset is not None:
                charset.insert_after(meta)
            else:
                head.insert(0, meta)
            script = soup.new_tag(
                "script",
                attrs={"src": self._rewrite(self.mirror_js, url, here, links), "defer": ""},
            )
            head.append(script)
        root = posixpath.relpath("/", here)
        if soup.html is not None:
            soup.html["data-mirror-root"] = "./" if root == "." else root.rstrip("/") + "/"
            if target.link == "/":
                soup.html["data-mirror-home"] = " ".join(self._live_languages())
        main = soup.find("main")
        page = self._page_for(target)
        if main is not None and page is not None and self._searchable(page):
            main["data-pagefind-body"] = ""
        self._recording = True
        if not record:
            return str(soup)
        self.manifest["pages"][url] = {
            "file": target.file,
            "path": target.link,
            "query": target.query,
            "page_id": page.pk if page is not None else None,
            "links": sorted(links),
            "chrome": self._chrome_hash(soup) if url in self._home_urls() else "",
        }
        return str(soup)

    def _keeps_absolute(self, element) -> bool:
        """hreflang alternates, canonical links and links that say "the main site" (marked
        `data-mirror-keep`) keep naming the main site."""
        if element.has_attr("data-mirror-keep"):
            return True
        if element.name != "link":
            return False
        rel = element.get("rel") or []
        rel = rel if isinstance(rel, list) else rel.split()
        return bool({"alternate", "canonical"}.intersection(rel))

    def _form_elsewhere(self, soup, url):
        language = soup.html.get("lang", settings.LANGUAGE_CODE)
        path = urlsplit(url).path.lstrip("/")
        with translation.override(language):
            html = render_to_string(
                "mirrors/form_elsewhere.html",
                {
                    "main_page": self.main_url + path,
                    "onion_page": f"{self.onion}/{path}" if self.onion else "",
                },
            )
        return BeautifulSoup(html, "html.parser")

    def _queue_form_variants(self, form, url):
        action = self._root_path(urljoin(url, form.get("action") or url))
        selects = form.find_all("select")
        if len(selects) != 1:
            return
        name = selects[0].get("name")
        for option in selects[0].find_all("option")[:MAX_FORM_VARIANTS]:
            value = option.get("value", option.get_text(strip=True))
            if name and value:
                self.queue.append(f"{action}?{urlencode({name: value})}")

    def _meta_policy(self, response, search: bool) -> str:
        header = response.get("Content-Security-Policy", "")
        directives = []
        for part in header.split(";"):
            words = part.split()
            if not words or words[0] in META_IGNORED_DIRECTIVES:
                continue
            if search and words[0] == "script-src" and "'wasm-unsafe-eval'" not in words:
                words.append("'wasm-unsafe-eval'")
            directives.append(" ".join(words))
        # django-csp's order changes from one process to the next: sorted, an unchanged page
        # is an unchanged file.
        return "; ".join(sorted(directives))

    def _rewrite(self, value: str, url: str, here: str, links: set) -> str:
        value = value.strip()
        if not value or value.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
            return value
        absolute = urljoin(url, value)
        if not self._is_internal(absolute):
            return value
        path = self._root_path(absolute)
        target = self.target_for(path)
        if target is None:
            return value
        if urlsplit(path).path in self._restricted_urls():
            return self.main_url + path.lstrip("/")
        links.add(target.link)
        if self._recording:
            self._enqueue(path)
        return self._relative(target, path, here)

    def _relative(self, target: Target, path: str, here: str) -> str:
        parts = urlsplit(path)
        relative = posixpath.relpath(target.link, here)
        if target.link.endswith("/"):
            relative = "./" if relative == "." else relative.rstrip("/") + "/"
        if target.kind == "search" and parts.query:
            relative += "?" + parts.query
        if parts.fragment:
            relative += "#" + parts.fragment
        return relative

    def _enqueue(self, path: str):
        target = self.target_for(path)
        if target is None:
            return
        canonical = target.link if target.kind == "search" else path.split("#", 1)[0]
        if canonical not in self.done:
            self.queue.append(canonical)

    @staticmethod
    def _here(target: Target) -> str:
        link = target.link
        return link if link.endswith("/") else posixpath.dirname(link).rstrip("/") + "/"

    # Addresses ------------------------------------------------------------------------------

    def _is_internal(self, absolute: str) -> bool:
        parts = urlsplit(absolute)
        if not parts.scheme and not parts.netloc:
            return absolute.startswith("/")
        origin = f"{parts.scheme}://{parts.netloc}"
        media = settings.MEDIA_URL
        if media.startswith("http") and absolute.startswith(media):
            return True
        return origin in self.origins or (
            parts.netloc in {self.host, f"{self.host}:{self.server_port}"}
        )

    def _root_path(self, absolute: str) -> str:
        media = settings.MEDIA_URL
        if media.startswith("http") and absolute.startswith(media):
            return "/media/" + absolute[len(media) :]
        parts = urlsplit(absolute)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        if parts.fragment:
            path += "#" + parts.fragment
        return path

    def target_for(self, url: str) -> Target | None:
        return target_for(url)

    def _restricted_urls(self) -> set[str]:
        if not hasattr(self, "_restricted"):
            from django.db.models import Q

            from core.reader_listings import restricted_paths

            paths = restricted_paths()
            self._restricted = set()
            if paths:
                query = Q()
                for path in paths:
                    query |= Q(path__startswith=path)
                self._restricted = {page.get_url() for page in Page.objects.live().filter(query)}
        return self._restricted

    def _page_for(self, target: Target):
        if not hasattr(self, "_pages_by_url"):
            self._pages_by_url = {page.get_url(): page for page in self.reader_pages()}
        if target.query:
            return None
        return self._pages_by_url.get(target.link)

    def _searchable(self, page) -> bool:
        from search.views import SEARCHED_PAGE_TYPES

        return isinstance(page, SEARCHED_PAGE_TYPES) and page.alias_of_id is None

    def _home_urls(self) -> set[str]:
        if not hasattr(self, "_homes"):
            from home.models import HomePage

            self._homes = {home.get_url() for home in HomePage.objects.live()}
        return self._homes

    def _chrome_hash(self, soup) -> str:
        parts = [str(element) for element in soup.select("header, footer, .quick-exit")]
        return hashlib.sha256("".join(parts).encode()).hexdigest()

    def _chrome_changed(self) -> bool:
        for url in self._home_urls():
            stored = self.manifest["pages"].get(url, {}).get("chrome")
            response = self._get(url)
            if response.status_code != 200 or stored is None:
                return True
            # The stored hash is of the mirror's copy: compare like with like.
            copy = self.mirror_page(
                response.content.decode(), url, self.target_for(url), response, record=False
            )
            if self._chrome_hash(BeautifulSoup(copy, "html.parser")) != stored:
                return True
        return False

    # Files ----------------------------------------------------------------------------------

    def _copy_static(self, url: str, target: Target):
        name = unquote(urlsplit(url).path)[len(settings.STATIC_URL) :]
        source = None
        if settings.STATIC_ROOT and (Path(settings.STATIC_ROOT) / name).is_file():
            source = Path(settings.STATIC_ROOT) / name
        else:
            found = finders.find(name)
            source = Path(found) if found else None
        if source is None:
            response = self._get(url)
            if response.status_code != 200:
                self.report.broken.append((url, response.status_code))
                return
            data = b"".join(response.streaming_content) if response.streaming else response.content
        else:
            data = source.read_bytes()
        if name.endswith(".css"):
            for match in CSS_URL.finditer(data.decode("utf-8", "replace")):
                reference = match.group(2)
                if reference.startswith(("data:", "#", "http:", "https:")):
                    continue
                self.queue.append(self._root_path(urljoin(url, reference)))
        self._write(target.file, data)
        self.manifest["files"][url] = {"file": target.file}

    def _copy_media(self, url: str, target: Target):
        name = unquote(urlsplit(url).path)[len("/media/") :]
        if not default_storage.exists(name):
            self.report.broken.append((url, 404))
            return
        with default_storage.open(name, "rb") as source:
            self._write(target.file, source.read())
        self.manifest["files"][url] = {"file": target.file}

    def _write(self, relative: str, data: bytes):
        path = self.folder / relative
        if path.is_file() and path.read_bytes() == data:
            self.report.files += 1
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.report.files += 1
        self.report.written += 1

    def _remove_page(self, url: str):
        entry = self.manifest["pages"].pop(url, None)
        if entry:
            (self.folder / entry["file"]).unlink(missing_ok=True)
            self.report.removed += 1
            for other, other_entry in list(self.manifest["pages"].items()):
                if other_entry.get("query") and urlsplit(other).path == url:
                    self._remove_page(other)

    def _remove_unvisited(self):
        """After a full export: files of an earlier export that nothing links to any more."""
        keep = {entry["file"] for entry in self.manifest["pages"].values()}
        keep |= {entry["file"] for entry in self.manifest["files"].values()}
        keep |= {"robots.txt", "sitemap.xml", "404.html", "index.html", MANIFEST}
        for path in self.folder.rglob("*"):
            relative = path.relative_to(self.folder).as_posix()
            if path.is_file() and not relative.startswith("pagefind/") and relative not in keep:
                path.unlink()
                self.report.removed += 1

    def _extras(self):
        """robots.txt, sitemap.xml, the 404 page and the mirror's front door (index.html)."""
        for name in ("robots.txt", "sitemap.xml"):
            response = self._get(f"/{name}")
            if response.status_code == 200:
                text = response.content.decode()
                if self.base_url:
                    for origin in self.origins:
                        text = text.replace(origin + "/", self.base_url)
                self._write(name, text.encode())
        # Served for any missing address, at any depth: its links are from the mirror's root.
        missing = self._get(f"/{settings.LANGUAGE_CODE}/{NO_MATCH_QUERY}/")
        if missing.status_code == 404:
            html = self.mirror_page(
                missing.content.decode(), "/", Target("/", "404.html"), missing, record=False
            )
            self._write("404.html", self._rooted(html).encode())
        # The front door: the default language's home page (mirror.js takes a browser that
        # prefers another language there, as the dynamic site's redirect from / does).
        home_url = f"/{settings.LANGUAGE_CODE}/"
        home = self._get(home_url)
        if home.status_code == 200:
            html = self.mirror_page(
                home.content.decode(), home_url, Target("/", "index.html"), home, record=False
            )
            self._write("index.html", html.encode())

    def _rooted(self, html: str) -> str:
        """Links of a page served at any depth (404.html) from the mirror's root, `/`."""
        soup = BeautifulSoup(html, "html.parser")
        for element in soup.find_all(True):
            for attribute in (*URL_ATTRIBUTES, *SRCSET_ATTRIBUTES):
                value = element.get(attribute)
                if value and not re.match(r"^([a-z]+:|#|/)", value):
                    if attribute == "srcset":
                        element[attribute] = ", ".join(
                            "/" + candidate.lstrip("./") for candidate in re.split(r",\s+", value)
                        )
                    else:
                        element[attribute] = "/" + value.removeprefix("./")
        soup.html["data-mirror-root"] = "/"
        return str(soup)

    def _finish(self, started: float):
        if self.index:
            index_started = time.monotonic()
            self.build_search_index()
            self.report.index_seconds = time.monotonic() - index_started
        self.manifest["exported_at"] = datetime.now(UTC).isoformat()
        self._write(MANIFEST, json.dumps(self.manifest, indent=1, sort_keys=True).encode())
        self.report.seconds = time.monotonic() - started
        self.report.bytes = sum(
            path.stat().st_size for path in self.folder.rglob("*") if path.is_file()
        )

    def _read_manifest(self):
        path = self.folder / MANIFEST
        if not path.is_file():
            return None
        try:
            manifest = json.loads(path.read_text())
        except ValueError:
            return None
        return manifest if {"pages", "files", "exported_at"} <= manifest.keys() else None

    # Search index ---------------------------------------------------------------------------

    def build_search_index(self):
        """Pagefind over the exported pages: one index per `<html lang>`, in `pagefind/`."""
        output = self.folder / "pagefind"
        staging = self.folder / ".pagefind-new"
        shutil.rmtree(staging, ignore_errors=True)
        result = subprocess.run(  # noqa: S603 (the pagefind package's binary, fixed arguments)
            [
                sys.executable,
                "-m",
                "pagefind",
                "--site",
                str(self.folder),
                "--output-path",
                str(staging),
                "--silent",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"pagefind failed:\n{result.stdout}\n{result.stderr}")
        shutil.rmtree(output, ignore_errors=True)
        staging.rename(output)
