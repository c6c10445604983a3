"""The demo content's answered questions (called by home's `load_demo_content`).

For each partner: its "Questions and answers" page in each of its languages and the answered
questions of `questions/demo_data`, English as the source and the other languages as its
translations. Idempotent, as the rest of the demo content: what exists is left alone. No reader
question is made: the queue starts empty, and `Question` rows hold only readers' own words.
"""

from questions.demo_data import ANSWERS, INDEX_TITLES
from questions.models import AnswerPage, QuestionIndexPage

SOURCE = "en"


def _publish(page):
    page.save_revision().publish()
    return page


def _translate(source, locale, **fields):
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, 0
    translation = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return _publish(translation), 1


def ensure_index(partner_page, locales, codes) -> tuple[QuestionIndexPage, int]:
    created = 0
    index_page = QuestionIndexPage.objects.child_of(partner_page).first()
    if index_page is None:
        title, intro = INDEX_TITLES[SOURCE]
        index_page = QuestionIndexPage(title=title, slug="questions", intro=intro)
        partner_page.add_child(instance=index_page)
        _publish(index_page)
        created += 1
    for code in codes:
        if code != SOURCE:
            title, intro = INDEX_TITLES[code]
            _page, made = _translate(index_page, locales[code], title=title, intro=intro)
            created += made
    return index_page, created


def ensure_demo_answers(partner, partner_page, locales, topics) -> int:
    """The partner's answered questions in every language it has; how many pages were made."""
    codes = [code for code in partner.all_locales if code in locales]
    index_page, created = ensure_index(partner_page, locales, codes)
    for entry in ANSWERS.get(partner.slug, []):
        texts = entry["texts"]
        page = index_page.get_children().filter(slug=entry["slug"]).first()
        if page is None:
            page = AnswerPage(slug=entry["slug"], **texts[SOURCE])
            index_page.add_child(instance=page)
            page.topics.set([topics[slug] for slug in entry["topics"] if slug in topics])
            _publish(page)
            created += 1
        page = page.specific
        for code in codes:
            if code != SOURCE and code in texts:
                _page, made = _translate(page, locales[code], **texts[code])
                created += made
    return created
