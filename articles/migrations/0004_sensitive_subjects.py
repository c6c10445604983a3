"""Content warnings follow from the article's sensitive subjects (articles/content_warnings.py).

The single `content_warning` choice becomes the list `sensitive_subjects`. Each live page, each
of its revisions (so that publishing an older draft keeps the warning) and each wagtail-localize
source snapshot (so that syncing a translation keeps it) gets the subject its warning named.
"Alcohol and drugs" is no longer a warning subject: an article that had it gets none.
"""

import json

import articles.content_warnings
from django.db import migrations, models

SUBJECTS = {"violence", "sexual-violence", "abuse", "self-harm", "suicide"}


def subjects_for(content_warning):
    return [content_warning] if content_warning in SUBJECTS else []


def warning_for(subjects):
    return next((subject for subject in subjects or [] if subject in SUBJECTS), "")


def convert_content(content, forwards):
    """A serialised article (revision or translation source) in the new shape, or None."""
    if not isinstance(content, dict):
        return None
    if forwards:
        if "sensitive_subjects" in content:
            return None
        content["sensitive_subjects"] = subjects_for(content.pop("content_warning", ""))
    else:
        if "content_warning" in content:
            return None
        content["content_warning"] = warning_for(content.pop("sensitive_subjects", []))
    return content


def convert(apps, schema_editor, forwards=True):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ArticlePage = apps.get_model("articles", "ArticlePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="articles", model="articlepage").first()

    for page in ArticlePage.objects.all().only("pk", "content_warning", "sensitive_subjects"):
        if forwards:
            page.sensitive_subjects = subjects_for(page.content_warning)
        else:
            page.content_warning = warning_for(page.sensitive_subjects)
        page.save(update_fields=["sensitive_subjects" if forwards else "content_warning"])

    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type_id=content_type.pk).iterator():
        content = convert_content(revision.content, forwards)
        if content is not None:
            revision.content = content
            revision.save(update_fields=["content"])

    try:
        TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    for source in TranslationSource.objects.filter(
        specific_content_type_id=content_type.pk
    ).iterator():
        content = convert_content(json.loads(source.content_json), forwards)
        if content is not None:
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])


def backwards(apps, schema_editor):
    convert(apps, schema_editor, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_paragraph_document_links"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlepage",
            name="sensitive_subjects",
            field=models.JSONField(
                blank=True,
                default=list,
                validators=[articles.content_warnings.validate_sensitive_subjects],
                verbose_name="sensitive subjects",
            ),
        ),
        migrations.RunPython(convert, backwards),
        migrations.RemoveField(model_name="articlepage", name="content_warning"),
    ]
