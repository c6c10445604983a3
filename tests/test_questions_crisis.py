"""`questions.crisis.mentions_crisis`: crisis words in every locale, in their word forms.

Its own stems and the editors' crisis words of the search (search.models.CrisisWords, the demo's
lists here) both count; these sentences must keep passing either way: they are how boys write.
"""

import pytest
from wagtail.models import Locale

from demo.data.crisis_words import CRISIS_WORDS
from questions.crisis import mentions_crisis
from search.models import CrisisWords

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


@pytest.fixture
def editors_lists(locales):
    """The demo's crisis words, as editors keep them for the search, in every language."""
    for code, locale in locales.items():
        CrisisWords.objects.create(locale=locale, words=CRISIS_WORDS[code])


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), CRISIS)
def test_crisis_words_are_found_in_their_forms(language, text):
    assert mentions_crisis(text, language)


@pytest.mark.parametrize(("language", "text"), CRISIS)
def test_with_the_editors_lists_too(editors_lists, language, text):
    assert mentions_crisis(text, language)


@pytest.mark.parametrize(("language", "text"), CALM)
def test_everyday_questions_are_not_crisis(editors_lists, language, text):
    assert not mentions_crisis(text, language)


def test_a_word_editors_add_to_the_search_list_reaches_the_question_box(locales):
    question = "Alla i klassen mobbar mig varje dag"
    assert not mentions_crisis(question, "sv")
    CrisisWords.objects.create(locale=locales["sv"], words="mobbning, mobbar")
    # Saving a snippet raises the content generation (core.signals): the cached list is renewed.
    assert mentions_crisis(question, "sv")
    CrisisWords.objects.filter(locale=Locale.objects.get(language_code="sv")).delete()
    assert not mentions_crisis(question, "sv")


@pytest.mark.django_db
def test_words_are_matched_from_their_start_only():
    # "abus" is a crisis stem; "bus" inside another word is not a match for anything.
    assert not mentions_crisis("I missed the bus", "en")
    assert not mentions_crisis("Jag hörde en låt om mord", "sv")
