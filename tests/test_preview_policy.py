"""The preview panel's CSP (core.middleware.preview_policy): the admin may frame a preview and
Wagtail's checker runs in it, while reader pages keep `frame-ancestors 'none'`. The browser half
is tests/browser/test_preview_browser.py."""

from django.conf import settings

from tests.test_admin_editing import article_form
from tests.utils import csp, soup, text_of


def preview(client, article, **fields):
    url = f"/admin/pages/{article.pk}/edit/preview/"
    posted = client.post(url, article_form_for(article, **fields))
    assert posted.json()["is_valid"], posted.content
    return client.get(url, {"in_preview_panel": "true"})


def article_form_for(article, **fields):
    data = article_form({"topic": article.topics.first()}, slug=article.slug, **fields)
    data.pop("action-publish")
    return data


def test_a_preview_may_be_framed_by_the_admin_and_stays_strict_otherwise(admin_client, tree):
    response = preview(admin_client, tree["article"], title="A draft title")
    assert response.status_code == 200
    assert text_of(soup(response).find("h1")) == "A draft title"
    policy = csp(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Nothing else is loosened: the preview runs under the readers' rules.
    reader = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    for directive, sources in reader.items():
        if directive != "frame-ancestors":
            assert policy[directive] == sources, directive
    # Wagtail's userbar (the checker and phone-size scaling) is in the preview, from this site.
    page = soup(response)
    assert page.select_one("template#wagtail-userbar-template") is not None
    assert all(not s["src"].startswith("http") for s in page.select("script[src]"))


def test_reader_pages_still_refuse_to_be_framed(client, admin_client, tree):
    for browser in (client, admin_client):  # a signed-in editor on the live site too
        response = browser.get(tree["article"].url)
        assert csp(response)["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"
        assert soup(response).select_one("template#wagtail-userbar-template") is None
