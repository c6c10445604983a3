"""Two partners side by side, set up by `setup_partners`, with a user for every role.

    Home (en)
    ├── Sweden (SE) ─ MÄN ─ "When anger takes over" (+ the Swedish tree of conftest.tree)
    └── Georgia (GE) ─ Sapari ─ "Talking to your father"

Users (password "pass"): man-editor, man-moderator, sapari-editor, sapari-moderator,
translator-sv and regional-admin, each in the groups `setup_partners` created. Each partner has an
image in its own collection, and each country a helpline.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from core.partners import REGIONAL_ADMINS_GROUP, load_partners, translators_group
from support.models import Helpline
from tests import factories
from tests.factories import publish

PASSWORD = "pass"


def partner(slug):
    return next(p for p in load_partners() if p.slug == slug)


def make_user(username, groups, language=""):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture(name="world")
def world_fixture(tree):
    georgia = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    sapari = factories.PartnerPageFactory(parent=georgia, title="Sapari", slug="sapari")
    sapari_article = factories.ArticlePageFactory(
        parent=sapari, title="Talking to your father", slug="talking-to-your-father"
    )
    publish(sapari_article)
    georgian_helpline = factories.HelplineFactory(
        country_code="GE", name="Child helpline GE", phone_number="+995 32 200 00 00"
    )

    call_command("setup_partners", stdout=StringIO())

    man, sapari_partner = partner("man"), partner("sapari")
    users = {
        "man-editor": make_user("man-editor", [man.editors_group]),
        "man-moderator": make_user("man-moderator", [man.moderators_group]),
        "sapari-editor": make_user("sapari-editor", [sapari_partner.editors_group]),
        "sapari-moderator": make_user("sapari-moderator", [sapari_partner.moderators_group]),
        "translator-sv": make_user("translator-sv", [translators_group("sv")]),
        "regional-admin": make_user("regional-admin", [REGIONAL_ADMINS_GROUP]),
    }
    collections = {
        slug: Collection.objects.get(name=partner(slug).collection_name)
        for slug in ("man", "sapari")
    }
    images = {
        slug: factories.ImageFactory(title=f"{slug} image", collection=collection)
        for slug, collection in collections.items()
    }
    return {
        **tree,
        "georgia": georgia,
        "sapari": sapari,
        "sapari_article": sapari_article.specific,
        "swedish_helpline": Helpline.objects.get(country_code="SE"),
        "georgian_helpline": georgian_helpline,
        "users": users,
        "collections": collections,
        "images": images,
    }


def login(client, user):
    client.force_login(user)
    return client
