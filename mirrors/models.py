"""The mirror list: where the site can still be read when its address is blocked.

One `MirrorList` per locale (a translatable snippet, like the footer), resolved for the active
locale with a fallback to English (`navigation.models.LocalizedSnippetMixin`). The addresses are
the same in every language (synchronised from the English entry); the advice, and each mirror's
note, are translated. The onion address also feeds the `Onion-Location` header
(`mirrors.middleware`).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from navigation.models import LocalizedSnippetMixin


def validate_onion_address(value: str) -> None:
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"} or not host.endswith(".onion"):
        raise ValidationError(
            _("Enter the onion service's address, like http://…….onion/ (it ends in .onion).")
        )
    if parts.path not in {"", "/"} or parts.query or parts.fragment:
        raise ValidationError(_("Enter the onion service's address only, without a path."))


class MirrorBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"), help_text=_("Where a copy of the site is served."))
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=200,
        help_text=_("Optional: who keeps it, or when it is updated."),
    )

    class Meta:
        label = _("Mirror")


# Registered in wagtail_hooks.py, with translator-aware permissions.
class MirrorList(LocalizedSnippetMixin, TranslatableMixin, models.Model):
    advice = RichTextField(
        _("advice"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown above the addresses: for example which browser to use."),
    )
    onion_address = models.URLField(
        _("onion address"),
        blank=True,
        validators=[validate_onion_address],
        help_text=_(
            "The site's Tor onion service. When set, the site tells Tor Browser about it "
            "(the Onion-Location header)."
        ),
    )
    mirrors = StreamField([("mirror", MirrorBlock())], blank=True, verbose_name=_("mirrors"))

    translatable_fields = [
        TranslatableField("advice"),
        SynchronizedField("onion_address"),
        TranslatableField("mirrors"),
    ]

    panels = [FieldPanel("advice"), FieldPanel("onion_address"), FieldPanel("mirrors")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("mirror list")
        verbose_name_plural = _("mirror lists")

    def __str__(self):
        return f"{_('Mirror list')} ({self.locale})"

    @property
    def onion_origin(self) -> str:
        return self.onion_address.rstrip("/")

    def mirror_urls(self) -> list[dict]:
        return [
            {"url": child.value["url"], "note": child.value["note"]}
            for child in self.mirrors
            if child.value["url"]
        ]


def onion_origin() -> str:
    """The onion service's origin ("http://x.onion"), from the English list, else any; or ""."""
    lists = {
        item.locale.language_code: item
        for item in MirrorList.objects.exclude(onion_address="").select_related("locale")
    }
    chosen = lists.get(settings.LANGUAGE_CODE) or next(iter(lists.values()), None)
    return chosen.onion_origin if chosen else ""
