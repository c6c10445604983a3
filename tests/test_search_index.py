"""The search index: kept current on publish, unpublish, edit and delete in every locale, rebuilt
by `update_index`, one back end per language on PostgreSQL, and OpenSearch configured from the
environment (settings built by core.search_backends; no OpenSearch server runs here)."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.search.models import IndexEntry

from articles.models import ArticlePage
from core.search_backends import (
    OPENSEARCH_ANALYZERS,
    POSTGRES_SEARCH_CONFIGS,
    backend_name_for,
    search_backends,
)
from tests import factories
from tests.factories import publish, translate
from tests.utils import soup, text_of

LANGUAGES = ["en", "sv", "ka", "hy", "ro", "ru", "be"]
ON_POSTGRES = connection.vendor == "postgresql"
postgres_only = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL text search only")


def titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [text_of(a) for a in soup(response).select(".search-results h2 a")]


def index_entries(page):
    return IndexEntry.objects.filter(object_id=str(page.pk))


@pytest.fixture
def russian_partner(tree, locales):
    translate(tree["home"], locales["ru"], intro_heading="Привет")
    translate(tree["country"], locales["ru"], title="Швеция")
    return translate(tree["partner"], locales["ru"])


@pytest.mark.parametrize("language", ["en", "sv", "ru"])
def test_publish_edit_unpublish_and_delete_update_the_index(
    client, tree, russian_partner, language
):
    partner = {"en": tree["partner"], "sv": tree["partner_sv"], "ru": russian_partner}[language]
    article = factories.create_article(partner, title="Quokka diaries", slug="quokka")
    assert article.locale.language_code == language
    assert titles(client, language, "quokka") == ["Quokka diaries"]

    article.title = "Wombat diaries"
    publish(article)
    assert titles(client, language, "wombat") == ["Wombat diaries"]
    assert titles(client, language, "quokka") == []

    article.unpublish()
    assert titles(client, language, "wombat") == []

    publish(article)
    assert titles(client, language, "wombat") == ["Wombat diaries"]

    article.delete()
    assert titles(client, language, "wombat") == []
    assert not index_entries(article).exists()


def test_update_index_rebuilds_every_language(client, tree, russian_partner):
    factories.create_article(russian_partner, title="Насилие в семье", slug="violence")
    IndexEntry.objects.all().delete()
    assert titles(client, "en", "anger") == []

    out = StringIO()
    call_command("update_index", stdout=out)

    assert "When anger takes over" in titles(client, "en", "anger")
    assert titles(client, "sv", "ilskan") == ["När ilskan tar över"]
    assert titles(client, "ru", "насилие") == ["Насилие в семье"]
    for name in settings.WAGTAILSEARCH_BACKENDS:
        assert f"Updating backend: {name}" in out.getvalue()


@pytest.mark.postgres
@postgres_only
def test_each_language_is_indexed_with_its_own_configuration(tree, russian_partner):
    """Every back end writes to one table: each page keeps its own language's stems, also after a
    full rebuild in which the Belarusian ('simple') back end runs after the Russian one
    (https://github.com/wagtail/wagtail/issues/9253)."""
    russian = factories.create_article(russian_partner, title="Насилие в семье", slug="violence")

    def title_vector(page):
        return index_entries(page).values_list("title", flat=True).get()

    for _run in ("on publish", "after update_index"):
        assert "'насил'" in title_vector(russian)  # Russian stem; 'simple' keeps 'насилие'
        assert "'take'" in title_vector(tree["article"])  # English stem of "takes"
        assert "'känsl'" in title_vector(tree["topic_page_sv"])  # Swedish stem of "Känslor"
        IndexEntry.objects.all().delete()
        call_command("update_index", stdout=StringIO())


@pytest.mark.postgres
@postgres_only
def test_every_configured_text_search_configuration_exists_on_this_server(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
    assert set(POSTGRES_SEARCH_CONFIGS.values()) <= available
    configured = {
        params["LANGUAGE"]: params["SEARCH_CONFIG"]
        for params in settings.WAGTAILSEARCH_BACKENDS.values()
    }
    assert configured == POSTGRES_SEARCH_CONFIGS


def test_the_settings_use_one_backend_per_language_on_postgresql_only():
    names = set(settings.WAGTAILSEARCH_BACKENDS)
    if ON_POSTGRES:
        assert names == {"default", "sv", "ka", "hy", "ro", "ru", "be"}
    else:
        assert names == {"default"}


def test_sqlite_settings_are_one_database_backend():
    assert search_backends(
        database_engine="django.db.backends.sqlite3", languages=LANGUAGES, default_language="en"
    ) == {"default": {"BACKEND": "wagtail.search.backends.database"}}


def test_postgresql_settings_give_each_language_its_configuration():
    backends = search_backends(
        database_engine="django.db.backends.postgresql", languages=LANGUAGES, default_language="en"
    )
    assert {name: params["SEARCH_CONFIG"] for name, params in backends.items()} == {
        "default": "english",
        "sv": "swedish",
        "ka": "simple",
        "hy": "armenian",
        "ro": "romanian",
        "ru": "russian",
        "be": "simple",
    }
    assert {name for name, params in backends.items() if params["INDEXES_UNLOCALISED"]} == {
        "default"
    }
    assert all(p["BACKEND"] == "search.locale_backends.postgres" for p in backends.values())
    assert backend_name_for("ru", backends, "en") == "ru"
    assert backend_name_for("en", backends, "en") == "default"
    assert backend_name_for("fr", backends, "en") == "default"
    sqlite = search_backends(database_engine="sqlite3", languages=LANGUAGES, default_language="en")
    assert backend_name_for("ru", sqlite, "en") == "default"


def test_opensearch_settings_give_each_language_its_index_and_analyser():
    backends = search_backends(
        database_engine="django.db.backends.postgresql",
        languages=LANGUAGES,
        default_language="en",
        opensearch_url="https://user:secret@search.internal:9200",
        opensearch_index_prefix="redefine_",
        opensearch_timeout=5,
    )
    assert set(backends) == {"default", "sv", "ka", "hy", "ro", "ru", "be"}
    ru = backends["ru"]
    assert ru["BACKEND"] == "search.locale_backends.opensearch"
    assert ru["URLS"] == ["https://user:secret@search.internal:9200"]
    assert ru["TIMEOUT"] == 5
    assert ru["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {
        "type": "russian"
    }
    analysers = {
        params["LANGUAGE"]: params["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"][
            "type"
        ]
        for params in backends.values()
    }
    assert analysers == OPENSEARCH_ANALYZERS
    assert analysers["ka"] == analysers["be"] == "standard"
    prefixes = [params["INDEX_PREFIX"] for params in backends.values()]
    assert len(set(prefixes)) == len(LANGUAGES)
    assert backends["default"]["INDEX_PREFIX"] == "redefine_en_"


def test_opensearch_backend_is_built_from_the_settings_and_indexes_its_language(tree, image):
    pytest.importorskip("opensearchpy")
    from search.locale_backends.opensearch import SearchBackend

    backends = search_backends(
        database_engine="django.db.backends.sqlite3",
        languages=LANGUAGES,
        default_language="en",
        opensearch_url="http://search.internal:9200",
    )
    swedish = SearchBackend(dict(backends["sv"]))  # creating a client does not connect
    analysis = swedish.settings["settings"]["analysis"]["analyzer"]
    assert analysis["default"] == {"type": "swedish"}
    assert "edgengram_analyzer" in analysis  # Wagtail's own analysers are kept
    assert swedish.get_index_for_model(ArticlePage).name == "redefine_sv_wagtailcore_page"
    assert swedish.indexes(tree["article_sv"])
    assert not swedish.indexes(tree["article"])
    assert not swedish.indexes(image)

    english = SearchBackend(dict(backends["default"]))
    assert english.indexes(tree["article"]) and english.indexes(image)
    assert not english.indexes(tree["article_sv"])


def test_opensearch_url_in_the_environment_switches_the_site_to_opensearch():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "OPENSEARCH_URL": "http://search.internal:9200",
        "OPENSEARCH_INDEX_PREFIX": "staging_",
    }
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"
    )
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    backends = json.loads(output)
    assert backends["ro"]["BACKEND"] == "search.locale_backends.opensearch"
    assert backends["ro"]["URLS"] == ["http://search.internal:9200"]
    assert backends["ro"]["INDEX_PREFIX"] == "staging_ro_"
