"""`load_demo_content`: the whole programme in every locale, idempotent, and every page serves.

Also what a real partner would publish: in every country, articles on suicidal thoughts and
self-harm, bullying, sexuality, and alcohol and drugs, in each of the partner's languages, with
content warnings by the one rule (articles/content_warnings.py), and no empty topic page.
"""

import re

from django.conf import settings
from wagtail.models import Locale, Site

from articles.models import ArticlePage, TopicPage
from core.partners import load_partners
from countries.models import CountryPage, PartnerPage
from home.models import HomePage
from support.models import SupportPage
from tests.demo_content.conftest import load_demo_content
from tests.factories import publish
from tests.utils import soup

MIN_ARTICLES_PER_PARTNER_AND_LOCALE = 5


def test_demo_content_builds_every_locale_country_and_partner(demo):
    languages = [code for code, _ in settings.LANGUAGES]
    homes = HomePage.objects.live()
    assert sorted(home.locale.language_code for home in homes) == sorted(languages)
    default_home = Site.objects.get(is_default_site=True).root_page
    assert default_home.locale.language_code == settings.LANGUAGE_CODE

    partners = load_partners()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    countries = CountryPage.objects.live().filter(locale=english)
    assert sorted(c.country_code for c in countries) == sorted({p.country for p in partners})
    assert len(countries) == 5

    partner_pages = PartnerPage.objects.live().filter(locale=english)
    assert sorted(page.slug for page in partner_pages) == sorted(p.slug for p in partners)
    assert len(partner_pages) == 6

    for partner in partners:
        source = PartnerPage.objects.get(slug=partner.slug, locale=english)
        assert source.get_parent().specific.country_code == partner.country, partner.slug
        for code in partner.all_locales:
            page = source.get_translation(Locale.objects.get(language_code=code))
            assert page.live, (partner.slug, code)
            articles = ArticlePage.objects.live().child_of(page)
            assert articles.count() >= MIN_ARTICLES_PER_PARTNER_AND_LOCALE, (partner.slug, code)
            supports = SupportPage.objects.live().child_of(page)
            assert supports.count() == 1, (partner.slug, code)


def test_every_country_partner_and_article_page_serves(demo, client):
    pages = [
        *CountryPage.objects.live(),
        *PartnerPage.objects.live(),
        *SupportPage.objects.live(),
        *ArticlePage.objects.live(),
    ]
    assert len(pages) > 50
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
        if isinstance(page, ArticlePage):
            # The warning shows exactly where the article's subjects say so.
            warning = soup(response).select_one("section.content-warning")
            assert (warning is not None) == bool(page.sensitive_subjects), page.url
    for home in HomePage.objects.live():
        assert client.get(home.url).status_code == 200, home.url


def test_every_partner_has_answered_questions_in_each_of_its_languages(demo, client):
    from questions.models import AnswerPage, QuestionIndexPage

    for partner in load_partners():
        for code in partner.all_locales:
            partner_page = PartnerPage.objects.get(slug=partner.slug, locale__language_code=code)
            index_page = QuestionIndexPage.objects.live().child_of(partner_page).get()
            answers = list(AnswerPage.objects.live().child_of(index_page))
            assert len(answers) >= 2, (partner.slug, code)
            assert all(answer.topics.exists() for answer in answers)
            response = client.get(index_page.url)
            assert response.status_code == 200
            assert all(answer.url in response.content.decode() for answer in answers)
            assert client.get(answers[0].url).status_code == 200


def test_second_run_creates_nothing_and_keeps_edits(demo):
    assert "objects created" in demo
    assert "(0 objects created)" not in demo

    article = ArticlePage.objects.live().order_by("path").first()
    article.title = "Edited by an editor"
    publish(article)

    again = load_demo_content()
    assert "(0 objects created)" in again
    article.refresh_from_db()
    assert article.title == "Edited by an editor"


def test_the_default_site_is_where_make_run_serves(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 8000)
    article = ArticlePage.objects.live().order_by("path").first()
    response = client.get(article.url, HTTP_HOST="localhost:8000")
    og_url = soup(response).find("meta", property="og:url")["content"]
    assert og_url.startswith("http://localhost:8000/")
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost:8000").content.decode()
    assert "<loc>http://localhost:8000/" in sitemap
    assert "http://localhost/" not in sitemap

    # `make run HOST=127.0.0.1 PORT=8123` passes its address; a later plain run keeps it.
    load_demo_content("--host", "127.0.0.1", "--port", "8123")
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert "(0 objects created)" in load_demo_content()
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


