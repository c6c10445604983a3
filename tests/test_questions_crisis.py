"""`questions.crisis.mentions_crisis`: crisis words in every locale, in their word forms.

Whatever list the function is pointed at (its own now, the search app's editable list after the
merge), these sentences must keep passing: they are how boys write.
"""

import pytest

from questions.crisis import mentions_crisis

CRISIS = [
    ("en", "Sometimes I think about suicide."),
    ("en", "I feel SUICIDAL most nights"),
    ("en", "I just want to die"),
    ("en", "he raped me at a party"),
    ("en", "My stepfather abused me"),
    ("sv", "Jag har tänkt på självmord."),
    ("sv", "Jag vill ta livet av mig"),
    ("sv", "Han våldtog min kompis"),
    ("sv", "Min pappa slår mig när han är full"),
    ("ka", "ხშირად ვფიქრობ თვითმკვლელობაზე"),
    ("ka", "მამა მცემს ყოველ დღე"),
    ("ka", "მინდა მოვკვდე"),
    ("hy", "Մտածում եմ ինքնասպանության մասին"),
    ("hy", "Հայրս ինձ ծեծում է"),
    ("hy", "ուզում եմ մեռնել"),
    ("ro", "Mă gândesc la sinucidere"),
    ("ro", "Vreau să mor"),
    ("ro", "Tatăl meu mă bate"),
    ("ro", "A fost un viol"),
    ("ru", "Я думаю о самоубийстве"),
    ("ru", "Хочу покончить с собой"),
    ("ru", "Меня изнасиловали"),
    ("ru", "Отчим бьёт меня"),
    ("be", "Я думаю пра самагубства"),
    ("be", "Хачу памерці"),
    ("be", "Бацька б'е мяне"),
    ("be", "Яго згвалтавалі"),
    # English in another language's question.
    ("sv", "idk, I want to kill myself"),
]
CALM = [
    ("en", "How do I ask a girl out?"),
    ("en", "My skills at football are bad"),
    ("sv", "Hur pratar jag med min pappa om betyg?"),
    ("ka", "როგორ ვუთხრა მამას, რომ მუსიკა მიყვარს?"),
    ("hy", "Ինչպե՞ս խոսեմ ընկերուհուս հետ"),
    ("ro", "Cum vorbesc cu părinții despre școală?"),
    ("ru", "Как познакомиться с девушкой?"),
    ("be", "Як пагаварыць з бацькам?"),
    ("en", ""),
]


@pytest.mark.parametrize(("language", "text"), CRISIS)
def test_crisis_words_are_found_in_their_forms(language, text):
    assert mentions_crisis(text, language)


@pytest.mark.parametrize(("language", "text"), CALM)
def test_everyday_questions_are_not_crisis(language, text):
    assert not mentions_crisis(text, language)


def test_words_are_matched_from_their_start_only():
    # "abus" is a crisis stem; "bus" inside another word is not a match for anything.
    assert not mentions_crisis("I missed the bus", "en")
    assert not mentions_crisis("Jag hörde en låt om mord", "sv")
