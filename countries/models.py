"""CountryPage (landing for a country) and PartnerPage (a partner organisation's subtree root).

The page families below these pages (articles, support) import from here, so this app never
imports them: it names the pages it lists by their model labels, looked up when a page is
rendered, as `subpage_types` names them (the layers in pyproject.toml, docs/architecture.md).
"""

from django.apps import apps
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from core.reader_listings import without_restricted

COUNTRY_CHOICES = [
    ("SE", _("Sweden")),
    ("GE", _("Georgia")),
    ("MD", _("Moldova")),
    ("BY", _("Belarus")),
    ("AM", _("Armenia")),
]


def contained_models(*labels: str) -> list:
    """The models of the page families these pages list, by label ("app_label.ModelName")."""
    return [apps.get_model(label) for label in labels]


class CountryPage(BasePage):
    """A country: its partners, its topics, its latest articles and every way to get help there."""

    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    intro = models.TextField(_("intro"), max_length=600)
    context_note = RichTextField(
        _("about this country"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("What is particular about being a boy here: school, family, service, online."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("country_code"),
        FieldPanel("intro"),
        FieldPanel("context_note"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("country_code"),
        TranslatableField("intro"),
        TranslatableField("context_note"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.PartnerPage", "home.StandardPage"]

    class Meta:
        verbose_name = _("country page")

    def add_content_context(self, context, request):
        ArticlePage, TopicPage = contained_models("articles.ArticlePage", "articles.TopicPage")
        EmergencyNumber, Helpline, SupportPage = contained_models(
            "support.EmergencyNumber", "support.Helpline", "support.SupportPage"
        )
        articles = ArticlePage.objects.cards().descendant_of(self)
        context["partners"] = (
            without_restricted(PartnerPage.objects.live()).child_of(self).order_by("path")
        )
        context["latest_articles"] = articles[:6]
        context["support_pages"] = (
            without_restricted(SupportPage.objects.live())
            .descendant_of(self)
            .select_related(None)
            .order_by("path")
        )
        context["topic_pages"] = (
            without_restricted(TopicPage.objects.live())
            .filter(locale_id=self.locale_id)
            .annotate(
                article_count=Count(
                    "topic__articles",
                    filter=Q(topic__articles__in=articles.values("pk")),
                    distinct=True,
                )
            )
            .filter(article_count__gt=0)
            .order_by("path")
        )
        context["helplines"] = Helpline.for_country(self.country_code)
        context["emergency_numbers"] = EmergencyNumber.for_country(self.country_code)


class PartnerPage(BasePage):
    """A partner organisation. Everything below it (articles, support) belongs to the partner."""

    intro = models.TextField(_("intro"), max_length=600)
    about = RichTextField(_("who we are"), features=["bold", "italic", "link", "ul"], blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("about"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("about"),
        SynchronizedField("website"),
    ]

    parent_page_types = ["countries.CountryPage"]
    subpage_types = ["articles.ArticlePage", "support.SupportPage", "questions.QuestionIndexPage"]

    class Meta:
        verbose_name = _("partner page")

    def add_content_context(self, context, request):
        ArticlePage, SupportPage = contained_models("articles.ArticlePage", "support.SupportPage")
        context["articles"] = ArticlePage.objects.cards().child_of(self)
        context["support_page"] = (
            without_restricted(SupportPage.objects.live()).child_of(self).first()
        )
