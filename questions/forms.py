"""The reader's forms: a question, and a reference to look up. Plain HTML, no JavaScript needed."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from questions.models import QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH

# Something that looks like an HTML tag (not "<3" or "a < b").
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|javascript\s*:", re.IGNORECASE)
HONEYPOT = "website"


class QuestionForm(forms.Form):
    question = forms.CharField(
        label=_("Your question"),
        min_length=QUESTION_MIN_LENGTH,
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(
            attrs={"rows": 8, "autocomplete": "off", "aria-describedby": "question-hint"}
        ),
        error_messages={
            "required": _("Write your question first."),
            "min_length": _("Your question is very short. Tell us a little more."),
            "max_length": _("Your question is too long: at most %(limit_value)d characters."),
        },
    )
    # Hidden from people (CSS and aria-hidden); bots that fill every field fill it.
    website = forms.CharField(required=False, max_length=200)
    token = forms.CharField(widget=forms.HiddenInput, max_length=1000)

    def clean_question(self):
        text = self.cleaned_data["question"].strip()
        if MARKUP.search(text):
            raise forms.ValidationError(
                _("Write your question as plain text, without HTML or code."), code="markup"
            )
        return text


class LookupForm(forms.Form):
    reference = forms.CharField(
        label=_("Your reference"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Enter the reference you were given.")},
    )
    token = forms.CharField(widget=forms.HiddenInput, max_length=1000)
