"""Every public URL pattern fed hostile input: never a 5xx, never an unescaped echo.

Unknown locales, path traversal, very long paths and query strings, invalid UTF-8 in percent
encodings, huge and malformed page numbers, CR/LF header injection, and markup meant to be echoed.
"""

import pytest

MARKUP = "<script>alert(1)</script>"
MARKUP_ENCODED = "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
INJECTION = "%0d%0aSet-Cookie:%20injected=1%0d%0aX-Injected:%20yes"

HOSTILE_SUFFIXES = [
    "",
    "../../../../etc/passwd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2fmanage.py",
    "%ff%fe%fd/",
    "%c0%af%c0%af/",
    "%ed%a0%80/",
    "%00/",
    "a" * 5000 + "/",
    "/".join(["deep"] * 300) + "/",
    MARKUP_ENCODED + "/",
    INJECTION + "/",
]

HOSTILE_QUERIES = [
    "q=" + MARKUP_ENCODED,
    "q=" + "x" * 20000,
    "q=%ff%fe%fd",
    "q=" + INJECTION,
    "page=99999999999999999999999999",
    "page=-1",
    "page=0",
    "page=1e9",
    "page=" + MARKUP_ENCODED,
    "q=a&page=99999999999999999999999999",
    "q=a&page=%ff",
    "topic=" + MARKUP_ENCODED,
    "%ff=%fe",
    "&".join(f"k{n}=v" for n in range(2000)),
]


def fixed_paths(tree):
    return [
        "/",
        "/healthz",
        "/robots.txt",
        "/sitemap.xml",
        "/admin/login/",
        "/documents/1/x.pdf",
        "/en/search/",
        "/sv/search/",
        "/xx/",
        "/xx/search/",
        "/en-us/",
        "/zz-zz/search/",
        "/static/../manage.py",
        "/media/../manage.py",
    ] + [
        tree[name].url
        for name in ("home", "topic_index", "topic_page", "safety", "country", "partner")
        + ("support", "article", "home_sv", "article_sv")
    ]


def assert_safe(response, url):
    assert response.status_code < 500, url
    for name, value in response.headers.items():
        assert "\r" not in value and "\n" not in value, (url, name)
        assert name.lower() != "x-injected", url
    if not url.startswith("/admin/"):  # the login form's CSRF cookie is expected there
        assert not response.cookies, url
    if not getattr(response, "streaming", False):
        body = response.content.decode("utf-8", errors="replace")
        assert MARKUP not in body, url


@pytest.fixture
def every_url(tree):
    urls = []
    for base in fixed_paths(tree):
        urls += [base + suffix for suffix in HOSTILE_SUFFIXES if base.endswith("/")]
        urls += [f"{base}?{query}" for query in HOSTILE_QUERIES]
    return urls


def test_hostile_paths_and_queries(client, every_url):
    client.raise_request_exception = False
    failures = []
    for url in every_url:
        try:
            assert_safe(client.get(url), url)
        except AssertionError as error:
            failures.append(f"{url[:120]}: {error}"[:300])
    assert not failures, "\n".join(failures)


def test_hostile_posts_to_public_pages(client, tree):
    client.raise_request_exception = False
    for url in (tree["article"].url, "/en/search/", "/xx/", tree["support"].url):
        response = client.post(url, {"q": MARKUP, "page": "9" * 40})
        assert_safe(response, url)


def test_hostile_headers(client, tree):
    client.raise_request_exception = False
    hostile_headers = {
        "HTTP_HOST": "evil.example",
        "HTTP_ACCEPT_LANGUAGE": "xx-YY;q=1," + "a" * 5000,
        "HTTP_IF_NONE_MATCH": '"' + MARKUP + '"',
        "HTTP_X_FORWARDED_PROTO": "https\r\nX-Injected: yes",
        "HTTP_COOKIE": "sessionid=" + "%ff" * 100 + "; redefine_language=xx",
    }
    for url in ("/", tree["article"].url, "/en/search/?q=a"):
        for name, value in hostile_headers.items():
            assert_safe(client.get(url, **{name: value}), f"{url} {name}")


def test_an_unknown_host_gets_400_not_a_page(client, tree, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    response = client.get(tree["article"].url, HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_search_echoes_the_query_escaped(client, tree):
    response = client.get("/en/search/", {"q": MARKUP})
    assert response.status_code == 200
    body = response.content.decode()
    assert MARKUP not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
