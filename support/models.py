"""SupportPage, the partners' shared chat settings (PartnerChatSettings), Helpline,
EmergencyNumber, and where a page sends a reader for help."""

import json
from dataclasses import dataclass

import phonenumbers
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import cached
from core.models import BasePage
from countries.models import COUNTRY_CHOICES
from support.chat import (
    MESSENGER_ORIGINS,
    ChatKind,
    chatwoot_token_validator,
    chatwoot_widget_url,
    is_valid,
    origin_of,
    validate_chat_origin,
    validate_messenger_link,
)
from support.number_review import CountryModeratorApprovalTask, ReviewedNumberMixin  # noqa: F401
from support.opening_hours import (
    OPENING_HOURS_BLOCKS,
    Schedule,
    chat_status,
    describe_status,
    status_templates,
)
from support.privacy import ChatKeeps, ChatOperator, privacy_statement
from support.time_zones import zone_name

phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{1,20}$",
    _("Enter a phone number with digits, spaces or dashes, optionally starting with +."),
)


CHAT_SETTINGS_PERMISSION = "support.change_chat_settings"


class PartnerChatSettings(models.Model):
    """One partner's chat and opening hours, shared by its support page in every locale.

    A partner runs one chat service with one set of hours, whatever language a reader reads in,
    so they are one record per partner (keyed by the partner page's `translation_key`, which
    every language version of the partner page shares), not fields of each translated page:
    a moderator changes them once, in "Chat and opening hours", and every language's support
    page shows the change at once. What the chat means for a reader's privacy is facts here
    too (who runs it, what it keeps and for how long, whether it is anonymous), which every
    language's page words the same way (`support.privacy`). Only the optional hours summary
    stays on the pages and is translated (`SupportPage.opening_hours_text`). Who may change
    which record: `support.chat_settings_admin`.
    """

    partner_key = models.UUIDField(
        _("partner"), unique=True, editable=False, help_text="translation_key of the partner page"
    )
    chat_kind = models.CharField(
        _("chat"), max_length=16, choices=ChatKind.choices, default=ChatKind.NONE
    )
    chat_url = models.URLField(
        _("chat address"),
        blank=True,
        validators=[validate_chat_origin],
        help_text=_("For a chat shown in a frame: the address of the chat page."),
    )
    chatwoot_base_url = models.URLField(
        _("Chatwoot address"),
        blank=True,
        validators=[validate_chat_origin],
        help_text=_("For a Chatwoot widget: the address of the Chatwoot server."),
    )
    chatwoot_website_token = models.CharField(
        _("Chatwoot website token"),
        max_length=64,
        blank=True,
        validators=[chatwoot_token_validator],
    )
    messenger_url = models.URLField(
        _("messenger link"),
        blank=True,
        validators=[validate_messenger_link],
        help_text=_(
            "For example https://t.me/yourchannel, https://wa.me/46700000000 or a "
            "https://signal.me/ link."
        ),
    )
    operator = models.CharField(
        _("who runs the chat service"),
        max_length=16,
        choices=ChatOperator.choices,
        default=ChatOperator.PARTNER,
        help_text=_("For a messenger link, the messenger runs it: this is filled in for you."),
    )
    operator_name = models.CharField(
        _("name of the organisation running it"),
        max_length=100,
        blank=True,
        help_text=_("For example the company that hosts your Chatwoot server."),
    )
    keeps = models.CharField(
        _("what the chat service keeps"),
        max_length=16,
        choices=ChatKeeps.choices,
        # Until a moderator says otherwise, readers are not told that nothing is kept.
        default=ChatKeeps.MESSAGES,
    )
    retention_days = models.PositiveSmallIntegerField(
        _("kept for (days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("How many days until it is deleted. Needed unless nothing is kept."),
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_(
            "Readers need no account and are not asked who they are. A messenger (Telegram, "
            "WhatsApp, Signal) knows its user's account, so a messenger chat is never "
            "anonymous."
        ),
    )
    opening_hours = StreamField(
        OPENING_HOURS_BLOCKS,
        blank=True,
        verbose_name=_("opening hours"),
        help_text=_(
            "Weekly hours (several a day if needed) and exceptions, in the partner's time zone."
        ),
    )

    panels = [
        HelpPanel(
            _(
                "These settings are shared by this partner's support page in every language: "
                "a change here is shown in all of them at once."
            )
        ),
        FieldPanel("chat_kind"),
        FieldPanel("chat_url"),
        FieldPanel("chatwoot_base_url"),
        FieldPanel("chatwoot_website_token"),
        FieldPanel("messenger_url"),
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Readers are told this before they start the chat, in the same words "
                        "in every language."
                    )
                ),
                FieldPanel("operator"),
                FieldPanel("operator_name"),
                FieldPanel("keeps"),
                FieldPanel("retention_days"),
                FieldPanel("anonymous"),
            ],
            heading=_("Privacy: what readers are told"),
        ),
        FieldPanel("opening_hours"),
    ]

    class Meta:
        verbose_name = _("chat and opening hours")
        verbose_name_plural = _("chat and opening hours")

    def __str__(self):
        partner = self.partner_page()
        return partner.title if partner is not None else str(self.partner_key)

    def partner_page(self, locale=None):
        """The partner page in `locale` (default: the site's default language, else any)."""
        from countries.models import PartnerPage

        pages = PartnerPage.objects.filter(translation_key=self.partner_key)
        language = locale.language_code if locale is not None else settings.LANGUAGE_CODE
        return pages.filter(locale__language_code=language).first() or pages.order_by("pk").first()

    @classmethod
    def for_partner(cls, partner_page) -> "PartnerChatSettings | None":
        if partner_page is None:
            return None
        return cls.objects.filter(partner_key=partner_page.translation_key).first()

    def clean(self):
        super().clean()
        required = {
            ChatKind.IFRAME: ["chat_url"],
            ChatKind.CHATWOOT: ["chatwoot_base_url", "chatwoot_website_token"],
            ChatKind.MESSENGER: ["messenger_url"],
        }.get(self.chat_kind, [])
        missing = {
            name: ValidationError(
                _("Needed for the chosen kind of chat."), code="needed_for_chat_kind"
            )
            for name in required
            if not getattr(self, name)
        }
        if missing:
            raise ValidationError(missing)
        if self.chat_kind != ChatKind.NONE:
            self.clean_privacy_facts()

    def clean_privacy_facts(self):
        """The facts readers are told must be complete and possible for the kind of chat."""
        errors = {}
        if self.chat_kind == ChatKind.MESSENGER:
            # The messenger runs the service; the partner only has an account on it.
            messenger = MESSENGER_ORIGINS.get(origin_of(self.messenger_url or ""), "")
            self.operator = ChatOperator.OTHER
            self.operator_name = self.operator_name or messenger
            if self.anonymous:
                errors["anonymous"] = ValidationError(
                    _(
                        "A messenger chat is not anonymous: the messenger knows the reader's "
                        "account. Untick “anonymous”."
                    ),
                    code="messenger_not_anonymous",
                )
        elif self.operator == ChatOperator.OTHER and not self.operator_name.strip():
            errors["operator_name"] = ValidationError(
                _("Name the organisation that runs the chat service."), code="operator_unnamed"
            )
        if self.keeps == ChatKeeps.NOTHING:
            self.retention_days = None
        elif not self.retention_days:
            errors["retention_days"] = ValidationError(
                _("Say for how many days it is kept."), code="retention_needed"
            )
        if errors:
            raise ValidationError(errors)


