"""One rule for content warnings (articles/content_warnings.py, docs/writing-articles.md).

The warning follows from the article's sensitive subjects alone; an editor must say which (or
"None of these") before publishing or submitting; every translation has the same subjects.
Over real admin form posts, the reader's page, wagtail-localize's sync and the data migration.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Revision
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

from articles.content_warnings import join_subjects, subject_labels
from articles.models import ArticlePage
from tests import factories
from tests.factories import publish, translate
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_admin_editing import add_article_url, article_form
from tests.utils import soup, text_of

REQUIRED = "Say what this article talks about before you publish it or submit it for review"


def form_errors(response):
    """Everything an editor reads on the re-rendered edit page (the messages and the form)."""
    return text_of(soup(response).body)


def warning_text(client, page):
    warning = soup(client.get(page.url)).select_one("section.content-warning")
    return None if warning is None else text_of(warning)


# The wording ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "subjects", "expected"),
    [
        ("en", ["violence"], "violence"),
        ("en", ["suicide", "violence", "self-harm"], "violence, self-harm and suicide"),
        ("sv", ["self-harm", "suicide"], "självskada och självmord"),
        ("ru", ["abuse", "suicide"], "жестокое обращение и суицид"),
        ("be", ["violence", "abuse", "suicide"], "гвалт, жорсткае абыходжанне і самагубства"),
        ("hy", ["self-harm", "suicide"], "ինքնավնասում և ինքնասպանություն"),
    ],
)
def test_subjects_are_named_in_a_fixed_order_in_the_readers_language(code, subjects, expected):
    with translation.override(code):
        assert join_subjects(subject_labels(subjects)) == expected


def test_the_warning_names_every_subject_in_every_language(client, tree):
    article = factories.create_article(
        tree["partner"],
        topics=[tree["topic"]],
        title="When everything feels heavy",
        sensitive_subjects=["suicide", "self-harm"],
    )
    assert article.sensitive_subjects == ["self-harm", "suicide"]
    swedish = translate(article, Locale.objects.get(language_code="sv"), title="När allt är tungt")

    assert warning_text(client, article).startswith(
        "Content warning This article talks about these subjects: self-harm and suicide."
    )
    assert "Den här artikeln handlar om de här ämnena: självskada och självmord." in (
        warning_text(client, swedish)
    )
    # The listing marks the article too, and only that one.
    cards = soup(client.get(tree["topic_page"].url)).select(".card")
    marked = {text_of(card.h3): bool(card.select_one(".card__warning")) for card in cards}
    assert marked == {"When everything feels heavy": True, "When anger takes over": False}


def test_an_article_without_subjects_has_no_warning(client, tree):
    assert tree["article"].sensitive_subjects == []
    assert warning_text(client, tree["article"]) is None


def test_the_model_refuses_a_subject_that_is_not_one(tree):
    article = tree["article"]
    article.sensitive_subjects = ["substances"]
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["sensitive_subjects"] == [
        "Unknown sensitive subject: substances."
    ]


# The admin --------------------------------------------------------------------------------


def test_publishing_without_saying_what_the_article_talks_about_is_refused(admin_client, tree):
    data = article_form(tree)
    del data["sensitive_subjects"]
    response = admin_client.post(add_article_url(tree["partner"]), data)
    assert response.status_code == 200
    assert REQUIRED in form_errors(response)
    assert not ArticlePage.objects.filter(slug="saying-no").exists()


def test_a_draft_may_wait_for_the_answer(admin_client, tree):
    data = article_form(tree)
    del data["sensitive_subjects"]
    del data["action-publish"]
    response = admin_client.post(add_article_url(tree["partner"]), data)
    assert response.status_code == 302, form_errors(response)
    draft = ArticlePage.objects.get(slug="saying-no")
    assert not draft.live

    # Opened again, nothing is ticked for it, and publishing asks again.
    edit_url = reverse("wagtailadmin_pages:edit", args=(draft.pk,))
    assert not soup(admin_client.get(edit_url)).select("input[name=sensitive_subjects][checked]")
    response = admin_client.post(edit_url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 200
    assert REQUIRED in form_errors(response)
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_none_of_these_cannot_go_with_a_subject(admin_client, tree):
    response = admin_client.post(
        add_article_url(tree["partner"]),
        article_form(tree, sensitive_subjects=["none", "violence"]),
    )
    assert response.status_code == 200
    assert "“None of these” cannot go with a subject" in form_errors(response)
    assert not ArticlePage.objects.filter(slug="saying-no").exists()


def test_a_note_needs_a_warning_to_go_with(admin_client, tree):
    response = admin_client.post(
        add_article_url(tree["partner"]),
        article_form(tree, content_warning_note="It talks about a fight."),
    )
    assert response.status_code == 200
    assert "A note only shows with a content warning" in form_errors(response)


def test_the_editors_answer_decides_the_warning(admin_client, client, tree):
    response = admin_client.post(
        add_article_url(tree["partner"]),
        article_form(
            tree,
            sensitive_subjects=["suicide", "self-harm"],
            content_warning_note="No details of methods.",
        ),
    )
    assert response.status_code == 302, form_errors(response)
    article = ArticlePage.objects.get(slug="saying-no")
    assert article.live
    assert article.sensitive_subjects == ["self-harm", "suicide"]
    text = warning_text(client, article)
    assert "This article talks about these subjects: self-harm and suicide." in text
    assert "No details of methods." in text

    # The edit form shows the answer; unticking it all for "None of these" takes the warning away.
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    form = soup(admin_client.get(edit_url))
    checked = {box["value"] for box in form.select("input[name=sensitive_subjects][checked]")}
    assert checked == {"self-harm", "suicide"}
    response = admin_client.post(
        edit_url, article_form(tree, sensitive_subjects=["none"], slug=article.slug)
    )
    assert response.status_code == 302, form_errors(response)
    assert warning_text(client, article) is None


def test_an_article_saved_before_shows_none_of_these_ticked(admin_client, tree):
    edit_url = reverse("wagtailadmin_pages:edit", args=(tree["article"].pk,))
    form = soup(admin_client.get(edit_url))
    boxes = form.select("input[name=sensitive_subjects]")
    assert {box["value"] for box in boxes} == {
        "violence",
        "sexual-violence",
        "abuse",
        "self-harm",
        "suicide",
        "none",
    }
    assert [box["value"] for box in boxes if box.has_attr("checked")] == ["none"]
    # And a new article starts with nothing ticked: the editor has to choose.
    new = soup(admin_client.get(add_article_url(tree["partner"])))
    assert new.select("input[name=sensitive_subjects]")
    assert not new.select("input[name=sensitive_subjects][checked]")


def test_an_editor_cannot_submit_for_review_without_the_answer(client, world):
    login(client, world["users"]["man-editor"])
    data = article_form(world)
    del data["sensitive_subjects"]
    del data["action-publish"]
    data["action-submit"] = "action-submit"
    response = client.post(add_article_url(world["partner"]), data)
    assert response.status_code == 200
    assert REQUIRED in form_errors(response)
    assert not ArticlePage.objects.filter(slug="saying-no").exists()

    data["sensitive_subjects"] = ["abuse"]
    response = client.post(add_article_url(world["partner"]), data)
    assert response.status_code == 302, form_errors(response)
    submitted = ArticlePage.objects.get(slug="saying-no")
    assert submitted.workflow_in_progress
    assert submitted.get_latest_revision_as_object().sensitive_subjects == ["abuse"]


# Translations -----------------------------------------------------------------------------


def test_a_synced_translation_follows_the_sources_subjects(client, tree):
    article = tree["article"]
    swedish_locale = Locale.objects.get(language_code="sv")
    tree["article_sv"].delete()
    source, _created = TranslationSource.get_or_create_from_instance(article)
    translation_, _created = Translation.objects.get_or_create(
        source=source, target_locale=swedish_locale, defaults={"enabled": True}
    )
    translation_.save_target(publish=True)
    swedish = article.get_translation(swedish_locale)
    assert swedish.sensitive_subjects == []

    article.sensitive_subjects = ["violence"]
    publish(article)
    source.update_from_db()
    translation_.save_target(publish=True)
    swedish = ArticlePage.objects.get(pk=swedish.pk).get_latest_revision_as_object()
    assert swedish.sensitive_subjects == ["violence"]
    publish(swedish)
    assert "Den här artikeln handlar om våld." in warning_text(client, swedish)

    # Translators cannot override it in wagtail-localize's editor.
    fields = get_translatable_fields(ArticlePage)
    field = next(f for f in fields if f.field_name == "sensitive_subjects")
    assert field.is_synchronized(article) and not field.is_overridable(article)


# The migration from the single `content_warning` choice --------------------------------------

MIGRATED_FROM = ("articles", "0003_paragraph_document_links")
MIGRATION = ("articles", "0004_sensitive_subjects")


@pytest.fixture
def migrator(transactional_db):
    executor = MigrationExecutor(connection)
    yield executor
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_migration_keeps_every_warning_in_pages_revisions_and_translation_sources(
    migrator, tree
):
    article = factories.create_article(
        tree["partner"], title="At home", sensitive_subjects=["abuse"]
    )
    TranslationSource.get_or_create_from_instance(article)

    migrator.migrate([MIGRATED_FROM])
    old_apps = migrator.loader.project_state([MIGRATED_FROM]).apps
    old_article = old_apps.get_model("articles", "ArticlePage")
    assert old_article.objects.get(pk=article.pk).content_warning == "abuse"
    assert old_article.objects.get(pk=tree["article"].pk).content_warning == ""
    old_revision = old_apps.get_model("wagtailcore", "Revision")
    latest = old_revision.objects.filter(object_id=str(article.pk)).latest("pk")
    assert latest.content["content_warning"] == "abuse"
    assert "sensitive_subjects" not in latest.content
    # "Alcohol and drugs" was a warning before; it is not a warning subject any more.
    old_article.objects.filter(pk=tree["article"].pk).update(content_warning="substances")

    migrator.loader.build_graph()
    migrator.migrate([MIGRATION])
    assert ArticlePage.objects.get(pk=article.pk).sensitive_subjects == ["abuse"]
    assert ArticlePage.objects.get(pk=tree["article"].pk).sensitive_subjects == []
    revision = Revision.objects.filter(object_id=str(article.pk)).latest("pk")
    assert revision.content["sensitive_subjects"] == ["abuse"]
    assert "content_warning" not in revision.content
    # Publishing the old revision again, and syncing a translation, keep the warning.
    assert revision.as_object().sensitive_subjects == ["abuse"]
    source = TranslationSource.objects.get(object_id=article.translation_key)
    assert source.as_instance().sensitive_subjects == ["abuse"]
    assert Page.objects.get(pk=article.pk).specific.has_content_warning
