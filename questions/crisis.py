"""Whether a reader's question mentions a crisis: the one place the question box asks.

`mentions_crisis(text, language_code)` is all the rest of the app calls. The words here are a
small stand-in list per locale, lower-cased stems matched as *prefixes* of the words the reader
wrote, so that one stem covers a word's forms ("suicid" finds suicide, suicidal; "самоубийств"
every case of самоубийство). An entry of several stems matches consecutive words ("kill myself",
"ta livet"). The reader's language and English are both checked: boys often mix them.

A false alarm costs nothing (the reply page shows the helplines, the emergency number and an open
chat, which every reader may see); a miss would, so the stems are generous.

The editors' own lists count as well: the crisis words each language keeps for the search
(search.models.CrisisWords, matched by search.crisis.is_crisis_query, read once per content
generation). A question matches when either says so: a word editors add reaches the question
box at once, and the stems here stay as the floor that no edit of a list can take away.
"""

import re

from django.conf import settings

# Lower-case stems; a tuple is a phrase of consecutive words.
CRISIS_STEMS: dict[str, tuple] = {
    "en": (
        "suicid",
        ("kill", "myself"),
        ("end", "my", "life"),
        ("want", "to", "die"),
        ("hurt", "myself"),
        ("hurting", "myself"),
        ("cut", "myself"),
        ("cutting", "myself"),
        "self-harm",
        ("self", "harm"),
        "rape",
        "raping",
        "abus",
        "molest",
        ("beats", "me"),
        ("hits", "me"),
        "overdos",
    ),
    "sv": (
        "självmord",
        ("ta", "livet"),
        ("vill", "dö"),
        ("skada", "mig"),
        ("skär", "mig"),
        "självskad",
        "våldt",
        "våldtag",
        "misshand",
        "övergrepp",
        ("slår", "mig"),
        "överdos",
    ),
    "ka": (
        "თვითმკვლელ",
        ("თავს", "მოვიკლავ"),
        ("თავის", "მოკვლა"),
        ("მინდა", "მოვკვდე"),
        "გაუპატიურ",
        "გააუპატიურ",
        "გამაუპატიურ",
        "ძალადობ",
        "მცემს",
        "მირტყამს",
        ("თავს", "ვიზიანებ"),
    ),
    "hy": (
        "ինքնասպան",
        ("ինձ", "սպանել"),
        ("ուզում", "եմ", "մեռնել"),
        ("ուզում", "եմ", "մահանալ"),
        "բռնաբար",
        "բռնությ",
        "ծեծում",
        ("ինձ", "վնասել"),
    ),
    "ro": (
        "sinucid",
        ("să", "mă", "omor"),
        ("vreau", "să", "mor"),
        ("să", "mă", "rănesc"),
        ("mă", "tai"),
        "viol",
        "abuz",
        ("mă", "bate"),
        "supradoz",
    ),
    "ru": (
        "суицид",
        "самоубийств",
        ("покончить", "с", "собой"),
        ("убить", "себя"),
        ("хочу", "умереть"),
        ("режу", "себя"),
        "изнасил",
        "насили",
        ("бьёт", "меня"),
        ("бьет", "меня"),
        "передозир",
    ),
    "be": (
        "суіцыд",
        "самагубств",
        ("забіць", "сябе"),
        ("хачу", "памерці"),
        ("раблю", "сабе", "балюча"),
        "згвалт",
        "гвалт",
        ("б'е", "мяне"),
        ("б’е", "мяне"),
        ("мяне", "б'е"),
        ("мяне", "б’е"),
        "перадазіроў",
    ),
}

# Letters, marks and digits, and an apostrophe or hyphen inside a word (Belarusian б'е, self-harm).
WORD = re.compile(r"[\w\u0300-\u036f]+(?:['’\-][\w\u0300-\u036f]+)*")


def words_of(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def _matches(words: list[str], stems) -> bool:
    for stem in stems:
        phrase = (stem,) if isinstance(stem, str) else stem
        length = len(phrase)
        for start in range(len(words) - length + 1):
            if all(words[start + i].startswith(phrase[i]) for i in range(length)):
                return True
    return False


def mentions_crisis(text: str, language_code: str) -> bool:
    """Whether `text` (in `language_code`) uses a crisis word of that language or English."""
    if not text:
        return False
    from search.crisis import is_crisis_query

    words = words_of(text)
    codes = dict.fromkeys([language_code, settings.LANGUAGE_CODE])
    if any(_matches(words, CRISIS_STEMS.get(code, ())) for code in codes):
        return True
    return is_crisis_query(text, language_code)
