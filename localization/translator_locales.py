"""Which locales a user may translate into, and whether a page may go there.

Works around a wagtail-localize limitation: it has a single `submit_translation` permission, and
whoever holds it may translate any page or snippet into every locale, subtree included
(wagtail/wagtail-localize#108 introduced that one "can manage translations" permission; there is no
per-locale permission upstream). Redefine's translator groups are per locale ("Translators: ka"),
so the locale comes from the group. Remove this module when wagtail-localize checks per-locale
rights itself.

Rules, for everybody but superusers:
- A member of a translator group translates only into that group's locale. A user who holds
  `submit_translation` through any other group (the regional administrators) may use every locale.
- The page must land inside the user's page permissions in the target locale: its existing
  translation must be editable by them, or, for a new translation, the nearest ancestor that
  already exists in that locale must be (a new page inherits its permissions from there).
- A page inside a partner's subtree goes only into that partner's languages (partners.toml): the
  partner's review workflow and moderators are attached to its pages in those languages only.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Locale, Page

from core.partners import load_partners, translators_group

TRANSLATOR_GROUP_PREFIX = translators_group("")


def translator_group_codes(user, permissions) -> set[str] | None:
    """The locales of `user`'s translator groups, when those are how they hold `permissions`.

    None when the user is not limited to translator groups' locales: a superuser, or someone who
    holds one of `permissions` directly or through any other group (partners, regional admins).
    """
    if user.is_superuser:
        return None
    through_other_groups = (
        user.groups.exclude(name__startswith=TRANSLATOR_GROUP_PREFIX)
        .filter(permissions__in=permissions)
        .exists()
    )
    if through_other_groups or user.user_permissions.filter(pk__in=permissions).exists():
        return None
    names = user.groups.filter(name__startswith=TRANSLATOR_GROUP_PREFIX).values_list(
        "name", flat=True
    )
    return {name.removeprefix(TRANSLATOR_GROUP_PREFIX) for name in names}


# Page permissions that make a user more than a translator where another group grants them.
AUTHOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def page_rights_only_as_translator(user, page: Page) -> bool:
    """True when `user`'s rights on `page` come from translator groups alone.

    Such a user translates there and nothing else: no delete, move, copy, alias or unpublish
    (`page_actions`), no editing of originals (`review`). A partner or regional administrator who
    is also in a translator group keeps their rights where their other groups give them. The
    user's groups and author paths are read once and remembered on the user object, which lives
    as long as the request (a page listing asks once per row and action).
    """
    if not user.is_authenticated or user.is_superuser:
        return False
    remembered = user.__dict__.get("_translator_page_rights")
    if remembered is None:
        in_translator_group = user.groups.filter(name__startswith=TRANSLATOR_GROUP_PREFIX).exists()
        author_paths = tuple(
            GroupPagePermission.objects.filter(
                group__in=user.groups.exclude(name__startswith=TRANSLATOR_GROUP_PREFIX),
                permission__codename__in=AUTHOR_PAGE_PERMISSIONS,
            ).values_list("page__path", flat=True)
        )
        remembered = user.__dict__["_translator_page_rights"] = (in_translator_group, author_paths)
    in_translator_group, author_paths = remembered
    return in_translator_group and not page.path.startswith(author_paths)


def translatable_language_codes(user) -> set[str]:
    """The language codes `user` may translate into (empty: none)."""
    all_codes = {code for code, _name in settings.LANGUAGES}
    if not user.is_active:
        return set()
    submit = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    codes = translator_group_codes(user, submit)
    return all_codes if codes is None else codes & all_codes


def translatable_locales(user):
    return Locale.objects.filter(language_code__in=translatable_language_codes(user))


def partner_languages(page: Page) -> tuple[str, ...] | None:
    """The languages of the partner whose subtree holds `page`; None outside partner subtrees."""
    from countries.models import PartnerPage

    partner_page = PartnerPage.objects.filter(path__in=ancestor_paths(page)).only("slug").first()
    if partner_page is None:
        return None
    for partner in load_partners():
        if partner.slug == partner_page.slug:
            return partner.all_locales
    return None


def ancestor_paths(page: Page) -> list[str]:
    """The tree paths of `page` and all its ancestors (treebeard paths are prefixes)."""
    step = Page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def page_label(page: Page) -> str:
    """How a refusal names `page`: its published title, or only its ID while it is unpublished
    (a refusal must not show anyone a draft title they may not see)."""
    if page.live:
        return page.title
    return _("unpublished page %(id)s") % {"id": page.pk}


def refusal_for_page(user, page: Page, locale: Locale) -> str | None:
    """Why `user` may not translate `page` into `locale`, or None when they may."""
    if user.is_superuser:
        return None
    if locale.language_code not in translatable_language_codes(user):
        return _("You may not translate into %(language)s.") % {
            "language": locale.get_display_name()
        }
    languages = partner_languages(page)
    if languages is not None and locale.language_code not in languages:
        return _("'%(page)s' belongs to a partner that does not publish in %(language)s.") % {
            "page": page_label(page),
            "language": locale.get_display_name(),
        }
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        allowed = existing.permissions_for_user(user).can_edit()
    else:
        parent_in_locale = nearest_translated_ancestor(page, locale)
        allowed = parent_in_locale is not None and (
            parent_in_locale.permissions_for_user(user).can_edit()
        )
    if not allowed:
        return _(
            "'%(page)s' would be translated outside the pages you may edit in %(language)s."
        ) % {
            "page": page_label(page),
            "language": locale.get_display_name(),
        }
    return None


def nearest_translated_ancestor(page: Page, locale: Locale) -> Page | None:
    """The closest ancestor of `page` that exists in `locale` (where a new translation goes)."""
    keys = Page.objects.filter(path__in=ancestor_paths(page)[:-1], depth__gt=1).values(
        "translation_key"
    )
    return Page.objects.filter(translation_key__in=keys, locale=locale).order_by("-depth").first()
