"""What an editor takes down stays down, in every cache (issue 17, items 1, 2, 6 and 10).

The page cache keeps two copies of each page: one under the content generation, and a "last
good copy" that is served only while the database is down. These tests take pages down through
the admin (unpublish, delete, move, slug change, privacy) and check that no copy of them is left
for any Site or locale, that the CDN is told, and that a cache which loses or rolls back its
number never brings a withdrawn page back. The outage itself, with a real PostgreSQL taken
away, is in the last tests (PostgreSQL pass).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from core import generation
from page_cache import store
from page_cache.middleware import CACHE_STATUS_HEADER, maintenance_response
from tests import factories
from tests.server_fixtures import database_url
from tests.servers import POSTGRES, AppServer, TcpProxy, manage
from tests.utils import csp, soup, text_of


@pytest.fixture
def country_site(tree):
    """A second Site, as a country domain: the country's pages have two addresses each."""
    return Site.objects.create(hostname="sverige.example", port=80, root_page=tree["country"])


def last_good_copies(page) -> dict[str, bool]:
    """For every address `page` has (every Site, every locale root): is a last good copy kept?"""
    from core.signals import addresses_under

    return {
        f"{site_id}{path}": store.page_cache().get(store.last_good_key(site_id, path)) is not None
        for site_id, _root_url, path in addresses_under(page.url_path)
    }


def addresses(page) -> set[tuple[str, str]]:
    """(host, path) of every address of `page`: every Site, every locale root."""
    from core.signals import addresses_under

    return {
        (urlsplit(root_url).hostname, path)
        for _site_id, root_url, path in addresses_under(page.url_path)
    }


def visit_everywhere(client, page, country_site):
    """Read `page` on the regional site and on the country domain, so both are cached."""
    for host, path in addresses(page):
        assert client.get(path, HTTP_HOST=host).status_code == 200, (host, path)


def test_unpublishing_removes_every_last_good_copy(admin_client, client, tree, country_site):
    article, article_sv = tree["article"], tree["article_sv"]
    assert addresses(article) == {
        ("localhost", "/en/sweden/man/when-anger-takes-over/"),
        ("sverige.example", "/en/man/when-anger-takes-over/"),
    }
    visit_everywhere(client, article, country_site)
    visit_everywhere(client, article_sv, country_site)
    copies = last_good_copies(article)
    assert len(copies) == 2 and all(copies.values()), copies

    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    assert response.status_code == 302

    assert not any(last_good_copies(article).values())
    # The Swedish translation was not taken down: its copies stay.
    assert all(last_good_copies(article_sv).values())


def test_deleting_a_subtree_removes_the_copies_of_every_page_in_it(
    admin_client, client, tree, country_site
):
    partner_sv, article_sv = tree["partner_sv"], tree["article_sv"]
    for page in (partner_sv, article_sv, tree["support_sv"]):
        visit_everywhere(client, page, country_site)
    assert all(last_good_copies(article_sv).values())
    removed = [(page, page.url_path) for page in (partner_sv, article_sv, tree["support_sv"])]

    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(partner_sv.pk,)))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=article_sv.pk).exists()

    for page, url_path in removed:
        page.url_path = url_path  # the rows are gone: ask about where they were
        assert not any(last_good_copies(page).values()), page.title


def test_moving_and_renaming_remove_the_old_addresses_copies(
    admin_client, client, tree, country_site, django_capture_on_commit_callbacks
):
    article = tree["article"]
    old_url = "/en/sweden/man/when-anger-takes-over/"
    visit_everywhere(client, article, country_site)
    from core.signals import addresses_under

    old_addresses = addresses_under(article.url_path)
    assert len(old_addresses) == 2
    assert all(last_good_copies(article).values())

    other_partner = factories.PartnerPageFactory(
        parent=tree["country"], title="Other partner", slug="other-partner"
    )
    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=(article.pk, other_partner.pk))
    )
    assert response.status_code == 302
    for site_id, _root_url, path in old_addresses:
        assert store.page_cache().get(store.last_good_key(site_id, path)) is None, path
    # Wagtail's automatic redirect now answers the old address, not a cached copy.
    assert client.get(old_url).status_code == 301

    # A slug change of a live page, through the edit form.
    article.refresh_from_db()
    visit_everywhere(client, article, country_site)
    moved = addresses_under(article.url_path)
    assert all(last_good_copies(article).values())
    from tests.test_admin_editing import article_form

    tree_after_move = {**tree, "partner": other_partner}
    data = article_form(tree_after_move, title=article.title, slug="when-anger-took-over")
    # Wagtail sends page_slug_changed when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(article.pk,)), data)
    assert response.status_code == 302
    assert Page.objects.get(pk=article.pk).slug == "when-anger-took-over"
    for site_id, _root_url, path in moved:
        assert store.page_cache().get(store.last_good_key(site_id, path)) is None, path


