"""The abstract base page and the site-wide reader-safety setting."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import cached, lookup_content
from core.quick_exit import exit_language, https_only
from core.reader_listings import is_restricted, without_restricted
from core.view_restrictions import any_view_restrictions


class BasePage(Page):
    """Every reader page: its translatable fields, breadcrumbs and language alternates.

    Subclasses extend `translatable_fields` rather than repeat it.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social image"),
        help_text=_("Shown when the page is shared. Falls back to the page's main image."),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("social_image"),
    ]

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    # The stems of the page's words where its language's search back end has none
    # (core/word_forms.py); empty elsewhere.
    search_fields = [*Page.search_fields, index.SearchField("search_word_stems")]
    # Loaded with the page when it is routed (core.routing): get_social_image() needs them.
    head_select_related = ("social_image",)
    # What describes the page in listings when editors leave the search description empty.
    summary_field = "intro"

    class Meta:
        abstract = True

    @property
    def summary_text(self) -> str:
        """A plain one-paragraph description for listings and Open Graph tags: the search
        description, else the page's own summary field (`summary_field`)."""
        return self.search_description or getattr(self, self.summary_field, "") or ""

    def get_social_image(self):
        return self.social_image

    def search_word_stems(self) -> str:
        from core.word_forms import stems_to_index

        return stems_to_index(self, "search_word_stems")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The rendered {% block content %} when cached (core.fragments): subclasses then skip
        # building what only the content shows.
        fragment = context["content_fragment"] = lookup_content(self, request)
        if not fragment.is_cached:
            # Ancestors from the locale's home page down: breadcrumbs, and where a page belongs.
            fragment.breadcrumbs = list(self.get_ancestors().filter(depth__gt=1))
            fragment.translations = self.live_translations()
        context["breadcrumbs"] = fragment.breadcrumbs
        context["translations"] = fragment.translations
        if not fragment.is_cached:
            self.add_content_context(context, request)
        return context

    def add_content_context(self, context, request) -> None:
        """Add what only the page's rendered content shows (cards, listings, chips).

        Called only when that content is not in the fragment cache (core.fragments), so a page
        family builds its listings here rather than in `get_context`.
        """

    def content_fragment_cacheable(self, request) -> bool:
        """Whether this page's rendered content may come from the fragment cache.

        Not with a query string (filters, pagination: unbounded keys); a page whose content
        depends on the moment (a support page's "open now") says no.
        """
        # A restricted page's content is only ever shown to a reader who just unlocked it
        # (core.page_unlock), never kept where the password form could be served from.
        return not request.GET and not is_restricted(self)

    def get_view_restrictions(self):
        """Wagtail's, without its two queries on every request while no page is restricted.

        An upstream workaround: see core.view_restrictions.
        """
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve_password_required_response(self, request, form, action_url):
        """The site's own password form, which needs no cookie (core.page_unlock).

        Wagtail's renders the page's full context; this one shows nothing of the page.
        """
        from core.page_unlock import password_form_response

        return password_form_response(request, self, form.restriction)

    def live_translations(self):
        """This page in every locale it is really published in: no drafts, no aliases, and none
        with a view restriction (core.reader_listings)."""
        return list(
            without_restricted(Page.objects.live())
            .filter(translation_key=self.translation_key, alias_of__isnull=True)
            .select_related("locale")
            .order_by("locale__pk")
        )

    def get_frame_origins(self) -> list[str]:
        """Origins this page may frame after a reader's click (video hosts); none by default."""
        return []

    def get_csp_origins(self) -> dict[str, list[str]]:
        """Origins this page's CSP adds, by directive ({"frame-src": [...], ...}).

        By default the frame origins of `get_frame_origins`; a page that needs more directives
        (a chat embed, see support.SupportPage) overrides this.
        """
        origins = self.get_frame_origins()
        return {"frame-src": origins} if origins else {}

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        extra = {
            directive: origins for directive, origins in self.get_csp_origins().items() if origins
        }
        if extra:
            # Only this response's CSP allows them; every other page keeps the strict policy.
            response._csp_replace = {
                directive: csp_sources_with(directive, origins)
                for directive, origins in extra.items()
            }
        return response


def csp_sources_with(directive: str, origins: list[str]) -> list[str]:
    """The reader policy's sources for `directive` plus `origins`; 'none' gives way to them."""
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    base = directives.get(directive, directives.get("default-src", []))
    sources = [source for source in base if source != "'none'"]
    return sources + [origin for origin in origins if origin not in sources]


LANGUAGE_NAMES = dict(settings.LANGUAGES)


def quick_exit_field(code: str) -> models.URLField:
    # Labelled with the language's own name, as the language switcher names it.
    return models.URLField(
        LANGUAGE_NAMES[code],
        default=settings.QUICK_EXIT_DEFAULT_URLS[code],
        validators=[https_only],
        help_text=_("Where 'Leave this site' goes from a page in this language."),
    )


@register_setting(icon="warning")
class SafetySettings(BaseGenericSetting):
    """Reader-safety options that regional administrators set in the admin.

    The quick exit's destination is one field per language, not a translatable snippet: it is a
    safety decision for the regional administrator (translators must not change it, and
    wagtail-localize would copy a URL field from the source unchanged anyway), every language
    always has one (each field has its own neutral default), and the one row stays in the
    cache, so that no page spends a query on it. A new language in LANGUAGES needs its field
    here (`tests/test_quick_exit_setting.py` fails without one).
    """

    quick_exit_url_en = quick_exit_field("en")
    quick_exit_url_sv = quick_exit_field("sv")
    quick_exit_url_ka = quick_exit_field("ka")
    quick_exit_url_hy = quick_exit_field("hy")
    quick_exit_url_ro = quick_exit_field("ro")
    quick_exit_url_ru = quick_exit_field("ru")
    quick_exit_url_be = quick_exit_field("be")

    panels = [
        MultiFieldPanel(
            # The heading as written: Django's label would capitalise ქართული into Mtavruli.
            [
                FieldPanel(f"quick_exit_url_{code}", heading=name)
                for code, name in settings.LANGUAGES
            ],
            heading=_("Quick exit"),
            help_text=_(
                "A neutral site in each language replaces this one when a reader presses "
                "'Leave this site' or Shift three times. Pick something that looks ordinary, "
                "like a weather page."
            ),
        )
    ]

    class Meta:
        verbose_name = _("reader safety")

    @property
    def quick_exit_url(self) -> str:
        """The destination for the language being rendered (English when it has none)."""
        return getattr(self, f"quick_exit_url_{exit_language()}")

    @classmethod
    def _get_or_create(cls):
        # Every reader page shows the quick exit: kept in the fragment cache instead of a query
        # a page (saving the setting increments the fragment version, see core.signals).
        return cached("setting:safety", super()._get_or_create)


class ContentGeneration(models.Model):
    """The one row behind `core.generation`: what readers see has changed, and when last withdrawn.

    Kept in the database, written in the same transaction as the change, so that no cache
    failure can move it backwards (see core.generation). Not edited by anyone.
    """

    value = models.PositiveBigIntegerField(default=1)
    withdrawn = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self):
        return f"generation {self.value} (last takedown at {self.withdrawn})"
