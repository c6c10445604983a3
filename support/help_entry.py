"""Where the header's "Talk to someone" leads, and what each support offer is called.

The header is on every page, so nothing here may cost a query once warm: the locale's support
pages (with their partner's name and country) are looked up once per language and content
generation and kept in the cache, like the navigation and footer fragments
(core.signals.fragment_version goes up on every publish, unpublish, move and snippet save).

A page's help is found from its tree path alone (no ancestors query):

- under a partner: that partner's support page;
- under a country: its support page when it has one, the country's entry on the "Get help" page
  when it has several (Armenia), so the reader chooses between them there;
- anywhere else (home, topics, search, standard pages): the "Get help" page, where he picks
  his country.

Must not load anything from a chat provider (the support page does that, on the reader's click).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

HOME_DEPTH = 2
COUNTRY_DEPTH = 3
PARTNER_DEPTH = 4


@dataclass(frozen=True)
class SupportOffer:
    """One partner's support page in one language."""

    path: str
    url: str
    partner_name: str
    country_path: str
    country_code: str

    @property
    def label(self) -> str:
        # "Talk to SACC" and "Talk to Armenian Progressive Youth", never two "Talk to us".
        return _("Talk to %(partner)s") % {"partner": self.partner_name}


def _build(request) -> list[SupportOffer]:
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Substr

    from core.reader_listings import readers_pages
    from countries.models import CountryPage, PartnerPage
    from support.models import SupportPage

    def ancestor(model, depth, field):
        # The value of `field` of the ancestor at `depth`, found by its tree path (one query
        # for every support page of the language, with its partner's name and country).
        return Subquery(
            model.objects.filter(path=Substr(OuterRef("path"), 1, Page.steplen * depth)).values(
                field
            )[:1]
        )

    pages = readers_pages(SupportPage, translation.get_language()).annotate(
        partner_name=ancestor(PartnerPage, PARTNER_DEPTH, "title"),
        country_code=ancestor(CountryPage, COUNTRY_DEPTH, "country_code"),
    )
    return [
        SupportOffer(
            path=page.path,
            url=page.get_url(request),
            partner_name=page.partner_name or page.title,
            country_path=ancestor_path(page.path, COUNTRY_DEPTH),
            country_code=page.country_code or "",
        )
        for page in pages
    ]


def ancestor_path(path: str, depth: int) -> str:
    """The tree path of the ancestor at `depth` of the page at `path` (Wagtail's treebeard)."""
    return path[: Page.steplen * depth]


def support_offers(request=None) -> list[SupportOffer]:
    """The active language's support offers, in tree order (cached per language and generation)."""
    from core.fragments import cached_for_language

    return cached_for_language("support-offers", lambda: _build(request))


def offer_for(support_page, request=None) -> SupportOffer | None:
    """The cached offer of a support page (for its "Talk to <partner>" label)."""
    for offer in support_offers(request):
        if offer.path == support_page.path:
            return offer
    return None


def get_help_url() -> str:
    return reverse("get_help")


def country_anchor(country_code: str) -> str:
    return f"help-{country_code.lower()}"


def help_url(page, request=None) -> str:
    """Where "Talk to someone" leads from `page` (a Wagtail page, or None for other views)."""
    path = getattr(page, "path", "")
    depth = getattr(page, "depth", 0)
    if not path or depth < COUNTRY_DEPTH:
        return get_help_url()
    offers = support_offers(request)
    if depth >= PARTNER_DEPTH:
        partner_path = ancestor_path(path, PARTNER_DEPTH)
        for offer in offers:
            if offer.path.startswith(partner_path):
                return offer.url
    country_path = ancestor_path(path, COUNTRY_DEPTH)
    in_country = [offer for offer in offers if offer.country_path == country_path]
    if len(in_country) == 1:
        return in_country[0].url
    if in_country:
        return f"{get_help_url()}#{country_anchor(in_country[0].country_code)}"
    return get_help_url()


def country_code_for(page, request=None) -> str:
    """The country a page belongs to (its code), when that country has a support page."""
    path = getattr(page, "path", "")
    if not path or getattr(page, "depth", 0) < COUNTRY_DEPTH:
        return ""
    country_path = ancestor_path(path, COUNTRY_DEPTH)
    for offer in support_offers(request):
        if offer.country_path == country_path:
            return offer.country_code
    return ""


def offers_by_country(countries, request=None) -> list[tuple]:
    """[(country page, [its offers])] for the countries given, those without any left out."""
    offers = support_offers(request)
    found = []
    for country in countries:
        own = [offer for offer in offers if offer.country_path == country.path]
        if own:
            found.append((country, own))
    return found
