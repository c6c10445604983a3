"""Two app servers on one PostgreSQL and one Redis: no process keeps state of its own.

A page published through a third process (an editor's "Publish", run as a management command
against the same database and cache) is served fresh at once by both servers, although both had
it in the page cache a moment before.
"""

import pytest

from tests.servers import AppServer, manage

ARTICLE = "/en/sweden/man/when-anger-takes-over/"

pytestmark = pytest.mark.postgres


def title_in(response) -> str:
    from tests.utils import soup, text_of

    return text_of(soup(response).find("h1"))


def test_a_page_published_anywhere_is_served_fresh_by_every_server(
    server_site, fresh_cache, tmp_path
):
    with (
        AppServer(server_site, tmp_path / "a.log") as server_a,
        AppServer(server_site, tmp_path / "b.log") as server_b,
    ):
        first = server_a.get(ARTICLE)
        assert first.status_code == 200
        assert title_in(first) == "When anger takes over"
        # Server A rendered it; server B is answered from the shared cache at once.
        second = server_b.get(ARTICLE)
        assert second.headers["X-Page-Cache"] == "hit"
        assert title_in(second) == "When anger takes over"

        manage(
            "shell",
            "-c",
            "from tests.server_content import publish_article_title as p; p('Anger, and you')",
            env=server_site,
        )

        for server in (server_b, server_a):
            response = server.get(ARTICLE)
            assert response.status_code == 200
            assert title_in(response) == "Anger, and you"
        # Rendered once after the publish, by whichever server came first; then shared.
        assert server_a.get(ARTICLE).headers["X-Page-Cache"] == "hit"
    assert "Traceback" not in (tmp_path / "a.log").read_text()
    assert "Traceback" not in (tmp_path / "b.log").read_text()
