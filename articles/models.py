"""ArticlePage, Topic (translatable taxonomy), TopicIndexPage and TopicPage."""

import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from articles.content_warnings import (
    ArticlePageForm,
    SensitiveSubject,
    join_subjects,
    ordered_subjects,
    subject_labels,
    validate_sensitive_subjects,
)
from core.blocks import ArticleBodyBlock, plain_text_words, video_origins
from core.models import BasePage
from core.reader_listings import without_restricted

WORDS_PER_MINUTE = 200
CANONICAL_LOCALE = {"locale__language_code": settings.LANGUAGE_CODE}


# Registered in wagtail_hooks.py, with translator-aware permissions.
class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A topic shared by all countries (feelings, relationships, ...), translated per locale.

    Articles and topic pages link to the topic in the default locale: that one is the identity of
    the topic; its translations give its name in every other locale.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    description = models.TextField(_("description"), max_length=400, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ArticleQuerySet(PageQuerySet):
    def cards(self):
        """Live, unrestricted articles for a listing card, newest first, no per-card queries."""
        return without_restricted(self.live()).order_by("-first_published_at", "-pk")


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


class ArticlePage(BasePage):
    # The content warning follows from these answers alone (articles/content_warnings.py).
    SensitiveSubject = SensitiveSubject
    summary_field = "summary"

    class AgeGroup(models.TextChoices):
        ALL = "all", _("All ages (13–25)")
        YOUNGER = "13-15", _("13–15")
        MIDDLE = "16-18", _("16–18")
        OLDER = "19-25", _("19–25")

    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for listings and search.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
    )
    hero_alt_text = models.CharField(
        _("main image description"),
        max_length=250,
        blank=True,
        help_text=_("Required with an image: what it shows, for readers who cannot see it."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    topics = ParentalManyToManyField(
        Topic,
        related_name="articles",
        blank=True,
        limit_choices_to=CANONICAL_LOCALE,
        verbose_name=_("topics"),
    )
    age_group = models.CharField(
        _("age group"), max_length=8, choices=AgeGroup.choices, default=AgeGroup.ALL
    )
    sensitive_subjects = models.JSONField(
        _("sensitive subjects"),
        default=list,
        blank=True,
        validators=[validate_sensitive_subjects],
    )
    content_warning_note = models.CharField(
        _("content warning note"),
        max_length=250,
        blank=True,
        help_text=_("Optional: more detail on what the article talks about."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    # A StreamField rather than an inline model: an article with none chosen costs no query.
    related_articles = StreamField(
        [
            (
                "article",
                blocks.PageChooserBlock(page_type="articles.ArticlePage", label=_("Article")),
            )
        ],
        blank=True,
        max_num=3,
        verbose_name=_("related articles"),
        help_text=_("Up to three. Without a choice, articles on the same topics are shown."),
    )
    reading_time_minutes = models.PositiveSmallIntegerField(
        _("reading time in minutes"), default=1, editable=False
    )

    objects = ArticleManager()
    base_form_class = ArticlePageForm
    head_select_related = ("social_image", "hero_image")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Main image")
        ),
        MultiFieldPanel(
            [FieldPanel("sensitive_subjects"), FieldPanel("content_warning_note")],
            heading=_("Content warning"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_group"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("About this article"),
        ),
        FieldPanel("related_articles"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt_text"),
        TranslatableField("body"),
        SynchronizedField("topics"),
        SynchronizedField("age_group"),
        # The same warning in every language: translators cannot change it.
        SynchronizedField("sensitive_subjects", overridable=False),
        TranslatableField("content_warning_note"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("related_articles"),
    ]

    parent_page_types = ["countries.PartnerPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_social_image(self):
        return self.social_image or self.hero_image

    @property
    def has_content_warning(self) -> bool:
        return bool(self.sensitive_subjects)

    @property
    def content_warning_text(self) -> str:
        """The subjects the warning names, in the active language: "self-harm and suicide"."""
        return join_subjects(subject_labels(self.sensitive_subjects))

    def get_frame_origins(self):
        return video_origins(self.body)

    def clean(self):
        super().clean()
        # Stored in one order, so the warning reads the same whoever ticked the boxes (the field's
        # validator has already refused anything that is not a list of known subjects).
        if isinstance(self.sensitive_subjects, list) and set(self.sensitive_subjects) <= set(
            SensitiveSubject.values
        ):
            self.sensitive_subjects = ordered_subjects(self.sensitive_subjects)
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError(
                {"hero_alt_text": _("Describe the main image for readers who cannot see it.")}
            )

    def save(self, *args, **kwargs):
        self.reading_time_minutes = max(
            1, math.ceil(plain_text_words(self.body) / WORDS_PER_MINUTE)
        )
        return super().save(*args, **kwargs)

    def topic_pages(self):
        """The topic pages of this article's topics in its own locale (one query)."""
        return (
            without_restricted(TopicPage.objects.live())
            .filter(locale_id=self.locale_id, topic__in=self.topics.all())
            .order_by("title")
        )

    def get_related_articles(self, limit: int = 3):
        """Chosen related articles in this locale, topped up with articles on the same topics."""
        chosen_ids = [child["value"] for child in self.related_articles.raw_data if child["value"]]
        chosen = []
        if chosen_ids:
            # Chosen pages may be in another locale (the source): show their translation here.
            chosen_keys = ArticlePage.objects.filter(pk__in=chosen_ids).values("translation_key")
            chosen_pk = ArticlePage.objects.filter(
                pk__in=chosen_ids, translation_key=OuterRef("translation_key")
            ).values("pk")[:1]
            chosen = list(
                ArticlePage.objects.cards()
                .filter(locale_id=self.locale_id, translation_key__in=chosen_keys)
                .exclude(pk=self.pk)
                .annotate(chosen_pk=Subquery(chosen_pk))
            )
            # In the editor's order, not the listing's newest-first (still one query).
            chosen.sort(key=lambda page: chosen_ids.index(page.chosen_pk))
            chosen = chosen[:limit]
        if len(chosen) < limit:
            chosen += list(
                ArticlePage.objects.cards()
                .filter(locale_id=self.locale_id, topics__in=self.topics.all())
                .exclude(pk__in=[self.pk, *(page.pk for page in chosen)])
                .distinct()[: limit - len(chosen)]
            )
        return chosen

    def add_content_context(self, context, request):
        from support.models import support_page_for

        context["topic_pages"] = self.topic_pages()
        context["related_articles"] = self.get_related_articles()
        context["support_page"] = support_page_for(self, context["breadcrumbs"])


def with_live_articles(topic_pages):
    """Only the topic pages with a live, listed article in their own locale.

    A topic page without one would be an empty listing: home, topic index and menus do not link
    it (issue 12.6). One subquery, no extra query.
    """
    articles = ArticlePage.objects.cards().filter(
        locale_id=OuterRef("locale_id"), topics=OuterRef("topic_id")
    )
    return topic_pages.filter(Exists(articles))


def empty_topic_page_ids(page_ids) -> set[int]:
    """Which of these pages are topic pages without a live article in their locale (one query)."""
    articles = ArticlePage.objects.cards().filter(
        locale_id=OuterRef("locale_id"), topics=OuterRef("topic_id")
    )
    return set(
        TopicPage.objects.filter(pk__in=page_ids)
        .exclude(Exists(articles))
        .values_list("pk", flat=True)
    )


class TopicIndexPage(BasePage):
    """All topics, each linking to its listing."""

    intro = models.TextField(_("intro"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_pages"] = with_live_articles(
            without_restricted(TopicPage.objects.live()).child_of(self).order_by("path")
        )
        return context


class TopicPage(BasePage):
    """All live articles on one topic in this locale, filterable by country, paginated."""

    PAGE_SIZE = 12

    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        related_name="topic_pages",
        limit_choices_to=CANONICAL_LOCALE,
        verbose_name=_("topic"),
    )
    intro = models.TextField(_("intro"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("topic"), FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro", boost=2)]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("topic"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["articles.TopicIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("topic page")

    def add_content_context(self, context, request):
        from countries.models import CountryPage

        countries = list(
            without_restricted(CountryPage.objects.live())
            .filter(locale_id=self.locale_id)
            .order_by("path")
        )
        context.update(self.filter_and_paginate(request, countries))

    def filter_and_paginate(self, request, countries):
        articles = ArticlePage.objects.cards().filter(
            locale_id=self.locale_id, topics=self.topic_id
        )
        code = request.GET.get("country", "")
        selected_country = next((c for c in countries if c.country_code == code), None)
        if selected_country is not None:
            articles = articles.descendant_of(selected_country)
        paginator = Paginator(articles, self.PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except InvalidPage as error:
            raise Http404(_("There is no such page of results.")) from error
        return {
            "countries": countries,
            "selected_country": selected_country,
            # An unknown country shows every country's articles, and says so.
            "unknown_country": bool(code) and selected_country is None,
            "page_obj": page_obj,
            "articles": page_obj.object_list,
        }
