"""A small published site for the app servers of the subprocess tests (run with manage.py shell):
the tree of the `tree` fixture (tests/conftest.py), built by the same function."""

from wagtail.models import Locale, Page

from tests.factories import build_tree


def build() -> None:
    for code in ("en", "sv", "ka", "hy", "ro", "ru", "be"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    build_tree(root, {locale.language_code: locale for locale in Locale.objects.all()})


def publish_article_title(title: str) -> None:
    """What an editor's "Publish" does: a new revision of the English article, published."""
    from articles.models import ArticlePage

    article = ArticlePage.objects.get(locale__language_code="en", slug="when-anger-takes-over")
    article.title = title
    article.save_revision().publish()