class ChatSettingsPanel(Panel):
    """In the support page editor (every language): where the shared chat and hours are edited."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "support/admin/chat_settings_panel.html"

        def get_context_data(self, parent_context=None):
            from support.chat_settings_admin import chat_settings_edit_url

            context = super().get_context_data(parent_context)
            page = self.instance
            chat_settings = page.chat_settings if page.pk else None
            context["chat_settings"] = chat_settings
            context["edit_url"] = chat_settings_edit_url(self.request.user, chat_settings)
            return context


class SupportPage(BasePage):
    """A partner's support page: how to reach a person, and the country's helplines.

    There is exactly one support page per partner (max_count_per_parent) in each of the
    partner's languages. The chat and the opening hours are the partner's, not the page's:
    every language version reads them from the partner's `PartnerChatSettings`, and so does
    what the page says about the chat's privacy. The page holds only what is written for
    readers, translated per language.
    """

    intro = models.TextField(_("intro"), max_length=600)
    body = RichTextField(
        _("how we help"), features=["bold", "italic", "link", "ul", "ol"], blank=True
    )
    opening_hours_text = models.CharField(
        _("opening hours summary"),
        max_length=200,
        blank=True,
        help_text=_("Optional, in words. For example: Mon–Thu 18–21"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        ChatSettingsPanel(heading=_("Chat and opening hours")),
        FieldPanel("opening_hours_text"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("opening_hours_text"),
    ]

    parent_page_types = ["countries.PartnerPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("support page")
        permissions = [("change_chat_settings", "Can change the chat settings of support pages")]

    def content_fragment_cacheable(self, request) -> bool:
        # "Open now" and the chats open elsewhere are computed for the moment of the request.
        return False

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A partner's first support page (in any language) brings its chat settings, so that
        # moderators find the partner in "Chat and opening hours" (with no chat until set).
        parent = self.get_parent()
        if (
            parent is not None
            and not PartnerChatSettings.objects.filter(partner_key=parent.translation_key).exists()
        ):
            PartnerChatSettings.objects.create(partner_key=parent.translation_key)

    # The chat as readers get it ---------------------------------------------------------------

    @cached_property
    def chat_settings(self) -> "PartnerChatSettings | None":
        """The partner's chat and hours, the same for every language version of this page."""
        return PartnerChatSettings.for_partner(self.get_parent())

    @cached_property
    def chat(self) -> "ChatEmbed | None":
        return ChatEmbed.for_settings(self.chat_settings)

    @cached_property
    def time_zone(self) -> str:
        """The partner's time zone from site_config/partners.toml (by the partner page's slug)."""
        from core.partners import load_partners

        parent = self.get_parent()
        for partner in load_partners():
            if parent is not None and partner.slug == parent.slug:
                return partner.time_zone
        return settings.TIME_ZONE

    @cached_property
    def schedule(self) -> Schedule:
        hours = self.chat_settings.opening_hours if self.chat_settings is not None else None
        return Schedule.from_stream(hours, self.time_zone)

    def get_csp_origins(self) -> dict[str, list[str]]:
        chat = self.chat
        if chat is None or not chat.frame_url:
            return {}
        return {"frame-src": [chat.origin]}

    def chat_offer(self, now):
        """What a reader needs to reach this page's chat: link, hours and status."""
        intervals = self.schedule.intervals(now)
        return {
            "page": self,
            "chat": self.chat,
            "schedule": self.schedule,
            "intervals_json": json.dumps(self.schedule.as_json_intervals(now)),
            "status": chat_status(intervals, now) if self.schedule else None,
        }

    def get_context(self, request, *args, **kwargs):
        from countries.models import CountryPage

        context = super().get_context(request, *args, **kwargs)
        others = self.other_support_pages()
        # This page's settings and the other partners' in one go (see prefetch_chat_settings).
        prefetch_chat_settings([self, *others], parents=context["breadcrumbs"])
        country = next((p for p in context["breadcrumbs"] if p.depth == self.depth - 2), None)
        code = ""
        if country is not None:
            code = (
                CountryPage.objects.filter(pk=country.pk).values_list("country_code", flat=True)
            ).first() or ""
        context["helplines"] = Helpline.for_country(code)
        context["emergency_numbers"] = EmergencyNumber.for_country(code)
        now = timezone.now()
        offer = self.chat_offer(now)
        context["offer"] = offer
        zone_label = zone_name(self.time_zone)
        context["zone_label"] = zone_label
        context["privacy_statement"] = privacy_statement(self.chat_settings, offer["chat"])
        if offer["status"] is not None:
            # Without JavaScript: the partner's clock only (the reader's zone is not known here).
            context["status_text"] = describe_status(
                offer["status"], now, self.schedule.zone, zone_label
            )
            context["status_templates_json"] = json.dumps(status_templates(zone_label))
            context["utc_offsets_json"] = json.dumps(self.schedule.as_json_utc_offsets(now))
        context["other_chats"] = self.other_chats(now, others)
        context["upcoming_exceptions"] = self.schedule.upcoming_exceptions(
            now.astimezone(self.schedule.zone).date()
        )
        return context

    def other_support_pages(self) -> list["SupportPage"]:
        """The other live support pages in this language, with their chat settings and hours.

        The same list for every support page of the language, so kept in the fragment cache
        until something is published or saved (core.signals); only what depends on the moment
        (open now, the next intervals) is computed per request.
        """

        def build():
            pages = list(
                SupportPage.objects.live().filter(locale_id=self.locale_id).order_by("path")
            )
            prefetch_chat_settings(pages)
            for page in pages:
                page.chat, page.schedule  # noqa: B018 (computed once, kept with the pages)
            return pages

        pages = cached("support-pages", build, self.locale_id)
        return [page for page in pages if page.pk != self.pk]

    def other_chats(self, now, others=None):
        """Other partners' chats in this language, for when this one is closed."""
        if others is None:
            others = self.other_support_pages()
            prefetch_chat_settings(others)
        offers = []
        for other in others:
            offer = other.chat_offer(now)
            if offer["chat"] is not None:
                offers.append(offer)
        return offers