def test_making_a_page_private_removes_its_public_copies(admin_client, client, tree, country_site):
    article = tree["article"]
    visit_everywhere(client, article, country_site)
    assert all(last_good_copies(article).values())

    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=(article.pk,)),
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "a-secret-1", "groups": []},
    )
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=article).exists()
    assert not any(last_good_copies(article).values())


def test_a_copy_stored_before_a_takedown_is_never_the_fallback(admin_client, client, tree):
    """The stale copy carries its generation; one older than the last takedown is refused."""
    article, home = tree["article"], tree["home"]
    client.get(home.url)
    site_id = Site.objects.get(is_default_site=True).pk
    before = store.page_cache().get(store.last_good_key(site_id, home.url))
    assert before["generation"] >= generation.current().withdrawn

    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    # The home page was not withdrawn, but its copy predates the takedown (it listed the
    # article): it may no longer stand in for the page.
    assert before["generation"] < generation.current().withdrawn
    client.get(home.url)
    after = store.page_cache().get(store.last_good_key(site_id, home.url))
    assert after["generation"] >= generation.current().withdrawn
    assert "When anger takes over" not in after["content"].decode()


@pytest.mark.parametrize("failure", ["rolled back", "lost"])
def test_a_cache_that_rolls_back_or_loses_its_number_never_serves_a_withdrawn_page(
    admin_client, client, tree, failure
):
    """Redis restarted from an old snapshot; a file cache culled the key; a fresh process."""
    article = tree["article"]
    assert client.get(article.url).status_code == 200
    assert client.get(article.url)[CACHE_STATUS_HEADER] == "hit"
    snapshot = generation.cache.get(generation.CACHE_KEY)
    assert snapshot is not None

    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    assert response.status_code == 302
    assert client.get(article.url).status_code == 404

    if failure == "rolled back":
        generation.cache.set(generation.CACHE_KEY, snapshot, None)
    else:
        generation.cache.delete(generation.CACHE_KEY)
    generation.forget_in_process_state()  # and the process is new: it knows nothing

    again = client.get(article.url)
    assert again.status_code == 404
    assert "When anger takes over" not in again.content.decode()
    # The cache holds the database's number again, for every process.
    assert generation.cache.get(generation.CACHE_KEY)[0] > snapshot[0]


def test_the_generation_never_goes_below_any_number_already_used(db):
    """Even with its row gone (a restored backup), a raise goes above what the cache has seen."""
    from core.models import ContentGeneration

    first = generation.raise_generation()
    ContentGeneration.objects.all().delete()
    generation.forget_in_process_state()
    second = generation.raise_generation()
    assert second.value > first.value


def test_host_variants_share_one_entry(client, tree):
    url = tree["article"].url
    assert client.get(url, HTTP_HOST="localhost")[CACHE_STATUS_HEADER] == "miss"
    for host in ("LOCALHOST", "localhost:8080", "LocalHost:80", "testserver", "127.0.0.1:9"):
        response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200
        assert response[CACHE_STATUS_HEADER] == "hit", host


def test_a_host_no_site_answers_for_is_not_cached(client, tree):
    Site.objects.update(is_default_site=False)
    store.forget_sites()
    url = tree["article"].url
    assert client.get(url, HTTP_HOST="localhost")[CACHE_STATUS_HEADER] == "miss"
    for _ in range(2):
        unknown = client.get(url, HTTP_HOST="unknown.example")
        assert unknown.status_code == 404
        assert CACHE_STATUS_HEADER not in unknown


