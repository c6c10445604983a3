"""Editors at work: real admin form posts as a superuser, and the block previews."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from tests.utils import soup, text_of


def add_article_url(partner):
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", partner.pk))


def questions(*pairs):
    """Form data of the questions block's list of question/answer pairs."""
    items = {
        str(index): {
            "value": {"question": question, "answer": rich_text(answer)},
            "deleted": "",
            "order": str(index),
            "id": "",
        }
        for index, (question, answer) in enumerate(pairs)
    }
    items["count"] = str(len(pairs))
    return items


def article_form(tree, **overrides):
    data = {
        "title": "Saying no",
        "slug": "saying-no",
        "summary": "You can say no, and you can hear no.",
        "hero_image": "",
        "hero_alt_text": "",
        "sensitive_subjects": ["none"],
        "content_warning_note": "",
        "body": streamfield(
            [
                ("heading", {"text": "Why it matters", "level": "h2"}),
                ("paragraph", rich_text("<p>A no is a whole sentence.</p>")),
                (
                    "questions",
                    {
                        "heading": "Questions",
                        "items": questions(
                            ("What if they are angry?", "<p>That is theirs to handle.</p>"),
                            ("What if I said yes before?", "<p>You can change your mind.</p>"),
                        ),
                    },
                ),
            ]
        ),
        "topics": [str(tree["topic"].pk)],
        "age_group": "all",
        "last_reviewed": "2026-05-01",
        "related_articles": streamfield([]),
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    # A multiple choice field posts a list, which nested_form_data would flatten into keys.
    lists = {name: data.pop(name) for name in ("topics", "sensitive_subjects")}
    return {**nested_form_data(data), **lists}


def form_errors(response):
    """The messages an editor sees next to the fields of a re-rendered form."""
    return text_of(soup(response).select_one("form"))


def test_editor_creates_and_publishes_an_article(admin_client, client, tree):
    response = admin_client.post(add_article_url(tree["partner"]), article_form(tree))
    assert response.status_code == 302, form_errors(response)

    article = ArticlePage.objects.get(slug="saying-no")
    assert article.live
    assert article.get_parent().pk == tree["partner"].pk
    assert article.locale == tree["partner"].locale
    assert [block.block_type for block in article.body] == ["heading", "paragraph", "questions"]
    assert article.body[0].value["text"] == "Why it matters"
    assert [item["question"] for item in article.body[2].value["items"]] == [
        "What if they are angry?",
        "What if I said yes before?",
    ]
    assert list(article.topics.all()) == [tree["topic"]]

    # And readers see it.
    page = soup(client.get(article.url))
    assert text_of(page.find("h1")) == "Saying no"
    assert [text_of(s) for s in page.select("details.question summary")] == [
        "What if they are angry?",
        "What if I said yes before?",
    ]


def test_hero_image_needs_a_description(admin_client, tree, image):
    before = ArticlePage.objects.count()
    response = admin_client.post(
        add_article_url(tree["partner"]), article_form(tree, hero_image=str(image.pk))
    )
    assert response.status_code == 200
    assert "Describe the main image" in form_errors(response)
    assert ArticlePage.objects.count() == before

    response = admin_client.post(
        add_article_url(tree["partner"]),
        article_form(tree, hero_image=str(image.pk), hero_alt_text="A boy on a bike"),
    )
    assert response.status_code == 302
    assert ArticlePage.objects.get(slug="saying-no").hero_alt_text == "A boy on a bike"


@pytest.mark.parametrize(
    "url", ["https://example.com/clip.mp4", "http://www.youtube.com/watch?v=dQw4w9WgXcQ"]
)
def test_invalid_video_address_is_refused(admin_client, tree, url):
    body = streamfield([("video", {"url": url, "title": "A clip", "transcript": ""})])
    response = admin_client.post(add_article_url(tree["partner"]), article_form(tree, body=body))
    assert response.status_code == 200
    assert (
        "Only https YouTube or Vimeo video addresses can be embedded." in response.content.decode()
    )
    assert not ArticlePage.objects.filter(slug="saying-no").exists()


def test_valid_video_address_is_accepted(admin_client, tree):
    body = streamfield(
        [("video", {"url": "https://vimeo.com/76979871", "title": "A clip", "transcript": ""})]
    )
    response = admin_client.post(add_article_url(tree["partner"]), article_form(tree, body=body))
    assert response.status_code == 302, form_errors(response)
    article = ArticlePage.objects.get(slug="saying-no")
    assert article.body[0].value["url"] == "https://vimeo.com/76979871"


def test_editor_edits_an_article(admin_client, client, tree):
    article = tree["article"]
    url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, article_form(tree, title="When anger takes over you", slug=article.slug)
    )
    assert response.status_code == 302, form_errors(response)
    assert text_of(soup(client.get(article.url)).find("h1")) == "When anger takes over you"


def body_block(name):
    return ArticlePage._meta.get_field("body").stream_block.child_blocks[name]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("quote", "I thought I was the only one who felt like that."),
        ("questions", "Is it normal to feel like this?"),
        ("heading", "What you can try"),
        ("talk_to_someone", "You can talk to someone"),
    ],
)
def test_block_preview(admin_client, db, name, expected):
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": body_block(name).definition_prefix}
    )
    assert response.status_code == 200
    page = soup(response)
    assert expected in text_of(page.find("main"))
    assert page.select_one("link[rel=stylesheet]")["href"] == "/static/css/site.css"


def test_video_block_preview_loads_nothing_from_the_host(admin_client, db):
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": body_block("video").definition_prefix}
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("a[data-video-play]")["href"] == "https://vimeo.com/76979871"
    assert page.find("iframe") is None


def test_image_block_preview_uses_a_library_image(admin_client, image):
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": body_block("image").definition_prefix}
    )
    assert response.status_code == 200
    img = soup(response).select_one("main img")
    assert img["alt"] == image.title
