"""The partners' shared chat settings: `PartnerChatSettings`, one record per partner for its
support page in every language (the chat, its privacy facts and the opening hours), and the
permission to change them (`CHAT_SETTINGS_PERMISSION`). Who may change which record:
`support.chat_settings_admin`."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField

from support.chat import (
    MESSENGER_ORIGINS,
    ChatKind,
    chatwoot_token_validator,
    origin_of,
    validate_chat_origin,
    validate_messenger_link,
)
from support.opening_hours import OPENING_HOURS_BLOCKS
from support.privacy import ChatKeeps, ChatOperator

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
