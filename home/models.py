"""HomePage (one per locale, the root of that locale's tree) and StandardPage."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import PageBodyBlock, video_origins
from core.models import BasePage
from core.reader_listings import without_restricted
from core.routing import DirectPathRoutingMixin


class HomePage(DirectPathRoutingMixin, BasePage):
    """The regional landing: countries, topics, the latest articles and where to get help."""

    intro_heading = models.CharField(_("intro heading"), max_length=150)
    intro = models.TextField(_("intro"), max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro_heading"), FieldPanel("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro_heading"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["countries.CountryPage", "articles.TopicIndexPage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # parent_page_types can only say "under a plain Page", and Wagtail's "Welcome" page is one
        # too; a locale's home belongs directly under the tree root (docs/architecture.md).
        return super().can_create_at(parent) and parent.is_root()

    def add_content_context(self, context, request):
        from articles.models import ArticlePage, TopicPage, with_live_articles
        from countries.models import CountryPage
        from support.help_entry import offers_by_country

        context["countries"] = (
            without_restricted(CountryPage.objects.live()).child_of(self).order_by("path")
        )
        context["topic_pages"] = with_live_articles(
            without_restricted(TopicPage.objects.live())
            .filter(locale_id=self.locale_id)
            .order_by("path")
        )
        # A visible way to chat from the home page: each country's "Talk to <partner>".
        context["help_countries"] = offers_by_country(context["countries"], request)
        context["latest_articles"] = ArticlePage.objects.cards().filter(locale_id=self.locale_id)[
            :6
        ]


class StandardPage(BasePage):
    """About, privacy, staying safe online: an intro and a body of blocks."""

    intro = models.TextField(_("intro"), max_length=600, blank=True)
    body = StreamField(PageBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "countries.CountryPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_frame_origins(self) -> list[str]:
        return video_origins(self.body)
