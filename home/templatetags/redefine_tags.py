"""Template tags of the base template: navigation, footer, language switcher, cached content."""

from django import template
from django.conf import settings
from wagtail.rich_text import expand_db_html

from core.fragments import cached_for_language, store_content

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _resolve_links(request, stream):
    """Each link's page in the active locale (its live translation, else the page itself)."""
    from django.db.models import Q, Subquery
    from wagtail.models import Page

    from articles.models import empty_topic_page_ids
    from core.translated_lookup import active_content_language

    # The chosen pages' ids from the stored value, without loading the pages first.
    chosen = [
        (child["value"].get("page"), child["value"].get("label") or "")
        for child in getattr(stream, "raw_data", stream)
        if isinstance(child, dict) and isinstance(child.get("value"), dict)
    ]
    chosen = [(page_id, label) for page_id, label in chosen if page_id]
    if not chosen:
        return []
    ids = [page_id for page_id, _label in chosen]
    language = active_content_language()
    # The chosen pages and their translations into the active language, in one query
    # (translation_key and locale are unique together).
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    found = list(
        Page.objects.filter(
            Q(pk__in=ids) | Q(translation_key__in=Subquery(keys), locale__language_code=language)
        ).select_related("locale")
    )
    by_id = {page.pk: page for page in found}
    translations = {
        page.translation_key: page for page in found if page.locale.language_code == language
    }
    chosen = [(by_id[page_id], label) for page_id, label in chosen if page_id in by_id]
    localized_pages = [translations.get(page.translation_key) or page for page, _label in chosen]
    # A topic with no article in this language is an empty listing: not linked (issue 12.6).
    empty = empty_topic_page_ids([page.pk for page in localized_pages])
    links = []
    for (page, label), localized in zip(chosen, localized_pages, strict=True):
        if not localized.live or localized.pk in empty:
            continue
        # An editor's label is in the menu's language: use it only on a page of that language.
        label = label if localized.pk == page.pk else ""
        links.append({"url": localized.get_url(request), "title": label or localized.title})
    return links


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    from navigation.models import NavigationMenu

    request = context.get("request")

    def build():
        menu = NavigationMenu.for_locale()
        return {"links": _resolve_links(request, menu.items if menu else [])}

    return cached_for_language("menu", build)


@register.inclusion_tag("includes/footer.html", takes_context=True)
def footer(context):
    from navigation.models import Footer

    request = context.get("request")

    def build():
        item = Footer.for_locale()
        if item is None:
            return {"text": "", "links": []}
        return {"text": expand_db_html(item.text), "links": _resolve_links(request, item.links)}

    from support.help_entry import country_code_for
    from support.models import EmergencyNumber

    # The country's emergency numbers as call buttons on each of its pages (both cached).
    code = country_code_for(context.get("page"), request)
    numbers = EmergencyNumber.for_country(code) if code else []
    return {**cached_for_language("footer", build), "emergency_numbers": numbers}


@register.inclusion_tag("includes/help_entry.html", takes_context=True)
def help_entry(context):
    """The header's "Talk to someone": his partner's or country's help (support.help_entry)."""
    from support.help_entry import help_url

    return {"help_url": help_url(context.get("page"), context.get("request"))}


@register.simple_tag(takes_context=True)
def talk_label(context, support_page):
    """ "Talk to <partner>" for a support page, so that two offers on one page differ."""
    from support.help_entry import offer_for

    offer = offer_for(support_page, context.get("request"))
    return offer.label if offer is not None else support_page.title


@register.simple_tag
def language_name(code: str) -> str:
    """A language's name in that language, for the switcher."""
    return LANGUAGE_NAMES.get(code, code)


class ContentFragmentNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        fragment = context.get("content_fragment")
        if fragment is None:
            return self.nodelist.render(context)
        if fragment.is_cached:
            return fragment.html
        html = self.nodelist.render(context)
        store_content(fragment, html)
        return html


@register.tag
def content_fragment(parser, token):
    """The page's rendered content from the fragment cache (core.fragments), else rendered."""
    nodelist = parser.parse(("endcontent_fragment",))
    parser.delete_first_token()
    return ContentFragmentNode(nodelist)
