"""The reader's search form: the query, cleaned of what no reader means to type, and two filters."""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from search.fts5_quotes import without_double_quotes

MAX_QUERY_LENGTH = 200

# Invisible characters: controls (NUL, which PostgreSQL refuses in text, tabs, ...) and format
# characters (right-to-left marks, zero-width spaces and joiners, byte-order marks).
INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
SPACES = re.compile(r"\s+")


def clean_query(raw: str) -> tuple[str, bool]:
    """The query to search for, and whether it had to be cut to MAX_QUERY_LENGTH characters.

    Unicode is composed (NFC), so that "e" + combining accent matches the indexed "é".
    """
    composed = unicodedata.normalize("NFC", raw)
    visible = "".join(
        " " if unicodedata.category(char) in INVISIBLE_CATEGORIES else char for char in composed
    )
    query = SPACES.sub(" ", without_double_quotes(visible)).strip()
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


class SearchForm(forms.Form):
    """GET parameters of /<locale>/search/. Unknown filter values are reported, then ignored."""

    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "We do not know that country, so results from every country are shown."
            )
        },
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={
            "invalid_choice": _("We do not know that topic, so results on every topic are shown.")
        },
    )

    def __init__(self, data, *, countries, topic_pages):
        super().__init__(data)
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((country.country_code, country.title) for country in countries),
        ]
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *((page.topic.slug, page.title) for page in topic_pages),
        ]
        self.query, self.query_was_trimmed = clean_query(data.get("q", ""))

    def selected(self, name: str) -> str:
        """The valid value of a filter, or "" when it is unset or unknown."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name, "")
