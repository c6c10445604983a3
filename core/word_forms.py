"""Word forms: the words of a text, normalised, and their stems in each of the site's languages.

Used in two places, so that they agree:

- **the search index**, where the back end has no stemmer for a language: SQLite's FTS5 index
  (the embedded default, every language) and PostgreSQL's or OpenSearch's fallback for Georgian
  and Belarusian (`simple` / `standard`). There each page also indexes the stems of its words
  (`stems_to_index`, the `search_word_stems` field of `core.models.BasePage`), and the reader's
  query is searched with its own stems added (`with_stems`), so that "армию" finds "армия"
  and "чувств" finds "чувства" on SQLite as PostgreSQL's `russian` configuration does;
- **crisis words** (`search.crisis`), on every back end: a query and the editors' words are
  compared stem by stem.

Stemmers:

- en, sv, ru, ro, hy: Snowball (the `snowballstemmer` package: the algorithms of PostgreSQL's
  configurations);
- ka: light suffix stripping (`_georgian_stem`): postpositions, case endings, the plural;
- be: light suffix stripping (`_belarusian_stem`): noun, adjective and common verb endings.

Snowball has no Georgian or Belarusian stemmer, and Russian's is wrong for Belarusian (another
spelling: "і", "ў", "ы" after hardened consonants). The light strippers remove one ending (for
Georgian, up to three: a postposition, a case ending, a final vowel) and keep at least three
letters, so they join
the common forms of a noun ("ძალადობა", "ძალადობის", "ძალადობაზე"; "армія", "арміі",
"арміяй") and leave short words alone. They do not undo stem changes ("მეგობარი"/"მეგობრები").

This module does not touch the database.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL_LANGUAGES = {
    "en": "english",
    "sv": "swedish",
    "ru": "russian",
    "ro": "romanian",
    "hy": "armenian",
}
MIN_STEM_LENGTH = 3

WORD = re.compile(r"\w+")
# "сям'я", "п’еш": the apostrophe is part of a Belarusian (or Ukrainian, English) word.
INNER_APOSTROPHE = re.compile(r"(?<=\w)['ʼ’](?=\w)")
FOLDS = str.maketrans(
    {
        "ё": "е",  # Russian and Belarusian write "е" for "ё" more often than not
        "ş": "ș",  # Romanian: s and t with cedilla (old keyboards) are s and t with comma
        "ţ": "ț",
        "\u0301": None,  # a stress mark
    }
)


def normalise(text: str) -> str:
    """Composed, case-folded text, with the spelling variants above made one."""
    text = unicodedata.normalize("NFC", text).casefold().translate(FOLDS)
    return INNER_APOSTROPHE.sub("", text)


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def _strip_one(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:  # longest first
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LENGTH:
            return word[: -len(ending)]
    return word


def _longest_first(*endings: str) -> tuple[str, ...]:
    return tuple(sorted(set(endings), key=len, reverse=True))


BELARUSIAN_ENDINGS = _longest_first(
    # nouns (with the soft "і"- stems of армія, гісторыя)
    *("іямі", "іяй", "іях", "іям", "ія", "іі", "ію", "ій"),
    *("амі", "ямі", "ьмі", "ам", "ям", "ах", "ях", "аў", "яў", "оў", "еў", "ой", "ёй", "ай"),
    *("яй", "ем", "ём", "ом", "ею"),
    # adjectives
    *("ага", "яга", "ога", "аму", "яму", "ому", "ымі", "імі", "ыя", "ая", "яя", "ае", "яе"),
    *("ое", "ую", "юю", "ых", "іх", "ым", "ім"),
    # verbs (infinitive, present, past)
    *("цца", "ецца", "юцца", "уцца", "ішся", "ешся", "ць", "уць", "юць", "аць", "еце", "іце"),
    *("ла", "лі", "ло", "еш", "іш"),
    *("а", "я", "ы", "і", "у", "ю", "е", "о", "ё", "ь", "ў", "й"),
)
GEORGIAN_POSTPOSITIONS = _longest_first(
    "ისთვის", "ისგან", "ისკენ", "ისადმი", "იდან", "ამდე", "თვის", "გან", "კენ", "დან", "თან",
    "ში", "ზე", "ვით",
)  # fmt: skip
GEORGIAN_CASES = _longest_first(
    "ებისა", "ებით", "ების", "ებმა", "ებად", "ებს", "ები", "ებ", "ით", "ის", "ად", "მა",
    "ს", "ი", "ა", "ო", "ე",
)  # fmt: skip


def _belarusian_stem(word: str) -> str:
    return _strip_one(word, BELARUSIAN_ENDINGS)


GEORGIAN_VOWELS = ("ა", "ე", "ი", "ო")


def _georgian_stem(word: str) -> str:
    """A postposition, a case ending, then a stem's final vowel: "ძალადობაზე" → "ძალადობა" →
    "ძალადობ"; "ძალადობას" → "ძალადობა" → "ძალადობ"."""
    without_postposition = _strip_one(word, GEORGIAN_POSTPOSITIONS)
    return _strip_one(_strip_one(without_postposition, GEORGIAN_CASES), GEORGIAN_VOWELS)


LIGHT_STEMMERS = {"be": _belarusian_stem, "ka": _georgian_stem}


@lru_cache(maxsize=8)
def _snowball(language: str):
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The stem of a normalised word in a language ("" language or unknown: the word)."""
    if language in SNOWBALL_LANGUAGES:
        return _snowball(language).stemWord(word)
    if language in LIGHT_STEMMERS:
        return LIGHT_STEMMERS[language](word)
    return word


def stems(text: str, language: str) -> list[str]:
    return [stem(word, language) for word in words(text)]


def new_stems(text: str, language: str) -> list[str]:
    """The stems of the text's words that are not words of the text already, in order, once."""
    seen = set(words(text))
    found = []
    for word in words(text):
        word_stem = stem(word, language)
        if word_stem and word_stem not in seen:
            seen.add(word_stem)
            found.append(word_stem)
    return found


def with_stems(query: str, language: str) -> str:
    """The query and the stems of its words, for a back end that indexed stems (an OR search)."""
    extra = new_stems(query, language)
    return " ".join([query, *extra]) if extra else query


# What a page indexes ---------------------------------------------------------------------------


def _plain(value) -> str:
    """A search field's value as text, as django-modelsearch's indexers make it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return str(value)


def indexed_text(obj, *, exclude: str = "") -> str:
    """The text of the object's search fields (not related fields), as the index gets it."""
    from modelsearch.index import SearchField

    return " ".join(
        _plain(field.get_value(obj))
        for field in obj.get_search_fields()
        if isinstance(field, SearchField) and field.field_name != exclude
    )


def stems_to_index(obj, field_name: str) -> str:
    """For `field_name` (a search field of `obj`): the stems of the object's other search text,
    when the back end of the object's language does not stem it; else nothing."""
    language = getattr(getattr(obj, "locale", None), "language_code", "")
    if not language or not own_stems_needed(language):
        return ""
    return " ".join(new_stems(indexed_text(obj, exclude=field_name), language))


def own_stems_needed(language: str) -> bool:
    """Whether the search back end of `language` cannot stem it, so the site indexes stems."""
    from django.conf import settings
    from django.db import connection

    from core.search_backends import backend_name_for, stems_own_words

    backends = settings.WAGTAILSEARCH_BACKENDS
    params = backends.get(backend_name_for(language, backends, settings.LANGUAGE_CODE), {})
    return stems_own_words(params, connection.vendor)
