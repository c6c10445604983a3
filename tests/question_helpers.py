"""Asking and looking up through real requests, as a reader's browser does (no cookie, Origin).

Forms are posted URL-encoded, as a browser posts a form without `enctype`.
"""

from urllib.parse import urlencode

from tests.question_world import ORIGIN
from tests.utils import soup, text_of


def ask_url(language, partner_slug):
    return f"/{language}/questions/ask/{partner_slug}/"


LOOKUP_URL = "/{language}/questions/answer/"


def post_form(client, url, data, **headers):
    return client.post(
        url, urlencode(data), content_type="application/x-www-form-urlencoded", **headers
    )


def token_of(response) -> str:
    return soup(response).find("input", {"name": "token"})["value"]


def assert_no_cookie(response):
    assert not response.cookies, response.cookies
    assert "Set-Cookie" not in response.headers


def ask(client, language, partner_slug, text, origin=ORIGIN, remote_addr="127.0.0.1", **fields):
    """Open the form, then send it with its token; the response to the post."""
    form = client.get(ask_url(language, partner_slug), REMOTE_ADDR=remote_addr)
    assert form.status_code == 200
    assert_no_cookie(form)
    data = {"question": text, "token": token_of(form), "website": "", **fields}
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    response = post_form(
        client, ask_url(language, partner_slug), data, REMOTE_ADDR=remote_addr, **headers
    )
    assert_no_cookie(response)
    return response


def reference_of(response) -> str:
    return text_of(soup(response).select_one("[data-question-reference]"))


def look_up(client, language, reference):
    url = LOOKUP_URL.format(language=language)
    form = client.get(url)
    assert_no_cookie(form)
    response = post_form(
        client, url, {"reference": reference, "token": token_of(form)}, HTTP_ORIGIN=ORIGIN
    )
    assert_no_cookie(response)
    return response


def alerts(response) -> list[str]:
    return [text_of(element) for element in soup(response).select("[role=alert]")]
