"""The one rule for content warnings on articles.

An article says which sensitive subjects it talks about (`ArticlePage.sensitive_subjects`):
violence, sexual violence, abuse, self-harm, suicide. The warning readers see is derived from that
answer and nothing else: an article with at least one subject always shows a warning naming them,
one without shows none. There is no separate "show a warning" switch that could disagree.

Editors must give the answer before they publish or submit an article for review (a draft may
wait): they tick each subject, or "None of these". So a warning is never missing because nobody
thought about it. The answer is synchronised to every translation and translators cannot change
it, so an article warns in every language or in none.

This module must not render anything: templates use `ArticlePage.has_content_warning` and
`content_warning_text`.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

NONE_OF_THESE = "none"


class SensitiveSubject(models.TextChoices):
    VIOLENCE = "violence", _("Violence")
    SEXUAL_VIOLENCE = "sexual-violence", _("Sexual violence")
    ABUSE = "abuse", _("Abuse")
    SELF_HARM = "self-harm", _("Self-harm")
    SUICIDE = "suicide", _("Suicide")


SUBJECT_ORDER = {value: position for position, value in enumerate(SensitiveSubject.values)}


def ordered_subjects(values) -> list[str]:
    """The subjects in their fixed order, each once, so that every translation says the same."""
    return sorted(set(values), key=SUBJECT_ORDER.__getitem__)


def validate_sensitive_subjects(value):
    """Model-level check for whatever sets the field in code (imports, the demo loader)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(_("Sensitive subjects must be a list of subject names."))
    unknown = sorted(set(value) - set(SensitiveSubject.values))
    if unknown:
        raise ValidationError(
            _("Unknown sensitive subject: %(subjects)s."),
            params={"subjects": ", ".join(unknown)},
        )


def subject_labels(values) -> list[str]:
    """The subjects' names in the active language, in lower case for running text.

    A value that is not a subject (only possible in data that skipped validation) is left out
    rather than failing the page."""
    known = [value for value in values if value in SUBJECT_ORDER]
    return [str(SensitiveSubject(value).label).lower() for value in ordered_subjects(known)]


def join_subjects(labels: list[str]) -> str:
    """ "violence", "violence and abuse", "violence, abuse and suicide" in the active language."""
    if len(labels) < 2:
        return "".join(labels)
    return gettext("%(subjects)s and %(last)s") % {
        "subjects": ", ".join(labels[:-1]),
        "last": labels[-1],
    }


class SensitiveSubjectsField(forms.MultipleChoiceField):
    """Tick each subject, or "None of these": an answer is required to publish or submit."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("This article talks about"))
        kwargs.setdefault(
            "help_text",
            _(
                "Tick each subject the article deals with, or “None of these”. Readers see a "
                "content warning naming the ticked subjects before the text, in every language "
                "of the article."
            ),
        )
        super().__init__(
            choices=[*SensitiveSubject.choices, (NONE_OF_THESE, _("None of these"))],
            error_messages={
                "required": _(
                    "Say what this article talks about before you publish it or submit it for "
                    "review: tick each sensitive subject it deals with, or “None of these”."
                )
            },
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if NONE_OF_THESE in value and len(value) > 1:
            raise ValidationError(
                _("“None of these” cannot go with a subject: untick it, or untick the subjects."),
                code="none_and_subjects",
            )
        return ordered_subjects(item for item in value if item != NONE_OF_THESE)


class ArticlePageForm(WagtailAdminPageForm):
    sensitive_subjects = SensitiveSubjectsField(required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        # An article published before has given its answer; without a subject that answer was
        # "None of these". A new article, or a draft that was never published (a draft may be
        # saved without the answer), starts with nothing ticked: the editor has to choose.
        if instance.first_published_at is not None and not instance.sensitive_subjects:
            self.initial["sensitive_subjects"] = [NONE_OF_THESE]

    def clean(self):
        cleaned_data = super().clean()
        subjects = cleaned_data.get("sensitive_subjects")
        note = (cleaned_data.get("content_warning_note") or "").strip()
        if note and subjects == [] and not self.is_deferred_validation:
            self.add_error(
                "content_warning_note",
                _(
                    "A note only shows with a content warning. Tick the subjects the article "
                    "talks about, or clear the note."
                ),
            )
        return cleaned_data
