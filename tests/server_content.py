"""A small published site for the app servers of the subprocess tests (run with manage.py shell).

Home (en) ── Sweden ── MÄN ── When anger takes over (article), Talk to us (support)
Home (sv) ── Sverige ── MÄN ── När ilskan tar över
"""

from wagtail.models import Locale, Page, Site

from tests import factories
from tests.factories import publish, translate


def build() -> None:
    for code in ("en", "sv", "ka", "hy", "ro", "ru", "be"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = factories.HomePageFactory(parent=root)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    feelings = factories.TopicFactory(name="Feelings", slug="feelings")
    country = factories.CountryPageFactory(parent=home)
    partner = factories.PartnerPageFactory(parent=country)
    factories.SupportPageFactory(parent=partner)
    article = factories.ArticlePageFactory(
        parent=partner, title="When anger takes over", slug="when-anger-takes-over"
    )
    article.topics.set([feelings])
    publish(article)
    factories.HelplineFactory()
    factories.EmergencyNumberFactory()
    sv = Locale.objects.get(language_code="sv")
    translate(home, sv, intro_heading="Välkommen")
    translate(country, sv, title="Sverige")
    translate(partner, sv)
    translate(article, sv, title="När ilskan tar över")


def publish_article_title(title: str) -> None:
    """What an editor's "Publish" does: a new revision of the English article, published."""
    from articles.models import ArticlePage

    article = ArticlePage.objects.get(locale__language_code="en", slug="when-anger-takes-over")
    article.title = title
    article.save_revision().publish()
