"""Every partner of partners.toml with its pages in English and its main language, set up by
`setup_partners`, with a moderator and an editor each (for the question box tests).

    Home (en, sv, ka, ro, be, hy)
    ├── Sweden ─ MÄN (en, sv; conftest.tree) ─ Talk to us (support)
    ├── Georgia ─ Sapari (en, ka) ─ support
    ├── Moldova ─ Casa Marioarei (en, ro) ─ support
    ├── Belarus ─ Women's Rights Agenda Belarus (en, be) ─ support
    └── Armenia ─ Sexual Assault Crisis Center (en, hy), Armenian Progressive Youth (en, hy)

Users (password "pass"): <slug>-moderator and <slug>-editor for every partner, regional-admin,
translator-sv. The Swedish moderator reads the admin in Swedish.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from core.partners import REGIONAL_ADMINS_GROUP, load_partners, translators_group
from tests import factories
from tests.factories import translate
from tests.partner_world import make_user

COUNTRIES = {
    "GE": ("Georgia", "georgia"),
    "MD": ("Moldova", "moldova"),
    "BY": ("Belarus", "belarus"),
    "AM": ("Armenia", "armenia"),
}
ORIGIN = "http://testserver"


@pytest.fixture(name="qworld")
def question_world_fixture(tree, locales):
    home = tree["home"]
    homes = {"en": home, "sv": tree["home_sv"]}
    countries = {("SE", "en"): tree["country"], ("SE", "sv"): tree["country_sv"]}
    partner_pages = {("man", "en"): tree["partner"], ("man", "sv"): tree["partner_sv"]}
    support_pages = {("man", "en"): tree["support"], ("man", "sv"): tree["support_sv"]}
    for code, (title, slug) in COUNTRIES.items():
        countries[(code, "en")] = factories.CountryPageFactory(
            parent=home, title=title, slug=slug, country_code=code
        )
    for partner in load_partners():
        if partner.slug == "man":
            continue
        main = partner.main_locale
        if main not in homes:
            homes[main] = translate(home, locales[main])
        if (partner.country, main) not in countries:
            countries[(partner.country, main)] = translate(
                countries[(partner.country, "en")], locales[main]
            )
        page = factories.PartnerPageFactory(
            parent=countries[(partner.country, "en")], title=partner.name, slug=partner.slug
        )
        partner_pages[(partner.slug, "en")] = page
        partner_pages[(partner.slug, main)] = translate(page, locales[main])
        support = factories.SupportPageFactory(parent=page)
        support_pages[(partner.slug, "en")] = support
        support_pages[(partner.slug, main)] = translate(support, locales[main])
    call_command("setup_partners", stdout=StringIO())
    users = {"regional-admin": make_user("regional-admin", [REGIONAL_ADMINS_GROUP])}
    users["translator-sv"] = make_user("translator-sv", [translators_group("sv")])
    for partner in load_partners():
        users[f"{partner.slug}-moderator"] = make_user(
            f"{partner.slug}-moderator",
            [partner.moderators_group],
            language="sv" if partner.slug == "man" else "",
        )
        users[f"{partner.slug}-editor"] = make_user(
            f"{partner.slug}-editor", [partner.editors_group]
        )
    return {
        **tree,
        "homes": homes,
        "countries": countries,
        "partner_pages": partner_pages,
        "support_pages": support_pages,
        "users": users,
    }


@pytest.fixture(name="man_world")
def man_world_fixture(tree):
    """conftest.tree (MÄN in en and sv) set up by `setup_partners`, with the same users: quicker
    than `qworld` where one partner is enough."""
    call_command("setup_partners", stdout=StringIO())
    users = {"regional-admin": make_user("regional-admin", [REGIONAL_ADMINS_GROUP])}
    users["translator-sv"] = make_user("translator-sv", [translators_group("sv")])
    for partner in load_partners():
        if partner.slug not in ("man", "sapari"):
            continue
        users[f"{partner.slug}-moderator"] = make_user(
            f"{partner.slug}-moderator",
            [partner.moderators_group],
            language="sv" if partner.slug == "man" else "",
        )
        users[f"{partner.slug}-editor"] = make_user(
            f"{partner.slug}-editor", [partner.editors_group]
        )
    return {**tree, "users": users}
