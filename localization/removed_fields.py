"""Forget wagtail-localize's segments of a field that a migration removes.

wagtail-localize keeps a translation source's strings as segments, each naming the field it
came from. Once the field is gone, publishing, previewing or editing a translation of that
source fails with `FieldDoesNotExist` until someone syncs the source again: the segment still
names the field (`segments/ingest.py` looks it up unguarded; wagtail/wagtail-localize#590,
fix proposed in wagtail/wagtail-localize#955). A migration that removes a translatable field
calls `forget_field_segments` in a RunPython step, so that no source is left naming it.

Remove this module (and make the RunPython steps no-ops) once wagtail-localize skips segments
of fields that no longer exist.
"""

SEGMENT_MODELS = ("StringSegment", "TemplateSegment", "RelatedObjectSegment", "OverridableSegment")


def forget_field_segments(apps, app_label: str, model_name: str, field_name: str) -> int:
    """Delete the segments of `field_name` from every translation source of the model.

    Uses the migration's historical models (`apps`); returns how many segments went.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label=app_label, model=model_name.lower())
    if not content_type.exists():
        return 0
    deleted = 0
    for segment_model in SEGMENT_MODELS:
        model = apps.get_model("wagtail_localize", segment_model)
        segments = model.objects.filter(source__specific_content_type__in=content_type)
        of_field = segments.filter(context__path=field_name) | segments.filter(
            context__path__startswith=f"{field_name}."
        )
        count, _by_model = of_field.delete()
        deleted += count
    return deleted
