"""The StreamField blocks editors compose articles and pages from.

Each block has its own template under `core/templates/blocks/`, a preview value and a description
for the admin's block picker. Blocks render only what the site itself serves: the video block
renders a button, and the provider's player is loaded by `static/js/video.js` only after a click.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# "document-link": partners publish leaflets (their collections are public, docs/partners.md);
# a link goes through Wagtail's serve view, scoped by the document chooser's collections.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        template = "blocks/heading_block.html"
        icon = "title"
        group = _("Text")
        description = _("A heading that breaks the article into sections.")
        preview_value = {"text": "What you can try", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        template = "blocks/paragraph_block.html"
        icon = "pilcrow"
        group = _("Text")
        description = _("Plain text with bold, italics, links and lists. Keep paragraphs short.")
        preview_value = (
            "<p>You got angry and said something you regret. That happens. "
            "What matters is what you do next.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def get_preview_value(self):
        # Blocks need a real image to preview; use the newest one in the library, if any.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-pk").first()
        if image is None:
            return super().get_preview_value()
        return self.to_python(
            {"image": image.pk, "alt_text": image.title, "caption": "A caption under the image"}
        )

    class Meta:
        template = "blocks/captioned_image_block.html"
        icon = "image"
        group = _("Media")
        description = _("An image with a description for screen readers and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=500)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        template = "blocks/quote_block.html"
        icon = "openquote"
        group = _("Text")
        description = _("Something a boy or a volunteer said, in their words.")
        preview_value = {
            "quote": "I thought I was the only one who felt like that.",
            "attribution": "Alex, 16",
        }


class TalkToSomeoneBlock(blocks.StructBlock):
    """A call-out to the support page that fits the article: its partner's, else its country's.

    The link is resolved by the page (`support_page` in the template context), not stored, so it
    follows the page when it is translated or moved.
    """

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=500)

    class Meta:
        template = "blocks/talk_to_someone_block.html"
        icon = "help"
        group = _("Support")
        description = _("Invites the reader to talk to someone, linking to the right support page.")
        preview_value = {
            "heading": "You can talk to someone",
            "text": "Our chat is anonymous. You do not have to give your name.",
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=PARAGRAPH_FEATURES)


class QuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(
        QuestionAnswerBlock(label=_("Question and answer")), label=_("Questions"), min_num=1
    )

    class Meta:
        template = "blocks/questions_block.html"
        icon = "list-ul"
        group = _("Text")
        description = _("Questions and answers that open one at a time. Works without JavaScript.")
        preview_value = {
            "heading": "Questions boys ask",
            "items": [
                {
                    "question": "Is it normal to feel like this?",
                    "answer": "<p>Yes. Many boys do, even if few say so.</p>",
                },
                {
                    "question": "Who can I tell?",
                    "answer": "<p>Someone you trust, or our anonymous chat.</p>",
                },
            ],
        }


# Hosts whose embedded players do not set tracking cookies before playback, and how to embed them.
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{6,12}$")


def privacy_embed_url(url: str) -> str | None:
    """Return the privacy-respecting embed URL for a video page URL, or None if not allowed."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return None
    if parsed.scheme != "https":
        return None
    host = (parsed.hostname or "").lower()
    if host in {"www.youtube.com", "youtube.com", "m.youtube.com"}:
        video_id = parse_qs(parsed.query).get("v", [""])[0]
        if parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    elif host in {"youtu.be"}:
        video_id = parsed.path.lstrip("/")
    elif host in {"www.youtube-nocookie.com", "youtube-nocookie.com"}:
        video_id = parsed.path.split("/")[-1]
    else:
        video_id = None
    if video_id is not None:
        if not _YOUTUBE_ID.match(video_id):
            return None
        return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1&rel=0"
    if host in {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}:
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if not _VIMEO_ID.match(video_id):
            return None
        return f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1"
    return None


def embed_origin(embed_url: str) -> str:
    parsed = urlparse(embed_url)
    return f"{parsed.scheme}://{parsed.hostname}"


class VideoStructValue(blocks.StructValue):
    @cached_property
    def embed_url(self) -> str | None:
        return privacy_embed_url(self.get("url") or "")

    @cached_property
    def embed_origin(self) -> str | None:
        return embed_origin(self.embed_url) if self.embed_url else None


class VideoBlock(blocks.StructBlock):
    """A video from YouTube (privacy-enhanced mode) or Vimeo (do-not-track).

    Nothing is requested from the host until the reader presses play; without JavaScript the
    reader gets a plain link to the video.
    """

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo address. It is played in privacy-enhanced mode."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not privacy_embed_url(value.get("url") or ""):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Only https YouTube or Vimeo video addresses can be embedded.")
                    )
                }
            )
        return value

    class Meta:
        template = "blocks/video_block.html"
        icon = "media"
        group = _("Media")
        value_class = VideoStructValue
        form_classname = "video-block"
        description = _("A YouTube or Vimeo video that loads only when the reader presses play.")
        preview_value = {
            "url": "https://vimeo.com/76979871",
            "title": "What does it mean to be a man?",
            "transcript": "Boys talk about what they were taught about being a man.",
        }


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = ParagraphBlock(label=_("Paragraph"))
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    talk_to_someone = TalkToSomeoneBlock(label=_("Talk to someone"))
    questions = QuestionsBlock(label=_("Questions"))
    video = VideoBlock(label=_("Video"))

    class Meta:
        template = "blocks/stream_block.html"


class PageBodyBlock(blocks.StreamBlock):
    """Standard pages: the same blocks, without the article-only support call-out."""

    heading = HeadingBlock(label=_("Heading"))
    paragraph = ParagraphBlock(label=_("Paragraph"))
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    questions = QuestionsBlock(label=_("Questions"))
    video = VideoBlock(label=_("Video"))


def video_origins(stream_value) -> list[str]:
    """The embed origins of the video blocks in a stream, for the page's CSP frame-src."""
    origins = []
    for child in stream_value:
        if child.block_type == "video" and child.value.embed_origin:
            origins.append(child.value.embed_origin)
    return sorted(set(origins))


def plain_text_words(stream_value) -> int:
    """Count the words readers read in a stream, for the reading time."""
    from django.utils.html import strip_tags

    words = 0
    for child in stream_value:
        value = child.value
        if child.block_type == "paragraph":
            words += len(strip_tags(value.source).split())
        elif child.block_type == "heading":
            words += len(value["text"].split())
        elif child.block_type == "quote":
            words += len(value["quote"].split())
        elif child.block_type in {"talk_to_someone"}:
            words += len(value["text"].split()) + len(value["heading"].split())
        elif child.block_type == "questions":
            for item in value["items"]:
                words += len(item["question"].split())
                words += len(strip_tags(item["answer"].source).split())
    return words
