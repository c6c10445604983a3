"""What readers of the demo content get in each locale: <html lang>, the language switcher and the
hreflang alternates pointing only at real translations, and dates in the locale's own format."""

from wagtail.models import Page

from articles.models import ArticlePage
from tests.utils import soup, text_of

# Month of the demo articles' "last reviewed" date (1 October 2026) as each locale writes it.
OCTOBER = {
    "en": "Oct. 1, 2026",
    "sv": "oktober",
    "ka": "ოქტომბერი",
    "hy": "Հոկտեմբեր",
    "ro": "Octombrie",
    "ru": "октября",
    "be": "кастрычніка",
}


def real_translations(page):
    return {
        translation.locale.language_code: translation.url
        for translation in Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
    }


def test_every_demo_page_has_the_right_lang_switcher_and_alternates(client, demo):
    pages = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)
    pages = pages.select_related("locale")
    assert pages.count() > 50
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = soup(response)
        code = page.locale.language_code
        assert html.html["lang"] == code, page.url

        expected = real_translations(page)
        alternates = {
            link["hreflang"]: link["href"]
            for link in html.select("head link[rel=alternate][hreflang]")
        }
        assert set(alternates) == set(expected), page.url
        for lang, url in expected.items():
            assert alternates[lang].endswith(url), (page.url, lang)

        switcher = html.select_one("nav.language-switcher")
        if len(expected) == 1:
            assert switcher is None, page.url
            continue
        offered = {
            item["lang"]: item.get("href") for item in switcher.select("a[lang], span[lang]")
        }
        assert set(offered) == set(expected), page.url
        for lang, href in offered.items():
            assert href == (None if lang == code else expected[lang]), (page.url, lang)


def test_last_reviewed_date_is_in_each_locale_format(client, demo):
    for code, october in OCTOBER.items():
        article = (
            ArticlePage.objects.live()
            .filter(locale__language_code=code, last_reviewed__isnull=False)
            .first()
        )
        assert article is not None, f"no demo article in {code}"
        meta = text_of(soup(client.get(article.url)).select_one(".article__meta"))
        assert october in meta, (code, meta)
        assert "2026" in meta
        if code != "en":
            assert "October" not in meta and "Oct." not in meta, (code, meta)
