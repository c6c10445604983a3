"""`load_demo_content`: the whole programme in every locale, idempotent, and every page serves."""

from django.conf import settings
from wagtail.models import Locale, Site

from articles.models import ArticlePage
from countries.models import CountryPage, PartnerPage
from countries.partners import load_partners
from home.models import HomePage
from support.models import SupportPage
from tests.demo_content.conftest import load_demo_content
from tests.factories import publish
from tests.utils import soup

MIN_ARTICLES_PER_PARTNER_AND_LOCALE = 5


def test_demo_content_builds_every_locale_country_and_partner(demo):
    languages = [code for code, _ in settings.LANGUAGES]
    homes = HomePage.objects.live()
    assert sorted(home.locale.language_code for home in homes) == sorted(languages)
    default_home = Site.objects.get(is_default_site=True).root_page
    assert default_home.locale.language_code == settings.LANGUAGE_CODE

    partners = load_partners()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    countries = CountryPage.objects.live().filter(locale=english)
    assert sorted(c.country_code for c in countries) == sorted({p.country for p in partners})
    assert len(countries) == 5

    partner_pages = PartnerPage.objects.live().filter(locale=english)
    assert sorted(page.slug for page in partner_pages) == sorted(p.slug for p in partners)
    assert len(partner_pages) == 6

    for partner in partners:
        source = PartnerPage.objects.get(slug=partner.slug, locale=english)
        assert source.get_parent().specific.country_code == partner.country, partner.slug
        for code in partner.all_locales:
            page = source.get_translation(Locale.objects.get(language_code=code))
            assert page.live, (partner.slug, code)
            articles = ArticlePage.objects.live().child_of(page)
            assert articles.count() >= MIN_ARTICLES_PER_PARTNER_AND_LOCALE, (partner.slug, code)
            supports = SupportPage.objects.live().child_of(page)
            assert supports.count() == 1, (partner.slug, code)


def test_every_country_partner_and_article_page_serves(demo, client):
    pages = [
        *CountryPage.objects.live(),
        *PartnerPage.objects.live(),
        *SupportPage.objects.live(),
        *ArticlePage.objects.live(),
    ]
    assert len(pages) > 50
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
    for home in HomePage.objects.live():
        assert client.get(home.url).status_code == 200, home.url


def test_second_run_creates_nothing_and_keeps_edits(demo):
    assert "objects created" in demo
    assert "(0 objects created)" not in demo

    article = ArticlePage.objects.live().order_by("path").first()
    article.title = "Edited by an editor"
    publish(article)

    again = load_demo_content()
    assert "(0 objects created)" in again
    article.refresh_from_db()
    assert article.title == "Edited by an editor"


def test_the_default_site_is_where_make_run_serves(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 8000)
    article = ArticlePage.objects.live().order_by("path").first()
    response = client.get(article.url, HTTP_HOST="localhost:8000")
    og_url = soup(response).find("meta", property="og:url")["content"]
    assert og_url.startswith("http://localhost:8000/")
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost:8000").content.decode()
    assert "<loc>http://localhost:8000/" in sitemap
    assert "http://localhost/" not in sitemap

    # `make run HOST=127.0.0.1 PORT=8123` passes its address; a later plain run keeps it.
    load_demo_content("--host", "127.0.0.1", "--port", "8123")
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert "(0 objects created)" in load_demo_content()
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
