"""Main menu and footer: one of each per locale, translated with wagtail-localize."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin

from core.translated_lookup import active_content_language, in_language_else_default


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Leave empty to use the page's title.")
    )

    class Meta:
        # Without it Wagtail names the block after its Python name, in English, in every language.
        label = _("Link")


class LocalizedSnippetMixin:
    """Resolve the snippet for a locale, falling back to the default locale."""

    @classmethod
    def for_locale(cls, locale: Locale | None = None):
        # The active language's code, as Locale.get_active() finds it, without its query.
        language_code = locale.language_code if locale else active_content_language()
        # One snippet per locale: whatever its translation key, the locale's, else the default's.
        found = in_language_else_default(cls.objects.all(), language_code, key=lambda _: None)
        return found[0] if found else None


# Registered in wagtail_hooks.py, with translator-aware permissions.
class NavigationMenu(LocalizedSnippetMixin, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100, default="Main menu")
    items = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("name"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return f"{self.name} ({self.locale})"


# Registered in wagtail_hooks.py, with translator-aware permissions.
class Footer(LocalizedSnippetMixin, TranslatableMixin, models.Model):
    text = RichTextField(_("text"), features=["bold", "italic", "link"], blank=True)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("text"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{_('Footer')} ({self.locale})"