# What a real partner would publish ------------------------------------------------------------

# The article on each new subject in each country: (partner, slug). Each must be live in every
# language of its partner and, in each language, really be about the subject (WORDS below).
NEW_SUBJECTS = {
    "SE": {
        "suicidal thoughts and self-harm": ("man", "nar-allt-kanns-for-tungt"),
        "bullying": ("man", "nar-nagon-trycker-ner-dig"),
        "sexuality": ("man", "osaker-pa-vem-du-gillar"),
        "alcohol and drugs": ("man", "nar-alla-dricker-pa-festen"),
    },
    "GE": {
        "suicidal thoughts and self-harm": ("sapari", "when-there-seems-no-way-out"),
        "bullying": ("sapari", "when-they-make-you-the-target"),
        "sexuality": ("sapari", "not-sure-about-your-feelings"),
        "alcohol and drugs": ("sapari", "when-someone-offers-you-something"),
    },
    "MD": {
        "suicidal thoughts and self-harm": ("casa-marioarei", "cand-durerea-pare-prea-mare"),
        "bullying": ("casa-marioarei", "cand-esti-tinta-glumelor"),
        "sexuality": ("casa-marioarei", "intrebari-despre-cine-iti-place"),
        "alcohol and drugs": ("casa-marioarei", "vinul-de-casa"),
    },
    "BY": {
        "suicidal thoughts and self-harm": ("wrab", "when-it-all-gets-too-much"),
        "bullying": ("wrab", "when-the-class-picks-on-you"),
        "sexuality": ("wrab", "your-body-your-questions"),
        "alcohol and drugs": ("wrab", "easy-money-offer"),
    },
    "AM": {
        "suicidal thoughts and self-harm": ("sacc", "when-the-pain-inside-is-too-much"),
        "bullying": ("apy", "erb-kez-tsaghrum-en"),
        "sexuality": ("apy", "hargank-bolori-handep"),
        "alcohol and drugs": ("apy", "khmichq-ev-tmranyuter"),
    },
}
# Words that show, in each language, that an article is about the subject.
WORDS = {
    "suicidal thoughts and self-harm": {
        "en": r"ending your life|killing yourself",
        "sv": r"ta ditt liv",
        "ka": r"სიცოცხლე დაასრულ",
        "hy": r"կյանքիդ վերջ տալ",
        "ro": r"să-ți iei viața",
        "ru": r"покончить с собой",
        "be": r"пакончыць з сабой",
    },
    "bullying": {
        "en": r"bullying",
        "sv": r"mobbning",
        "ka": r"ბულინგ",
        "hy": r"բուլինգ",
        "ro": r"bullying",
        "ru": r"травл",
        "be": r"цкаванн",
    },
    "sexuality": {
        "en": r"attract|drawn to",
        "sv": r"dras till",
        "ka": r"იზიდავს",
        "hy": r"գրավում",
        "ro": r"atrage",
        "ru": r"привлека|влечени",
        "be": r"цяг[аіу]",
    },
    "alcohol and drugs": {
        "en": r"drugs",
        "sv": r"alkohol|droger",
        "ka": r"ნარკოტიკ",
        "hy": r"թմրա",
        "ro": r"droguri",
        "ru": r"наркотик",
        "be": r"наркотык",
    },
}
# The subjects an article must warn of when its text, outside the "talk to someone" box (which
# names helplines), uses these words. Only unmistakable words: the rule is that an article warns
# of what it deals with, and these say that it does.
WARNED_WORDS = {
    "suicide": {
        "en": r"suicid|\bend(ing)? (your|his|my|their) (own )?life|\bkill(ing)? (yourself|himself)",
        "sv": r"självmord|ta (ditt|sitt|mitt) liv|ta livet av",
        "ka": r"თვითმკვლელ|სუიციდ|სიცოცხლე დაასრულ|სიცოცხლის დასრულ",
        "hy": r"ինքնասպան|կյանք\w* վերջ տալ",
        "ro": r"sinucid|suicid|(iei|lua) viața",
        "ru": r"суицид|самоубийств|покончить с собой",
        "be": r"суіцыд|самагубств|пакончыць з сабой",
    },
    "self-harm": {
        "en": r"self-harm|\b(hurt|hurting|harm|harming) yourself",
        "sv": r"självskad|skada (dig|sig)",
        "ka": r"თვითდაზიან|თავი დაიზიან",
        "hy": r"ինքնավնաս",
        "ro": r"autovătăm|să-ți faci rău",
        "ru": r"самоповрежд|селфхарм",
        "be": r"самапашкодж",
    },
    "sexual-violence": {
        "en": r"sexual (violence|abuse|assault)|\brap(e|ed|ing)\b|sextortion",
        "sv": r"sexuel\w* (våld|övergrepp)|våldt",
        "ka": r"სექსუალურ\w* ძალადობ|გაუპატიურ",
        "hy": r"սեռական բռնությ|բռնաբար|սեռական շորթ",
        "ro": r"violen[țţ]\w* sexual|abuz\w* sexual|\bviol(ul|uri|at)?\b",
        "ru": r"сексуальн\w* насили|изнасил|секс-?шантаж",
        "be": r"сэксуальн\w* гвалт|згвалт|сэкс-?шантаж",
    },
}