def prefetch_chat_settings(pages, parents=()) -> None:
    """Fill the parent and `chat_settings` of many support pages in at most two queries.

    Without it, each page finds its partner page and its partner's settings on its own (two
    queries a page), so the "other open chats" list of a support page grew with the partners.
    `parents` are pages already loaded (breadcrumbs) that need no query.
    """
    from wagtail.models import Page

    pages = [page for page in pages if "chat_settings" not in page.__dict__]
    if not pages:
        return
    known = {parent.path: parent for parent in parents}
    parent_paths = {page.path[: -page.steplen] for page in pages if page.depth > 1}
    missing = parent_paths - known.keys()
    if missing:
        known.update((parent.path, parent) for parent in Page.objects.filter(path__in=missing))
    for page in pages:
        parent = known.get(page.path[: -page.steplen])
        if parent is not None:
            # treebeard's get_parent() keeps its answer here (wagtail.models.Page inherits it).
            page._cached_parent_obj = parent
    keys = {page._cached_parent_obj.translation_key for page in pages if page.depth > 1}
    by_partner = {
        chat_settings.partner_key: chat_settings
        for chat_settings in PartnerChatSettings.objects.filter(partner_key__in=keys)
    }
    for page in pages:
        parent = getattr(page, "_cached_parent_obj", None)
        page.chat_settings = by_partner.get(parent.translation_key) if parent else None


