"""Pages with a view restriction: left out of every listing, and a password page opens without
cookies (core.reader_listings, core.page_unlock; docs/architecture.md, "Restricted pages")."""

import pytest
from django.core import signing
from django.test import Client
from wagtail.models import PageViewRestriction

from core import page_unlock
from tests import factories
from tests.utils import soup, text_of

ORIGIN = "http://testserver"
SECRET_TITLE = "A group for fathers"
SECRET_SUMMARY = "Only for the members of the Tuesday group."
PASSWORD = "tuesday-group"  # noqa: S105 (a test page's password)


@pytest.fixture
def secret(tree):
    """A password-protected article on Feelings next to the public one."""
    article = factories.create_article(
        tree["partner"],
        title=SECRET_TITLE,
        slug="a-group-for-fathers",
        summary=SECRET_SUMMARY,
        topics=[tree["topic"]],
    )
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return {"article": article, "restriction": restriction}


@pytest.fixture
def reader():
    """A browser as Django's CSRF check sees it (the default test client skips that check)."""
    return Client(enforce_csrf_checks=True)


def shows_the_secret(response) -> bool:
    html = response.content.decode()
    return SECRET_TITLE in html or SECRET_SUMMARY in html


# Listings -----------------------------------------------------------------------------------


def test_a_restricted_article_is_in_no_listing(client, tree, secret):
    listings = [
        tree["home"].url,
        tree["country"].url,
        tree["partner"].url,
        tree["topic_page"].url,
        tree["article"].url,  # its "read more" cards: the secret shares the topic
        "/en/search/?q=group",
        "/en/search/?q=anger",
        "/sitemap.xml",
    ]
    for url in listings:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not shows_the_secret(response), url
    # The same listings did show it while it was public (the test can fail).
    secret["restriction"].delete()
    for url in (tree["home"].url, tree["topic_page"].url, "/en/search/?q=group"):
        assert shows_the_secret(client.get(url)), url


def test_a_restriction_added_later_empties_the_cached_listings(client, tree):
    article = factories.create_article(
        tree["partner"], title=SECRET_TITLE, summary=SECRET_SUMMARY, topics=[tree["topic"]]
    )
    assert shows_the_secret(client.get(tree["home"].url))  # now in the whole-page cache
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert not shows_the_secret(client.get(tree["home"].url))
    assert not shows_the_secret(client.get(tree["topic_page"].url))


