"""Every block of the article body, published and fetched as a reader sees it."""

import pytest
from wagtail.blocks import StructBlockValidationError

from core.blocks import ArticleBodyBlock, VideoBlock, privacy_embed_url
from tests import factories
from tests.utils import csp, soup, text_of

YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
VIMEO_URL = "https://vimeo.com/76979871"


def all_blocks(image, video_url=YOUTUBE_URL):
    return [
        ("heading", {"text": "What you can try", "level": "h2"}),
        ("heading", {"text": "Breathe first", "level": "h3"}),
        ("paragraph", "<p>Count to ten <b>slowly</b> before you answer.</p>"),
        (
            "image",
            {"image": image, "alt_text": "Two boys talking on a bench", "caption": "Talking helps"},
        ),
        ("quote", {"quote": "I thought I was the only one.", "attribution": "Alex, 16"}),
        ("talk_to_someone", {"heading": "You are not alone", "text": "Our chat is anonymous."}),
        (
            "questions",
            {
                "heading": "Questions boys ask",
                "items": [
                    {"question": "Is it normal?", "answer": "<p>Yes, many boys feel it.</p>"},
                    {"question": "Who can I tell?", "answer": "<p>Someone you trust.</p>"},
                ],
            },
        ),
        ("video", {"url": video_url, "title": "Boys talk about anger", "transcript": "We talk."}),
    ]


@pytest.fixture
def article(tree, image):
    return factories.create_article(
        tree["partner"], title="All the blocks", slug="all-the-blocks", body=all_blocks(image)
    )


@pytest.fixture
def body(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return soup(response).select_one("#article-body")


def test_headings_render_at_their_level(body):
    assert [text_of(h) for h in body.find_all("h2")][:1] == ["What you can try"]
    assert [text_of(h) for h in body.find_all("h3")] == ["Breathe first"]


def test_paragraph_keeps_its_formatting(body):
    paragraph = body.select_one(".rich-text p")
    assert text_of(paragraph) == "Count to ten slowly before you answer."
    assert text_of(paragraph.find("b")) == "slowly"


def test_captioned_image_has_alt_text_caption_and_rendition(body, settings):
    figure = body.select_one("figure.figure")
    img = figure.find("img")
    assert img["alt"] == "Two boys talking on a bench"
    assert img["src"].startswith(settings.MEDIA_URL)
    assert img["loading"] == "lazy"
    assert figure.find("picture").find_all("source"), "modern formats are offered"
    assert text_of(figure.find("figcaption")) == "Talking helps"


def test_quote_shows_words_and_who_said_them(body):
    figure = body.select_one("figure.quote")
    assert text_of(figure.find("blockquote")) == "I thought I was the only one."
    assert text_of(figure.find("figcaption")) == "Alex, 16"


def test_talk_to_someone_links_to_the_partners_support_page(body, tree):
    callout = body.select_one("aside.talk-callout")
    assert text_of(callout.find("h2")) == "You are not alone"
    assert "Our chat is anonymous." in text_of(callout)
    assert callout.find("a")["href"] == tree["support"].url


def test_talk_to_someone_falls_back_to_the_countrys_support_page(client, tree, image):
    partner_without_support = factories.PartnerPageFactory(
        parent=tree["country"], title="Another partner", slug="another-partner"
    )
    article = factories.create_article(partner_without_support, body=all_blocks(image))
    response = client.get(article.url)
    callout = soup(response).select_one("aside.talk-callout")
    assert callout.find("a")["href"] == tree["support"].url


def test_talk_to_someone_without_any_support_page_has_no_dead_link(client, tree, image, locales):
    country = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    partner = factories.PartnerPageFactory(parent=country, title="Sapari", slug="sapari")
    article = factories.create_article(partner, body=all_blocks(image))
    response = client.get(article.url)
    assert response.status_code == 200
    callout = soup(response).select_one("aside.talk-callout")
    assert text_of(callout.find("h2")) == "You are not alone"
    assert callout.find("a") is None


def test_questions_open_one_at_a_time_without_javascript(body):
    section = body.select_one("section.questions")
    assert text_of(section.find("h2")) == "Questions boys ask"
    details = section.find_all("details")
    assert [text_of(d.find("summary")) for d in details] == ["Is it normal?", "Who can I tell?"]
    assert text_of(details[0].select_one(".rich-text")) == "Yes, many boys feel it."


def test_video_is_a_play_link_and_loads_nothing_from_the_host(client, article):
    response = client.get(article.url)
    page = soup(response)
    play = page.select_one("figure[data-video] a[data-video-play]")
    assert play["href"] == YOUTUBE_URL
    assert "Boys talk about anger" in text_of(play)
    assert page.find("iframe") is None
    for element in page.find_all(src=True):
        assert "youtube" not in element["src"]
        assert "vimeo" not in element["src"]
    # The only extra origin the page may frame is that video's player, after a click.
    assert csp(response)["frame-src"] == ["https://www.youtube-nocookie.com"]


def test_vimeo_video_allows_only_the_vimeo_player(client, tree, image):
    article = factories.create_article(
        tree["partner"], body=[("video", {"url": VIMEO_URL, "title": "Vimeo", "transcript": ""})]
    )
    response = client.get(article.url)
    assert csp(response)["frame-src"] == ["https://player.vimeo.com"]
    assert soup(response).select_one("a[data-video-play]")["href"] == VIMEO_URL


def test_page_without_video_frames_nothing(client, tree):
    response = client.get(tree["article"].url)
    assert csp(response)["frame-src"] == ["'none'"]


def test_standard_page_video_allows_its_host(client, tree):
    page = factories.StandardPageFactory(
        parent=tree["home"],
        slug="film",
        body=[("video", {"url": VIMEO_URL, "title": "Film", "transcript": ""})],
    )
    factories.publish(page)
    response = client.get(page.url)
    assert response.status_code == 200
    assert csp(response)["frame-src"] == ["https://player.vimeo.com"]
    assert soup(response).find("iframe") is None


def video_value(url):
    block = VideoBlock()
    return block, block.to_python({"url": url, "title": "A video", "transcript": ""})


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "http://vimeo.com/76979871",
        "https://www.dailymotion.com/video/x7tgad0",
        "https://www.youtube.com/watch?v=not-an-id",
        "https://vimeo.com/channels/staffpicks",
    ],
)
def test_video_block_refuses_other_hosts_and_plain_http(url):
    block, value = video_value(url)
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    errors = caught.value.block_errors
    assert "Only https YouTube or Vimeo video addresses can be embedded." in errors["url"].messages


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (YOUTUBE_URL, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/"),
        (VIMEO_URL, "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_video_block_accepts_youtube_and_vimeo_in_privacy_mode(url, embed):
    block, value = video_value(url)
    cleaned = block.clean(value)
    assert cleaned["url"] == url
    assert privacy_embed_url(url).startswith(embed)


def test_article_body_offers_exactly_the_documented_blocks():
    assert list(ArticleBodyBlock().child_blocks) == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "talk_to_someone",
        "questions",
        "video",
    ]


def test_translated_article_links_to_the_support_page_of_its_locale(client, tree, locales, article):
    article_sv = factories.translate(article, locales["sv"], title="Alla block")
    response = client.get(article_sv.url)
    assert response.status_code == 200
    callout = soup(response).select_one("aside.talk-callout")
    assert callout.find("a")["href"] == tree["support_sv"].url
    assert tree["support_sv"].url.startswith("/sv/")
