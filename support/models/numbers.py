"""A country's numbers readers dial: `Helpline` and `EmergencyNumber` (translatable snippets,
reviewed by the country's moderators, `support.number_review`), what they share
(`CountrySnippetMixin`: a country's entries in a language, and the number as dialled and
shown), the check of what an editor types (`phone_number_validator`) and how a number is
dialled and shown (`tel_href`, `display_number`)."""

import phonenumbers
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import cached
from core.translated_lookup import in_language_else_default
from countries.models import COUNTRY_CHOICES
from support.number_review import ReviewedNumberMixin

phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{1,20}$",
    _("Enter a phone number with digits, spaces or dashes, optionally starting with +."),
)


def _parsed_number(number: str, country_code: str):
    try:
        parsed = phonenumbers.parse(number, country_code or None)
    except phonenumbers.NumberParseException:
        return None
    return parsed


def tel_href(number: str, country_code: str = "") -> str:
    """A tel: link that dials from a phone in the country (E.164 when the number allows)."""
    parsed = _parsed_number(number, country_code)
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    # Short numbers (112, 116 111) are dialled as they are.
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


def display_number(number: str, country_code: str = "") -> str:
    """The number grouped the way the country writes it (national format for its readers)."""
    parsed = _parsed_number(number, country_code)
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return number
    region = phonenumbers.region_code_for_number(parsed)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == country_code
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, style)


class CountrySnippetMixin:
    """A country's number snippet: its entries in a language (`for_country`), and its number
    (the field named by the model's `number_field`, as `ReviewedNumberMixin` reads it) as a
    reader dials it and sees it."""

    @property
    def tel_href(self) -> str:
        return tel_href(getattr(self, self.number_field), self.country_code)

    @property
    def display_number(self) -> str:
        return display_number(getattr(self, self.number_field), self.country_code)

    @classmethod
    def for_country(cls, country_code: str, language_code: str | None = None):
        """Entries for a country in a language, with the default language's where untranslated.

        Shared by every page of the country, so kept in the fragment cache until a support
        snippet changes (see core.signals).
        """
        if not country_code:
            return []
        language_code = language_code or translation.get_language()
        return cached(
            cls._meta.label_lower,
            lambda: cls._for_country(country_code, language_code),
            country_code,
            language_code,
        )

    @classmethod
    def _for_country(cls, country_code, language_code):
        # Live rows only: a draft or a translation waiting for review stays in its revision.
        entries = in_language_else_default(
            cls.objects.filter(live=True, country_code=country_code), language_code
        )
        return sorted(entries, key=lambda entry: (entry.sort_order, entry.pk))


# A snippet registered by partner_access.wagtail_hooks, limited to its country's partners.
class Helpline(CountrySnippetMixin, ReviewedNumberMixin, TranslatableMixin, models.Model):
    """A helpline in a country: translatable, edited only by that country's partners, and live
    only once the country's moderators approve (support.number_review)."""

    number_field = "phone_number"

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
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="helpline")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="helpline",
        for_concrete_model=False,
    )

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


# A snippet registered by partner_access.wagtail_hooks, limited to its country's partners.
class EmergencyNumber(CountrySnippetMixin, ReviewedNumberMixin, TranslatableMixin, models.Model):
    """An emergency number in a country, reviewed like a helpline (support.number_review)."""

    number_field = "number"
    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    label = models.CharField(_("label"), max_length=120, help_text=_("For example: Emergency"))
    number = models.CharField(_("number"), max_length=24, validators=[phone_number_validator])
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="emergencynumber")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="emergencynumber",
        for_concrete_model=False,
    )

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