def test_a_restricted_partner_takes_its_pages_out_of_listings_for_staff_too(
    client, tree, admin_user
):
    """A restriction on a partner covers its articles and support page, for everyone."""
    PageViewRestriction.objects.create(
        page=tree["partner"], restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(admin_user)
    country = soup(client.get(tree["country"].url))
    main = text_of(country.find("main"))
    assert tree["partner"].title not in main
    assert tree["article"].title not in main
    assert tree["support"].title not in main
    home = text_of(soup(client.get(tree["home"].url)).find("main"))
    assert tree["article"].title not in home
    titles = text_of(soup(client.get("/en/search/?q=anger")).find("main"))
    assert tree["article"].title not in titles


def test_a_restricted_translation_is_not_offered_by_the_language_switcher(client, tree):
    PageViewRestriction.objects.create(
        page=tree["article_sv"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    page = soup(client.get(tree["article"].url))
    assert not page.select("link[hreflang=sv]")
    assert not page.select(".language-switcher a[hreflang=sv]")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert tree["article_sv"].url not in sitemap


# The password form ----------------------------------------------------------------------------


def unlock(reader, secret, password=PASSWORD, token=None, **headers):
    response = reader.get(secret["article"].url)
    form = soup(response).select_one("form.unlock-form")
    data = {
        "password": password,
        "token": form.select_one("input[name=token]")["value"] if token is None else token,
    }
    return reader.post(form["action"], data, **headers)


def test_the_password_form_shows_nothing_of_the_page_and_sets_no_cookie(reader, secret):
    response = reader.get(secret["article"].url)
    assert response.status_code == 200
    assert not shows_the_secret(response)
    page = soup(response)
    assert text_of(page.find("h1")) == "Protected page"
    assert page.select_one("[data-quick-exit]") is not None
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    # So that the browser names this site as the origin of the post.
    assert response["Referrer-Policy"] == "same-origin"
    assert page.select_one("meta[name=referrer]")["content"] == "same-origin"


def test_the_right_password_opens_the_page_once_without_a_cookie(reader, secret):
    response = unlock(reader, secret, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.find("h1")) == SECRET_TITLE
    assert "You got angry and said something you regret." in text_of(page.find("main"))
    assert not response.cookies
    assert not reader.cookies
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # Nothing remembers it: the next visit asks again, and no cache serves the content.
    again = reader.get(secret["article"].url)
    assert not shows_the_secret(again)
    assert soup(again).select_one("form.unlock-form") is not None


def test_the_referer_is_enough_when_the_browser_sends_no_origin(reader, secret):
    response = unlock(reader, secret, HTTP_REFERER=ORIGIN + secret["article"].url)
    assert response.status_code == 200
    assert text_of(soup(response).find("h1")) == SECRET_TITLE


def test_a_wrong_password_is_refused_with_a_message(reader, secret):
    response = unlock(reader, secret, password="monday", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 403
    assert not shows_the_secret(response)
    assert "That password is not right" in text_of(soup(response).find("main"))
    # The form is there again, ready for another try.
    assert soup(response).select_one("form.unlock-form input[name=password]") is not None


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "https://elsewhere.example"}, {"HTTP_ORIGIN": "null"}, {}],
    ids=["another-site", "opaque-origin", "no-origin-no-referer"],
)
def test_a_post_from_another_site_is_refused(reader, secret, headers):
    response = unlock(reader, secret, **headers)
    assert response.status_code == 403
    assert not shows_the_secret(response)
    assert "This form was not sent from this site" in text_of(soup(response).find("main"))


def test_an_old_or_foreign_token_is_refused(reader, secret, tree, monkeypatch):
    foreign = page_unlock.unlock_token(secret["restriction"], tree["article"])
    response = unlock(reader, secret, token=foreign, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 400
    assert "This form is out of date" in text_of(soup(response).find("main"))
    assert not shows_the_secret(response)

    token = page_unlock.unlock_token(secret["restriction"], secret["article"])
    monkeypatch.setattr(page_unlock, "TOKEN_MAX_AGE", -1)
    response = unlock(reader, secret, token=token, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 400
    assert not shows_the_secret(response)
    with pytest.raises(signing.BadSignature):
        signing.loads("made-up", salt=page_unlock.UNLOCK_SALT)


def test_the_unlock_address_without_a_post_sends_back_to_the_page(reader, secret):
    url = page_unlock.action_url(secret["restriction"], secret["article"])
    response = reader.get(url)
    assert response.status_code == 302
    assert response["Location"] == secret["article"].url


def test_a_restriction_from_another_page_opens_nothing(reader, secret, tree):
    url = page_unlock.action_url(secret["restriction"], tree["article"])
    response = reader.post(url, {"password": PASSWORD}, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 404


def test_a_page_for_signed_in_staff_sends_readers_to_the_admin_login(client, tree, admin_user):
    PageViewRestriction.objects.create(
        page=tree["article"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(tree["article"].url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    client.force_login(admin_user)
    assert text_of(soup(client.get(tree["article"].url)).find("h1")) == tree["article"].title


def test_the_password_form_speaks_the_pages_language(reader, tree):
    article_sv = tree["article_sv"]
    restriction = PageViewRestriction.objects.create(
        page=article_sv, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    page = soup(reader.get(article_sv.url))
    assert text_of(page.find("h1")) == "Skyddad sida"
    form = page.select_one("form.unlock-form")
    assert form["action"] == f"/sv/_unlock/{restriction.pk}/{article_sv.pk}/"
    token = form.select_one("input[name=token]")["value"]
    response = reader.post(
        form["action"], {"password": PASSWORD, "token": token}, HTTP_ORIGIN=ORIGIN
    )
    assert text_of(soup(response).find("h1")) == "När ilskan tar över"
