"""An article without images stays light: readers may be on slow, expensive mobile data."""

import gzip
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.staticfiles import finders

from tests import factories
from tests.utils import soup

BUDGET_BYTES = 60 * 1024


def long_article_body():
    words = "Some days the anger comes before you even know why, and that is worth noticing."
    body = []
    for n in range(12):
        body += [
            ("heading", {"text": f"Part {n}: what you can try", "level": "h2"}),
            ("paragraph", f"<p>{words * 6}</p>"),
            ("quote", {"quote": words, "attribution": "Sam, 17"}),
        ]
    body += [
        (
            "questions",
            {
                "heading": "Questions",
                "items": [{"question": f"Q {n}?", "answer": f"<p>{words}</p>"} for n in range(6)],
            },
        ),
        ("video", {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Video", "transcript": words}),
        ("talk_to_someone", {"heading": "Talk to someone", "text": words}),
    ]
    return body


def static_file(url):
    path = urlparse(url).path
    assert path.startswith(settings.STATIC_URL), url
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, url
    with open(found, "rb") as handle:
        return handle.read()


def test_article_without_images_weighs_under_budget(client, tree):
    article = factories.create_article(tree["partner"], body=long_article_body())
    response = client.get(article.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.find("img", src=lambda src: src and src.startswith(settings.MEDIA_URL)) is None

    assets = [link["href"] for link in page.select("link[rel=stylesheet]")]
    assets += [script["src"] for script in page.find_all("script", src=True)]
    assert sorted(assets) == ["/static/css/site.css", "/static/js/site.js"]

    resources = [response.content] + [static_file(url) for url in assets]
    compressed = sum(len(gzip.compress(content)) for content in resources)
    assert compressed < BUDGET_BYTES, f"{compressed} bytes compressed"