def test_a_host_outside_allowed_hosts_is_refused_before_caching(client, tree, settings):
    settings.ALLOWED_HOSTS = ["localhost"]
    response = client.get(tree["article"].url, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert CACHE_STATUS_HEADER not in response


def test_the_cache_status_header_is_off_unless_asked_for(client, tree, settings):
    settings.PAGE_CACHE_STATUS_HEADER = False
    url = tree["article"].url
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert CACHE_STATUS_HEADER not in response


def test_the_outage_page_has_the_reader_csp_and_cannot_be_framed(db):
    response = maintenance_response(RequestFactory().get("/ka/"))
    assert response.status_code == 503
    policy = csp(response)
    assert policy["default-src"] == ["'none'"] or "'self'" in policy["default-src"]
    assert "'unsafe-inline'" not in str(policy)
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert soup(response).html["lang"] == "ka"


class PurgeRecorder(BaseHTTPRequestHandler):
    """A CDN's purge endpoint on 127.0.0.1 that remembers what it was asked to purge."""

    purged: list[str] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRecorder.purged.append(f"{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_the_cdn_purges_a_page_made_private_and_a_moved_pages_old_address(
    admin_client, tree, country_site, cdn
):
    article = tree["article"]
    admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=(article.pk,)),
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "a-secret-1", "groups": []},
    )
    assert "localhost/en/sweden/man/when-anger-takes-over/" in cdn
    assert "sverige.example/en/man/when-anger-takes-over/" in cdn

    cdn.clear()
    other_partner_sv = factories.PartnerPageFactory(
        parent=tree["country_sv"], title="Annan partner", slug="annan-partner"
    )
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:move_confirm", args=(tree["article_sv"].pk, other_partner_sv.pk)
        )
    )
    assert response.status_code == 302
    slug = tree["article_sv"].slug
    assert f"localhost/sv/sweden/man/{slug}/" in cdn, cdn
    assert f"sverige.example/sv/man/{slug}/" in cdn, cdn


# With a real database outage: a second process, PostgreSQL taken away through a proxy. ---------

ARTICLE = "/en/sweden/man/when-anger-takes-over/"
HOME = "/en/"
PUBLISH_ARTICLE = (
    "from wagtail.models import Page;"
    "p = Page.objects.get(slug='when-anger-takes-over', locale__language_code='en').specific;"
    "p.save_revision().publish()"
)
UNPUBLISH_ARTICLE = (
    "from wagtail.models import Page;"
    "Page.objects.get(slug='when-anger-takes-over', locale__language_code='en').unpublish()"
)


@pytest.mark.postgres
def test_with_the_database_down_a_withdrawn_page_is_never_served(
    server_site, fresh_cache, tmp_path
):
    proxy = TcpProxy(POSTGRES).up()
    env = {**server_site, "DATABASE_URL": database_url(proxy.port)}
    try:
        with AppServer(env, tmp_path / "server.log") as server:
            assert server.get(ARTICLE).status_code == 200
            assert server.get(HOME).status_code == 200
            manage(
                "shell",
                "-c",
                UNPUBLISH_ARTICLE,
                env=env,
            )
            # Read again after the takedown: the home page's last good copy is current again...
            assert "When anger takes over" not in server.get(HOME).text
            # ...and stays the fallback after an ordinary change (not a takedown) elsewhere.
            manage("shell", "-c", "from core.signals import invalidate; invalidate()", env=env)
            proxy.down()

            withdrawn = server.get(ARTICLE)
            assert withdrawn.status_code == 503
            assert "When anger takes over" not in withdrawn.text
            assert withdrawn.headers["X-Frame-Options"] == "DENY"
            assert "frame-ancestors 'none'" in withdrawn.headers["Content-Security-Policy"]
            home = server.get(HOME)
            assert home.status_code == 200
            assert home.headers["X-Page-Cache"] == "stale"
            assert text_of(soup(home).find("h1"))
    finally:
        proxy.down()
        manage("shell", "-c", PUBLISH_ARTICLE, env=server_site)  # for the tests after this one


@pytest.mark.postgres
def test_redis_rolled_back_does_not_bring_an_unpublished_page_back(
    server_site, fresh_cache, tmp_path
):
    import redis

    from tests.server_fixtures import KEY_PREFIX, REDIS_DB

    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    with AppServer(server_site, tmp_path / "server.log") as server:
        assert server.get(ARTICLE).status_code == 200
        assert server.get(ARTICLE).headers["X-Page-Cache"] == "hit"
        snapshot = {key: client.dump(key) for key in client.scan_iter(f"{KEY_PREFIX}*")}
        manage(
            "shell",
            "-c",
            UNPUBLISH_ARTICLE,
            env=server_site,
        )
        assert server.get(ARTICLE).status_code == 404
        # Redis comes back from its last snapshot, taken before the unpublish.
        for key in client.scan_iter(f"{KEY_PREFIX}*"):
            client.delete(key)
        for key, value in snapshot.items():
            client.restore(key, 0, value, replace=True)
        import time

        time.sleep(1.2)  # CONTENT_GENERATION_RECHECK_SECONDS: the process re-reads the database
        again = server.get(ARTICLE)
        assert again.status_code == 404
        assert "When anger takes over" not in again.text
    manage("shell", "-c", PUBLISH_ARTICLE, env=server_site)
