"""Crisis-aware search: does a query say the reader may be in danger, and which help to show.

- `is_crisis_query(query, language)`: the query contains a crisis word of the language's list
  or of the default language's list (search.models.CrisisWords), compared after normalisation
  and stemming (core.word_forms): a word with the same stem, a word that starts with a long
  entry (Swedish compounds: "självmordstankar" contains "självmord"), a run of words with the
  same stems as a phrase ("want to die", "хачу памерці"), or a near miss of a long entry
  ("sucide"). The lists are read once per content generation (the fragment cache): a search
  costs no query for them.
- `matching_entries(query, help_by_country)`: helplines and emergency numbers whose name,
  label or number the query names ("Självmordslinjen", "BRIS", "112").

Nothing here stores or logs the query.
"""

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

from core.fragments import cached
from core.word_forms import normalise, stem, words
from support.country_help import CountryHelp

SEPARATORS = re.compile(r"[,;\n\r]+")
# Entries at least this long also match the start of a word (compounds, endings a stemmer misses).
MIN_PREFIX_LENGTH = 5
# Entries at least this long also match a word this similar (difflib's ratio): typing errors.
MIN_FUZZY_LENGTH = 6
FUZZY_RATIO = 0.85
MIN_DIGITS = 3


def parse_words(text: str) -> list[str]:
    """The entries of a crisis-word list: separated by commas, semicolons or lines, once each."""
    seen = []
    for entry in SEPARATORS.split(text or ""):
        entry = " ".join(entry.split())
        if entry and entry not in seen:
            seen.append(entry)
    return seen


@dataclass(frozen=True)
class CrisisMatcher:
    language: str
    phrases: tuple[tuple[str, ...], ...]  # stemmed, several words
    singles: frozenset[str]  # stemmed single words
    prefixes: tuple[str, ...]  # normalised single words long enough to match a word's start
    near: tuple[str, ...]  # normalised single words long enough for a near miss

    @classmethod
    def build(cls, language: str, entries: tuple[str, ...]) -> "CrisisMatcher":
        phrases, singles, prefixes, near = [], set(), set(), set()
        for entry in entries:
            entry_words = words(entry)
            if len(entry_words) > 1:
                phrases.append(tuple(stem(word, language) for word in entry_words))
            elif entry_words:
                word = entry_words[0]
                singles.add(stem(word, language))
                for form in (word, stem(word, language)):
                    if len(form) >= MIN_PREFIX_LENGTH:
                        prefixes.add(form)
                if len(word) >= MIN_FUZZY_LENGTH:
                    near.add(word)
        return cls(language, tuple(phrases), frozenset(singles), tuple(prefixes), tuple(near))

    def matches(self, query_words: list[str]) -> bool:
        query_stems = [stem(word, self.language) for word in query_words]
        if any(word_stem in self.singles for word_stem in query_stems):
            return True
        if any(word.startswith(self.prefixes) for word in query_words if self.prefixes):
            return True
        for phrase in self.phrases:
            size = len(phrase)
            if any(
                tuple(query_stems[i : i + size]) == phrase
                for i in range(len(query_stems) - size + 1)
            ):
                return True
        return any(
            difflib.SequenceMatcher(None, word, entry).ratio() >= FUZZY_RATIO
            for word in query_words
            if len(word) >= MIN_FUZZY_LENGTH - 1
            for entry in self.near
            if abs(len(entry) - len(word)) <= 2
        )


@lru_cache(maxsize=64)
def _matcher(language: str, entries: tuple[str, ...]) -> CrisisMatcher:
    return CrisisMatcher.build(language, entries)


def crisis_entries(language: str) -> dict[str, tuple[str, ...]]:
    """{language: entries} of the language's lists and the default language's, cached."""
    from search.models import CrisisWords

    languages = sorted({language, settings.LANGUAGE_CODE})

    def build():
        found = {code: [] for code in languages}
        rows = CrisisWords.objects.filter(locale__language_code__in=languages).values_list(
            "locale__language_code", "words"
        )
        for code, text in rows.order_by("pk"):
            found[code].extend(entry for entry in parse_words(text) if entry not in found[code])
        return {code: tuple(entries) for code, entries in found.items()}

    return cached("crisis-words", build, "-".join(languages))


def is_crisis_query(query: str, language: str) -> bool:
    query_words = words(query)
    if not query_words:
        return False
    return any(
        _matcher(code, entries).matches(query_words)
        for code, entries in crisis_entries(language).items()
        if entries
    )


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def _names(query_words: list[str], text: str) -> bool:
    """Whether a word of the query (3 letters or more) is a word of `text`, or the start of one
    (4 letters or more)."""
    text_words = words(text)
    return any(
        word == text_word or (len(word) >= 4 and text_word.startswith(word))
        for word in query_words
        if len(word) >= 3
        for text_word in text_words
    )


def matching_entries(query: str, help_by_country: list[CountryHelp]) -> list[CountryHelp]:
    """The helplines and emergency numbers the query names, by country (empty: none)."""
    query_words = [word for word in words(query) if not word.isdigit()]
    digits = [_digits(part) for part in re.split(r"[^\d\s\-]+", normalise(query))]
    digits = [number for number in digits if len(number) >= MIN_DIGITS]
    found = []
    for country_help in help_by_country:
        helplines = [
            helpline
            for helpline in country_help.helplines
            if _names(query_words, helpline.name) or _digits(helpline.phone_number) in digits
        ]
        emergency_numbers = [
            emergency
            for emergency in country_help.emergency_numbers
            if _names(query_words, emergency.label) or _digits(emergency.number) in digits
        ]
        matched = CountryHelp(country_help.country, helplines, emergency_numbers)
        if matched:
            found.append(matched)
    return found
