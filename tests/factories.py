"""Factories for pages and snippets (wagtail-factories / factory_boy), used by the test fixtures."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site

from articles.models import ArticlePage, Topic, TopicIndexPage, TopicPage
from countries.models import CountryPage, PartnerPage
from home.models import HomePage, StandardPage
from search.models import CrisisWords
from support.models import EmergencyNumber, Helpline, PartnerChatSettings, SupportPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Redefine"
    slug = "redefine"
    intro_heading = "Welcome"
    intro = "Honest articles for boys, and someone to talk to."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction."

    class Meta:
        model = StandardPage


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Topics"
    slug = "topics"

    class Meta:
        model = TopicIndexPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: page.topic.name)
    slug = factory.LazyAttribute(lambda page: page.topic.slug)
    topic = factory.SubFactory(TopicFactory)

    class Meta:
        model = TopicPage


class CountryPageFactory(wagtail_factories.PageFactory):
    title = "Sweden"
    slug = "sweden"
    country_code = "SE"
    intro = "Being a boy in Sweden."

    class Meta:
        model = CountryPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = "MÄN"
    slug = "man"
    intro = "We work with boys and men."

    class Meta:
        model = PartnerPage


class SupportPageFactory(wagtail_factories.PageFactory):
    title = "Talk to us"
    slug = "support"
    intro = "Chat with us anonymously."
    chat_url = "https://chat.example.org/man"
    chat_kind = factory.LazyAttribute(lambda page: "iframe" if page.chat_url else "none")
    opening_hours_text = "Mon–Thu 18–21"

    class Meta:
        model = SupportPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # The chat and hours are the partner's (PartnerChatSettings), not the page's: the
        # factory still takes them, for the partner of the page it creates.
        chat = {name: kwargs.pop(name) for name in PARTNER_CHAT_FIELDS if name in kwargs}
        page = super()._create(model_class, *args, **kwargs)
        set_partner_chat(page, **chat)
        return page


PARTNER_CHAT_FIELDS = (
    "chat_kind",
    "chat_url",
    "chatwoot_base_url",
    "chatwoot_website_token",
    "messenger_url",
    "opening_hours",
    "operator",
    "operator_name",
    "keeps",
    "retention_days",
    "anonymous",
)


def privacy_form(**overrides):
    """The privacy facts of the "Chat and opening hours" form, as the admin posts them.

    Run by the partner, nothing kept, not anonymous (an unticked box is not posted at all).
    """
    data = {"operator": "partner", "operator_name": "", "keeps": "nothing", "retention_days": ""}
    data.update(overrides)
    if data.pop("anonymous", False):
        data["anonymous"] = "on"
    return data


def set_partner_chat(support_page, **fields):
    """Change the chat settings shared by every language version of `support_page`."""
    chat_settings = PartnerChatSettings.objects.get(
        partner_key=support_page.get_parent().translation_key
    )
    for name, value in fields.items():
        setattr(chat_settings, name, value)
    chat_settings.save()
    support_page.__dict__.pop("chat_settings", None)
    support_page.__dict__.pop("chat", None)
    support_page.__dict__.pop("schedule", None)
    return chat_settings


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    summary = "What to do when anger takes over."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>You got angry and said something you regret.</p>")]
    )

    class Meta:
        model = ArticlePage


class HelplineFactory(factory.django.DjangoModelFactory):
    country_code = "SE"
    name = "BRIS"
    phone_number = "116 111"
    hours = "Every day"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Helpline


class EmergencyNumberFactory(factory.django.DjangoModelFactory):
    country_code = "SE"
    label = "Emergency"
    number = "112"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = EmergencyNumber


class CrisisWordsFactory(factory.django.DjangoModelFactory):
    words = "suicide, kill myself, self-harm, want to die, rape, abuse"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CrisisWords


class ImageFactory(factory.django.DjangoModelFactory):
    """A real image in the library: a small PNG drawn by Wagtail's test helper."""

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(get_test_image_file)

    class Meta:
        model = get_image_model()


class DocumentFactory(factory.django.DjangoModelFactory):
    """A real document in the library: a tiny PDF (its name comes from the title)."""

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda document: ContentFile(
            b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
            name=f"{slugify(document.title) or 'document'}.pdf",
        )
    )

    class Meta:
        model = get_document_model()


def publish(page):
    """Publish the page's current state as a revision, as the admin's "Publish" does."""
    page.save_revision().publish()
    # Publishing works on a copy loaded from the revision: bring this instance up to date.
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """Copy a page into another locale (as wagtail-localize does), set fields, publish it."""
    copy = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


def create_article(parent, *, topics=(), **fields):
    """A published article under a partner page, with its topics set before publishing."""
    article = ArticlePageFactory(parent=parent, **fields)
    if topics:
        article.topics.set(topics)
    return publish(article)


def build_tree(root, locales) -> dict:
    """The tree of tests/conftest.py's docstring under `root`, published, as a dict of pages by
    name (the `tree` fixture, and the app servers' site in tests/server_content.py)."""
    Site.objects.all().delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    feelings = TopicFactory(name="Feelings", slug="feelings")
    topic_index = TopicIndexPageFactory(parent=home)
    topic_page = TopicPageFactory(parent=topic_index, topic=feelings)
    safety = StandardPageFactory(
        parent=home, title="Staying safe online", slug="staying-safe-online"
    )
    country = CountryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=country)
    support = SupportPageFactory(parent=partner)
    article = ArticlePageFactory(
        parent=partner, title="When anger takes over", slug="when-anger-takes-over"
    )
    article.topics.set([feelings])
    publish(article)
    HelplineFactory()
    EmergencyNumberFactory()

    sv = locales["sv"]
    home_sv = translate(home, sv, intro_heading="Välkommen")
    topic_index_sv = translate(topic_index, sv, title="Ämnen")
    topic_page_sv = translate(topic_page, sv, title="Känslor")
    country_sv = translate(country, sv, title="Sverige")
    partner_sv = translate(partner, sv)
    support_sv = translate(support, sv, title="Prata med oss")
    article_sv = translate(article, sv, title="När ilskan tar över")
    return {
        "root": root,
        "home": home,
        "topic": feelings,
        "topic_index": topic_index,
        "topic_page": topic_page,
        "safety": safety,
        "country": country,
        "partner": partner,
        "support": support,
        "article": article,
        "home_sv": home_sv,
        "topic_index_sv": topic_index_sv,
        "topic_page_sv": topic_page_sv,
        "country_sv": country_sv,
        "partner_sv": partner_sv,
        "support_sv": support_sv,
        "article_sv": article_sv,
    }
