"""Crisis words (a translatable snippet, one list per language) and, on PostgreSQL, the words
each page is indexed with, for "Did you mean …?" (search.vocabulary)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

from search.crisis import parse_words

MAX_WORD_LENGTH = 64


# Registered in wagtail_hooks.py, with translator-aware permissions.
class CrisisWords(TranslatableMixin, models.Model):
    """Words that tell the search a reader may be in danger: it then shows the helplines first.

    One list per language, written for that language with the forms readers type (a
    translation of the English list is a start, not the answer). A query matches when one of
    its words, or a run of its words, has the same stem as an entry (search.crisis).
    """

    words = models.TextField(
        _("crisis words"),
        help_text=_(
            "Words and phrases, separated by commas or on lines of their own, for example: "
            "suicide, kill myself, self-harm, rape, want to die. Add the forms readers type "
            "(plural, other cases, slang, common misspellings): a search that contains one "
            "of them shows the helplines and the emergency number above the results."
        ),
    )

    panels = [
        HelpPanel(
            _(
                "Searches in this language that contain one of these words show the country's "
                "helplines and emergency number first. The English list is used in every "
                "language as well."
            )
        ),
        FieldPanel("words"),
    ]
    translatable_fields = [TranslatableField("words")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("crisis words")
        verbose_name_plural = _("crisis words")

    def __str__(self):
        return _("Crisis words (%(language)s)") % {"language": self.locale.get_display_name()}

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        too_long = [word for word in parse_words(self.words) if len(word) > MAX_WORD_LENGTH]
        if not parse_words(self.words):
            raise ValidationError({"words": _("Enter at least one word.")})
        if too_long:
            raise ValidationError(
                {
                    "words": _(
                        "“%(word)s” is too long for a word or phrase (at most %(limit)s "
                        "characters). Separate words with commas."
                    )
                    % {"word": too_long[0][:80], "limit": MAX_WORD_LENGTH}
                }
            )


class IndexedWord(models.Model):
    """A word of a page's indexed text, on PostgreSQL: the vocabulary "Did you mean" picks from.

    Kept by the PostgreSQL back end whenever it indexes a page (search.vocabulary); a page's
    rows go with the page. Which pages a reader may be shown is decided when suggesting, as for
    results (live, public, not an alias), so a draft's or a private page's words never show.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    word = models.CharField(max_length=MAX_WORD_LENGTH)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "word"], name="site_search_word_once_a_page")
        ]

    def __str__(self):
        return self.word
