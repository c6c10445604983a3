"""SupportPage, Helpline, EmergencyNumber, and where a page sends a reader for help."""

from django.conf import settings
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from core.signals import fragment_version
from countries.models import COUNTRY_CHOICES

phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{1,20}$",
    _("Enter a phone number with digits, spaces or dashes, optionally starting with +."),
)


class SupportPage(BasePage):
    """A partner's support page: how to reach a person, and the country's helplines."""

    intro = models.TextField(_("intro"), max_length=600)
    body = RichTextField(
        _("how we help"), features=["bold", "italic", "link", "ul", "ol"], blank=True
    )
    chat_url = models.URLField(
        _("chat address"),
        blank=True,
        help_text=_("Where the chat opens. Readers reach it only after they choose to."),
    )
    opening_hours_text = models.CharField(
        _("opening hours"), max_length=200, blank=True, help_text=_("For example: Mon–Thu 18–21")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("chat_url"),
        FieldPanel("opening_hours_text"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("chat_url"),
        TranslatableField("opening_hours_text"),
    ]

    parent_page_types = ["countries.PartnerPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("support page")

    @property
    def summary_text(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        from countries.models import CountryPage

        context = super().get_context(request, *args, **kwargs)
        country = next((p for p in context["breadcrumbs"] if p.depth == self.depth - 2), None)
        code = ""
        if country is not None:
            code = (
                CountryPage.objects.filter(pk=country.pk).values_list("country_code", flat=True)
            ).first() or ""
        context["helplines"] = Helpline.for_country(code)
        context["emergency_numbers"] = EmergencyNumber.for_country(code)
        return context


def support_page_for(page, ancestors):
    """The support page for a page: its partner's, else the first one in its country.

    `ancestors` are the page's ancestors from the home page down (its breadcrumbs), so that no
    extra query is needed to find the partner and the country.
    """
    by_depth = {ancestor.depth: ancestor for ancestor in ancestors}
    partner = by_depth.get(page.depth - 1)
    country = by_depth.get(page.depth - 2)
    live = SupportPage.objects.live().filter(locale_id=page.locale_id)
    if partner is not None:
        found = live.child_of(partner).first()
        if found is not None:
            return found
    if country is not None:
        return live.descendant_of(country).order_by("path").first()
    return None


def tel_href(number: str) -> str:
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


class CountrySnippetMixin:
    @classmethod
    def for_country(cls, country_code: str, language_code: str | None = None):
        """Entries for a country in a language, with the default language's where untranslated.

        Shared by every page of the country, so kept in the fragment cache until a support
        snippet changes (see core.signals).
        """
        if not country_code:
            return []
        language_code = language_code or translation.get_language()
        key = f"{cls._meta.label_lower}:{country_code}:{language_code}:{fragment_version()}"
        entries = cache.get(key)
        if entries is None:
            entries = cls._for_country(country_code, language_code)
            cache.set(key, entries, 60 * 60)
        return entries

    @classmethod
    def _for_country(cls, country_code, language_code):
        entries = cls.objects.filter(
            country_code=country_code,
            locale__language_code__in={language_code, settings.LANGUAGE_CODE},
        ).select_related("locale")
        chosen = {}
        for entry in entries:
            key = entry.translation_key
            if key not in chosen or entry.locale.language_code == language_code:
                chosen[key] = entry
        return sorted(chosen.values(), key=lambda entry: (entry.sort_order, entry.pk))


@register_snippet
class Helpline(CountrySnippetMixin, TranslatableMixin, models.Model):
    """A helpline in a country: translatable, and edited only by that country's partners."""

    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    name = models.CharField(_("name"), max_length=120)
    phone_number = models.CharField(
        _("phone number"), max_length=24, validators=[phone_number_validator]
    )
    hours = models.CharField(_("hours"), max_length=120, help_text=_("For example: every day 24h"))
    free_of_charge = models.BooleanField(_("free of charge"), default=True)
    audience = models.CharField(
        _("who it is for"), max_length=200, blank=True, help_text=_("For example: boys up to 18")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("country_code"),
        FieldPanel("name"),
        FieldPanel("phone_number"),
        FieldPanel("hours"),
        FieldPanel("free_of_charge"),
        FieldPanel("audience"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        SynchronizedField("country_code"),
        TranslatableField("name"),
        SynchronizedField("phone_number"),
        TranslatableField("hours"),
        SynchronizedField("free_of_charge"),
        TranslatableField("audience"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")

    def __str__(self):
        return f"{self.name} ({self.get_country_code_display()})"

    @property
    def tel_href(self) -> str:
        return tel_href(self.phone_number)


@register_snippet
class EmergencyNumber(CountrySnippetMixin, TranslatableMixin, models.Model):
    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    label = models.CharField(_("label"), max_length=120, help_text=_("For example: Emergency"))
    number = models.CharField(_("number"), max_length=24, validators=[phone_number_validator])
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("country_code"),
        FieldPanel("label"),
        FieldPanel("number"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        SynchronizedField("country_code"),
        TranslatableField("label"),
        SynchronizedField("number"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("emergency number")
        verbose_name_plural = _("emergency numbers")

    def __str__(self):
        return f"{self.label} {self.number} ({self.get_country_code_display()})"

    @property
    def tel_href(self) -> str:
        return tel_href(self.number)
