"""The support page and where a page sends a reader for help: `SupportPage` (with the
`ChatSettingsPanel` of its editor), the chat as readers get it (`ChatEmbed`), filling many
pages' chat settings at once (`prefetch_chat_settings`) and `support_page_for`, the one place
that decides which support page a page leads to."""

import json
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, Panel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.fragments import cached
from core.models import BasePage
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
from support.models.chat_settings import PartnerChatSettings
from support.models.numbers import EmergencyNumber, Helpline
from support.opening_hours import Schedule, chat_status, describe_status, status_templates
from support.privacy import privacy_statement
from support.time_zones import zone_name


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