def article_text(article, *, talk_boxes=True) -> str:
    """What a reader reads: title, summary and the body's text (optionally without the boxes)."""
    parts = [article.title, article.summary]
    for block in article.body:
        if block.block_type == "talk_to_someone" and not talk_boxes:
            continue
        parts += block.block.get_searchable_content(block.value)
    return " ".join(parts)


def partner_page(slug):
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return PartnerPage.objects.get(slug=slug, locale=english)


def test_every_country_has_articles_on_the_new_subjects_in_each_language(demo):
    partners = {partner.slug: partner for partner in load_partners()}
    assert sorted(NEW_SUBJECTS) == sorted({partner.country for partner in partners.values()})
    for country, subjects in NEW_SUBJECTS.items():
        for subject, (slug, article_slug) in subjects.items():
            partner = partners[slug]
            assert partner.country == country, (subject, slug)
            source = partner_page(slug)
            for code in partner.all_locales:
                parent = source.get_translation(Locale.objects.get(language_code=code))
                article = ArticlePage.objects.live().child_of(parent).get(slug=article_slug)
                text = article_text(article)
                assert re.search(WORDS[subject][code], text, re.IGNORECASE), (
                    country,
                    subject,
                    code,
                )
                if subject == "suicidal thoughts and self-harm":
                    assert article.sensitive_subjects == ["self-harm", "suicide"], article.url
                if subject == "bullying":
                    assert "abuse" in article.sensitive_subjects, article.url


def test_every_demo_article_on_a_warned_subject_carries_the_warning(demo):
    articles = list(ArticlePage.objects.live().select_related("locale"))
    assert len(articles) > 100
    checked = set()
    for article in articles:
        code = article.locale.language_code
        text = article_text(article, talk_boxes=False)
        found = {
            subject
            for subject, words in WARNED_WORDS.items()
            if re.search(words[code], text, re.IGNORECASE)
        }
        missing = found - set(article.sensitive_subjects)
        assert not missing, (article.url, sorted(missing))
        checked |= found
    # Guards the test itself: each kind of word was found somewhere, so the lists are in use.
    assert checked == set(WARNED_WORDS)


def test_translations_warn_exactly_as_their_source_and_equivalents_alike(demo):
    by_key = {}
    for article in ArticlePage.objects.live():
        by_key.setdefault(article.translation_key, set()).add(tuple(article.sensitive_subjects))
    assert all(len(subjects) == 1 for subjects in by_key.values())

    def subjects(slug, article_slug):
        return ArticlePage.objects.live().child_of(partner_page(slug)).get(slug=article_slug)

    # The example: SACC's sextortion article warned of nothing, Sapari's equivalent did.
    sextortion = subjects("sacc", "when-someone-threatens-your-photos")
    shared_photo = subjects("sapari", "when-a-private-photo-is-shared")
    class_chat_photo = subjects("casa-marioarei", "poza-din-grupul-clasei")
    assert sextortion.sensitive_subjects == shared_photo.sensitive_subjects == ["sexual-violence"]
    assert class_chat_photo.sensitive_subjects == ["sexual-violence"]
    # Violence at home is violence and abuse, in Moldova as in Belarus.
    assert (
        subjects("casa-marioarei", "cand-acasa-ti-e-frica").sensitive_subjects
        == subjects("wrab", "when-home-is-not-calm").sensitive_subjects
        == ["violence", "abuse"]
    )


def test_no_topic_page_is_empty_in_any_locale(demo):
    topic_pages = list(TopicPage.objects.live().select_related("locale"))
    assert len(topic_pages) == 8 * len(settings.LANGUAGES)
    empty = [
        page.url
        for page in topic_pages
        if not ArticlePage.objects.live()
        .filter(locale_id=page.locale_id, topics=page.topic_id)
        .exists()
    ]
    assert not empty