@dataclass(frozen=True)
class ChatEmbed:
    """A partner's chat, checked against the allow-list at the moment it is rendered."""

    kind: str
    link: str
    frame_url: str = ""

    @property
    def origin(self) -> str:
        return origin_of(self.frame_url)

    @property
    def is_messenger(self) -> bool:
        return self.kind == ChatKind.MESSENGER

    @property
    def messenger_name(self) -> str:
        return MESSENGER_ORIGINS.get(origin_of(self.link), "")

    @classmethod
    def for_settings(cls, chat_settings) -> "ChatEmbed | None":
        if chat_settings is None:
            return None
        kind = chat_settings.chat_kind
        if kind == ChatKind.IFRAME and is_valid(validate_chat_origin, chat_settings.chat_url):
            return cls(kind, chat_settings.chat_url, chat_settings.chat_url)
        if (
            kind == ChatKind.CHATWOOT
            and is_valid(validate_chat_origin, chat_settings.chatwoot_base_url)
            and is_valid(chatwoot_token_validator, chat_settings.chatwoot_website_token)
        ):
            url = chatwoot_widget_url(
                chat_settings.chatwoot_base_url, chat_settings.chatwoot_website_token
            )
            return cls(kind, url, url)
        if kind == ChatKind.MESSENGER and is_valid(
            validate_messenger_link, chat_settings.messenger_url
        ):
            return cls(kind, chat_settings.messenger_url)
        return None


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
        entries = cls.objects.filter(
            live=True,
            country_code=country_code,
            locale__language_code__in={language_code, settings.LANGUAGE_CODE},
        ).select_related("locale")
        chosen = {}
        for entry in entries:
            key = entry.translation_key
            if key not in chosen or entry.locale.language_code == language_code:
                chosen[key] = entry
        return sorted(chosen.values(), key=lambda entry: (entry.sort_order, entry.pk))


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

    @property
    def tel_href(self) -> str:
        return tel_href(self.phone_number, self.country_code)

    @property
    def display_number(self) -> str:
        return display_number(self.phone_number, self.country_code)


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

    @property
    def tel_href(self) -> str:
        return tel_href(self.number, self.country_code)

    @property
    def display_number(self) -> str:
        return display_number(self.number, self.country_code)
