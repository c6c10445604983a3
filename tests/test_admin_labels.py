"""Editors see our admin labels in their own language (issue 19.10: "the Georgian admin is half
English (block names, topic labels)").

Through real admin requests: a Sapari editor whose admin language is Georgian opens the article
edit view, where Wagtail renders the StreamField's block definitions (block names, groups,
descriptions, help texts) into the page as JSON in `data-w-block-data-value`; a regional
administrator opens the topic snippet and the main menu in Georgian. Every text of our own block
definitions is compared with what an English editor sees, so a block whose label Wagtail derives
from its Python name ("Paragraph") shows up as English. Wagtail's own admin strings (Draftail's
"Bold", the page's "Title") come from Wagtail's catalogues and are not checked here.
"""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.admin.telepath import JSContext
from wagtail.users.models import UserProfile

from articles.models import ArticlePage
from navigation.models import NavigationMenu
from tests.partner_world import world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import soup

# What Georgian editors must see (from locale/ka/LC_MESSAGES/django.po), by the English text.
GEORGIAN_BLOCK_LABELS = {
    "Heading": "სათაური",
    "Paragraph": "აბზაცი",
    "Image": "სურათი",
    "Quote": "ციტატა",
    "Talk to someone": "დაელაპარაკე ვინმეს",
    "Questions": "კითხვები",
    "Question and answer": "კითხვა და პასუხი",
    "Video": "ვიდეო",
}
GEORGIAN_BLOCK_GROUPS = {"Text": "ტექსტი", "Media": "მედია", "Support": "მხარდაჭერა"}


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def block_texts(definition) -> dict[str, set[str]]:
    """The labels, descriptions, help texts and group names of the blocks in a packed
    (telepath) StreamField definition. Only blocks' own options count: the rich text widget's
    Draftail feature names are Wagtail's strings, not ours."""
    found = {"label": set(), "description": set(), "helpText": set(), "group": set()}

    def walk(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.blocks.StreamBlock":
                for group, _children in node["_args"][1]:
                    if group:
                        found["group"].add(group)
            if "blockDefId" in node:  # a block's options
                for key in ("label", "description", "helpText"):
                    value = node.get(key)
                    # Telepath packs a text used twice as {"_val": text, "_id": n} the first
                    # time and {"_ref": n} after.
                    if isinstance(value, dict):
                        value = value.get("_val")
                    if value:
                        found[key].add(value)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(definition)
    return found


def article_body_definition(client, user, article) -> dict:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code == 200
    body = soup(response).select_one("#body[data-w-block-data-value]")
    return json.loads(body["data-w-block-data-value"])


def label_texts(response) -> set[str]:
    """The form's field labels, case-folded: Django capitalises a label's first letter, which
    for Georgian gives a Mtavruli capital ("Აღწერა")."""
    return {label.get_text(" ", strip=True).casefold() for label in soup(response).select("label")}


def all_texts(found) -> set[str]:
    return set().union(*found.values())


@pytest.fixture
def georgian_editor(world):
    return speaking(world["users"]["sapari-editor"], "ka")


def test_georgian_editor_sees_georgian_block_names_groups_and_descriptions(
    client, world, georgian_editor
):
    article = world["sapari_article"]
    georgian = block_texts(article_body_definition(client, georgian_editor, article))

    assert set(GEORGIAN_BLOCK_LABELS.values()) <= georgian["label"]
    assert georgian["group"] == set(GEORGIAN_BLOCK_GROUPS.values())
    assert "აბზაცები მოკლე უნდა იყოს" in " ".join(georgian["description"])
    english_names = {*GEORGIAN_BLOCK_LABELS, *GEORGIAN_BLOCK_GROUPS, "Talk to someone"}
    assert not english_names & all_texts(georgian), "English block names in the Georgian admin"

    # Every text of our block definitions, as the same editor sees it in English, is translated.
    english_editor = speaking(georgian_editor, "en")
    english = block_texts(article_body_definition(client, english_editor, article))
    # Guards the comparison: the English definition has the texts the Georgian one must not.
    assert "Paragraph" in english["label"] and "Text" in english["group"]
    assert "Describe what the image shows for readers who cannot see it." in all_texts(english)
    for key, english_texts in english.items():
        untranslated = english_texts & georgian[key]
        assert not untranslated, f"{key} in English in the Georgian admin: {sorted(untranslated)}"


def test_georgian_editor_sees_the_articles_field_labels(client, world, georgian_editor):
    client.force_login(georgian_editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[world["sapari_article"].pk]))
    labels = label_texts(response)
    for georgian in ("მოკლე შინაარსი", "გაზიარების სურათი", "ასაკობრივი ჯგუფი"):
        assert any(label.startswith(georgian) for label in labels), (georgian, sorted(labels))
    for english in ("summary", "social image", "age group", "body"):
        assert not any(label.startswith(english) for label in labels), english


def test_georgian_administrator_sees_the_topic_form_in_georgian(client, world):
    administrator = speaking(world["users"]["regional-admin"], "ka")
    client.force_login(administrator)
    response = client.get(reverse("wagtailsnippets_articles_topic:edit", args=[world["topic"].pk]))
    assert response.status_code == 200
    labels = label_texts(response)
    for georgian in ("სახელწოდება", "სლაგი", "აღწერა"):
        assert any(label.startswith(georgian) for label in labels), (georgian, sorted(labels))
    for english in ("name", "slug", "description"):
        assert not any(label.startswith(english) for label in labels), english


def test_georgian_administrator_sees_the_menus_link_block_in_georgian(client, world):
    menu = NavigationMenu.objects.create(locale=world["home"].locale)
    administrator = speaking(world["users"]["regional-admin"], "ka")
    client.force_login(administrator)
    response = client.get(reverse("wagtailsnippets_navigation_navigationmenu:edit", args=[menu.pk]))
    assert response.status_code == 200
    items = soup(response).select_one("#items[data-w-block-data-value]")
    found = block_texts(json.loads(items["data-w-block-data-value"]))
    assert "ბმული" in found["label"]
    assert "Link" not in found["label"]


# A couple of block names per other admin language, as that language's editors see them.
OTHER_LANGUAGES = {
    "sv": {"Paragraph": "Stycke", "Question and answer": "Fråga och svar"},
    "ro": {"Paragraph": "Paragraf", "Video": "Videoclip"},
    "ru": {"Paragraph": "Абзац", "Talk to someone": "Поговори с кем-нибудь"},
    "be": {"Paragraph": "Абзац", "Video": "Відэа"},
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_editors_see_block_names_in_their_admin_language(client, world, language):
    editor = speaking(world["users"]["man-editor"], language)
    article = ArticlePage.objects.get(slug="when-anger-takes-over", locale__language_code="en")
    labels = block_texts(article_body_definition(client, editor, article))["label"]
    for english, translated in OTHER_LANGUAGES[language].items():
        assert translated in labels
        assert english not in labels


def test_armenian_block_names_are_translated():
    """Armenian is not an admin language yet (settings: WAGTAILADMIN_PERMITTED_LANGUAGES), so no
    editor can open the admin in it; the block definition Wagtail would render is checked."""
    from core.blocks import ArticleBodyBlock

    with translation.override("hy"):
        labels = block_texts(JSContext().pack(ArticleBodyBlock()))["label"]
    assert {"Պարբերություն", "Տեսանյութ", "Հարց և պատասխան"} <= labels
    assert not {"Paragraph", "Video", "Question and answer"} & labels
