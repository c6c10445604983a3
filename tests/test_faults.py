"""When a service fails: the database, the cache, the storage for uploads.

The database and Redis are taken away through a TCP proxy in front of them (tests/servers.py),
so the shared PostgreSQL and Redis keep running for everyone else.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.server_fixtures import database_url, redis_url
from tests.servers import POSTGRES, REDIS, AppServer, TcpProxy
from tests.utils import soup, text_of

ARTICLE = "/en/sweden/man/when-anger-takes-over/"
ARTICLE_SV = "/sv/sverige/man/nar-ilskan-tar-over/"


def no_traceback(response) -> bool:
    return "Traceback" not in response.text and 'File "/' not in response.text


@pytest.mark.postgres
def test_database_down_cached_pages_serve_others_get_503_and_it_recovers(
    server_site, fresh_cache, tmp_path
):
    proxy = TcpProxy(POSTGRES).up()
    env = {**server_site, "DATABASE_URL": database_url(proxy.port)}
    try:
        with AppServer(env, tmp_path / "server.log") as server:
            assert server.get(ARTICLE).status_code == 200  # now in the page cache
            home_sv = server.get("/sv/")
            assert home_sv.status_code == 200

            proxy.down()
            cached = server.get(ARTICLE)
            assert cached.status_code == 200
            assert text_of(soup(cached).find("h1")) == "When anger takes over"

            for path, language, leave in [
                ("/en/", "en", "Leave this site"),
                (ARTICLE_SV, "sv", "Lämna sidan"),
            ]:
                response = server.get(path)
                assert response.status_code == 503, path
                assert response.headers["Retry-After"].isdigit()
                assert response.headers["Cache-Control"] == "no-store"
                page = soup(response)
                assert page.html["lang"] == language
                assert text_of(page.find("h1"))
                assert text_of(page.select_one("[data-quick-exit]")) == leave
                assert no_traceback(response)
            assert server.get("/healthz").status_code == 503

            proxy.up()
            recovered = server.get("/en/")
            assert recovered.status_code == 200
            assert recovered.headers["X-Page-Cache"] == "miss"
            assert server.get("/healthz").status_code == 200
    finally:
        proxy.down()


@pytest.mark.postgres
def test_a_page_changed_before_the_outage_is_served_from_its_last_good_copy(
    server_site, fresh_cache, tmp_path
):
    proxy = TcpProxy(POSTGRES).up()
    env = {**server_site, "DATABASE_URL": database_url(proxy.port)}
    try:
        with AppServer(env, tmp_path / "server.log") as server:
            assert server.get(ARTICLE).status_code == 200
            # Something else was published: the cached copy is no longer current...
            from tests.servers import manage

            manage("shell", "-c", "from core.signals import invalidate; invalidate()", env=env)
            proxy.down()
            # ...but while the database is away it is better than an error.
            response = server.get(ARTICLE)
            assert response.status_code == 200
            assert response.headers["X-Page-Cache"] == "stale"
            assert response.headers["Cache-Control"] == "no-cache"
    finally:
        proxy.down()


@pytest.mark.postgres
def test_cache_down_pages_still_serve(server_site, fresh_cache, tmp_path):
    proxy = TcpProxy(REDIS).up()
    env = {**server_site, "REDIS_URL": redis_url(proxy.port)}
    try:
        with AppServer(env, tmp_path / "server.log") as server:
            assert server.get(ARTICLE).status_code == 200
            assert server.get(ARTICLE).headers["X-Page-Cache"] == "hit"
            proxy.down()
            for path in (ARTICLE, ARTICLE, "/en/", "/sv/", "/en/search/?q=anger"):
                response = server.get(path)
                assert response.status_code == 200, path
            proxy.up()
            server.get(ARTICLE)
            assert server.get(ARTICLE).headers["X-Page-Cache"] == "hit"
        assert "Traceback" not in (tmp_path / "server.log").read_text()
    finally:
        proxy.down()


@pytest.mark.postgres
def test_redis_that_never_answers_does_not_stop_the_site(server_site, tmp_path):
    env = {**server_site, "REDIS_URL": "redis://127.0.0.1:1/0"}
    with AppServer(env, tmp_path / "server.log") as server:
        for path in (ARTICLE, ARTICLE, "/sv/"):
            assert server.get(path).status_code == 200


def png_upload():
    return SimpleUploadedFile("bench.png", get_test_image_file().file.getvalue(), "image/png")


@pytest.fixture
def unwritable_media(settings, tmp_path):
    # A regular file where the media folder should be: no directory can be created under it,
    # even by root. Writing fails with an OSError, as on a full or read-only disk.
    blocker = tmp_path / "media"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = str(blocker / "inside")


def test_unwritable_media_upload_fails_with_a_clear_message(admin_client, unwritable_media):
    url = reverse("wagtailimages:add")
    response = admin_client.post(
        url, {"title": "A bench", "file": png_upload(), "description": "", "tags": ""}, follow=True
    )
    assert response.status_code == 200
    message = text_of(soup(response).select_one(".messages"))
    assert "could not be saved" in message
    assert "Nothing was saved" in message
    assert not get_image_model().objects.exists()


def test_unwritable_media_multiple_upload_reports_the_error(admin_client, unwritable_media):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png_upload()})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "could not be saved" in response.json()["error_message"]
    assert not get_image_model().objects.exists()
