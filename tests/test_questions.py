"""The question box through real requests: asking every partner, references, answers, limits.

Readers: the form works without JavaScript, sets no cookie, stores no address; the reference
finds the question's state and nothing else; crisis words bring the helplines at once.
Moderators: each partner's questions reach only its queue; answering publishes a page in the
reader's language and deletes the reader's text. Everything hostile gets a 4xx with a message
and changes nothing stored.
"""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import nested_form_data, rich_text

from core.partners import load_partners
from questions import crypto
from questions.models import AnswerPage, Question, QuestionIndexPage
from tests.partner_world import login
from tests.question_helpers import (
    alerts,
    ask,
    ask_url,
    assert_no_cookie,
    look_up,
    reference_of,
    token_of,
)
from tests.question_world import ORIGIN, man_world_fixture, question_world_fixture  # noqa: F401
from tests.utils import soup, text_of

QUESTION_SV = "Hur vet jag om min flickvän verkligen vill? Vi går i samma klass på Rinkebyskolan."


def stored():
    """Everything stored about questions, to compare before and after a refused post."""
    return list(Question.objects.order_by("pk").values())


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


# Asking --------------------------------------------------------------------------------------


def test_a_question_in_each_partners_main_language_reaches_only_its_queue(client, qworld):
    for partner in load_partners():
        text = f"A question for {partner.slug}: how do I tell my friend I am not okay?"
        response = ask(client, partner.main_locale, partner.slug, text)
        assert response.status_code == 200, alerts(response)
        assert reference_of(response)
        question = Question.objects.get(partner_slug=partner.slug)
        assert question.language_code == partner.main_locale
        assert question.text == text

    for partner in load_partners():
        login(client, qworld["users"][f"{partner.slug}-moderator"])
        queue = client.get(reverse("questions_admin:index"))
        assert queue.status_code == 200
        page = queue.content.decode()
        for other in load_partners():
            shown = f"A question for {other.slug}:" in page
            assert shown == (other.slug == partner.slug), (partner.slug, other.slug)


def test_the_form_works_without_javascript_and_stores_no_address(client, man_world):
    form = client.get(ask_url("sv", "man"))
    assert form.status_code == 200
    html = soup(form)
    element = html.select_one("form[data-question-form]")
    assert element["method"] == "post"
    assert element["action"] == "/sv/questions/ask/man/"
    assert html.find("textarea", {"name": "question"})["maxlength"] == "2000"
    # Nothing from another origin, nothing inline.
    assert not html.select("script:not([src])")
    assert all(tag["src"].startswith("/static/") for tag in html.select("script[src]"))
    assert not html.select("[style]")
    assert "no-store" in form["Cache-Control"] and "private" in form["Cache-Control"]
    assert form["Referrer-Policy"] == "same-origin"

    response = ask(client, "sv", "man", QUESTION_SV, remote_addr="203.0.113.7")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    dumped = repr(stored())
    assert "203.0.113.7" not in dumped
    assert QUESTION_SV not in dumped  # encrypted at rest
    raw = bytes(Question.objects.get().text_encrypted)
    assert QUESTION_SV.encode() not in raw
    assert crypto.decrypt(raw) == QUESTION_SV


def test_the_reply_is_a_random_reference_that_finds_the_state_and_nothing_else(client, man_world):
    first = reference_of(ask(client, "sv", "man", QUESTION_SV))
    second = reference_of(ask(client, "sv", "man", QUESTION_SV))
    assert first != second
    assert len(first) == 10 and first[2] == "-" and first[6] == "-"
    # Only a keyed digest is stored, never the reference.
    assert first not in repr(stored()) and first.replace("-", "") not in repr(stored())

    response = look_up(client, "sv", first.lower().replace("-", " "))
    assert response.status_code == 200
    state = text_of(soup(response).select_one(".question-state"))
    assert state == in_language(
        "sv", "Your question has arrived and is waiting for an answer. Look again in a few days."
    )
    assert "Rinkeby" not in response.content.decode()

    unknown = look_up(client, "sv", "ZZ-ZZZ-ZZZ")
    assert unknown.status_code == 404
    assert not soup(unknown).select(".question-state")
    bad = look_up(client, "sv", "hello")
    assert bad.status_code == 400
    assert alerts(bad)


def test_crisis_words_bring_helplines_emergency_number_and_chat_at_once(client, man_world):
    response = ask(client, "sv", "man", "Jag orkar inte mer och vill ta livet av mig.")
    assert response.status_code == 200
    help_box = soup(response).select_one(".crisis-help")
    assert help_box is not None
    text = text_of(help_box)
    assert "BRIS" in text and "116 111" in text
    assert help_box.select_one('a[href="tel:112"]')
    assert help_box.select_one(f'a[href="{man_world["support_sv"].url}"]')
    # Help comes before the reference.
    html = response.content.decode()
    assert html.index("crisis-help") < html.index("data-question-reference")
    assert Question.objects.get().mentions_crisis

    calm = ask(client, "sv", "man", QUESTION_SV)
    assert not soup(calm).select_one(".crisis-help")


def test_moderators_are_told_in_their_language_without_the_text(
    client, man_world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, "sv", "man", QUESTION_SV)
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"man-moderator@example.org", "moderators+man@redefine.invalid"}
    for message in mail.outbox:
        assert "Rinkeby" not in message.body and "flickvän" not in message.body
        assert "/admin/questions/" in message.body
    to_moderator = next(m for m in mail.outbox if "man-moderator@example.org" in m.to)
    subject = in_language("sv", "%(partner)s: a new question from a reader")
    assert subject != "%(partner)s: a new question from a reader"
    assert to_moderator.subject == subject % {"partner": "MÄN"}


# Abuse control -------------------------------------------------------------------------------


def test_the_eleventh_question_in_an_hour_is_refused_and_nothing_identifying_is_kept(
    client, man_world
):
    for number in range(10):
        response = ask(client, "sv", "man", f"Fråga nummer {number}: hur säger jag nej?")
        assert response.status_code == 200, alerts(response)
    before = stored()
    refused = ask(client, "sv", "man", "Fråga nummer elva: hur säger jag nej?")
    assert refused.status_code == 429
    message = in_language(
        "sv",
        "Too many questions have been sent from your connection in the last hour. "
        "Please try again later. If you need to talk now, use the helplines below.",
    )
    assert message.startswith("För många"), message
    assert message in alerts(refused)
    assert stored() == before
    # What he wrote is still in the form.
    assert "Fråga nummer elva" in soup(refused).find("textarea").text
    # Another address may still ask.
    other = ask(client, "sv", "man", "En annan fråga om känslor.", remote_addr="198.51.100.4")
    assert other.status_code == 200

    # The address is nowhere: not in the database, not in the cache (keys or values).
    assert "127.0.0.1" not in repr(stored())
    entries = repr(dict(cache._cache)) + repr(list(cache._cache.keys()))
    assert "127.0.0.1" not in entries and "198.51.100.4" not in entries
    # The counter's key is a digest with a daily key, and it expires.
    counter_keys = [key for key in cache._cache if "questions:rate:ask" in key]
    assert len(counter_keys) == 2
    assert all(
        0 < cache._expire_info[key] - timezone.now().timestamp() <= 3600 for key in counter_keys
    )


def test_the_rate_limit_key_changes_every_day(rf):
    from questions import abuse

    request = rf.get("/", REMOTE_ADDR="203.0.113.9")
    monday = datetime.datetime(2026, 12, 7, 23, 59, tzinfo=datetime.UTC)
    tuesday = monday + datetime.timedelta(minutes=2)
    assert abuse.address_digest(request, monday) == abuse.address_digest(request, monday)
    assert abuse.address_digest(request, monday) != abuse.address_digest(request, tuesday)
    assert "203.0.113.9" not in abuse.address_digest(request, monday)


@pytest.mark.parametrize(
    "case",
    [
        "script",
        "huge",
        "invalid_utf8",
        "missing_token",
        "replayed_token",
        "foreign_origin",
        "no_origin",
        "honeypot",
        "forged_token",
        "too_short",
    ],
)
def test_hostile_input_gets_a_clear_4xx_and_loses_nothing(client, man_world, case):
    earlier = ask(client, "sv", "man", QUESTION_SV)
    assert earlier.status_code == 200
    before = stored()
    url = ask_url("sv", "man")
    token = token_of(client.get(url))
    data = {"question": "Hur pratar jag med min pappa om det?", "token": token, "website": ""}
    headers = {"HTTP_ORIGIN": ORIGIN}
    from tests.question_helpers import post_form

    if case == "script":
        data["question"] = "<script>alert(document.cookie)</script> hej hej hej"
        response = post_form(client, url, data, **headers)
        expected = 400
    elif case == "huge":
        data["question"] = "a" * 100_000
        response = post_form(client, url, data, **headers)
        expected = 413
    elif case == "invalid_utf8":
        body = f"question=%FF%FE%FDhej+hej+hej&token={token}&website="
        response = client.post(
            url, body, content_type="application/x-www-form-urlencoded", **headers
        )
        expected = 400
    elif case == "missing_token":
        data.pop("token")
        response = post_form(client, url, data, **headers)
        expected = 400
    elif case == "forged_token":
        data["token"] = token[:-4] + "AAAA"
        response = post_form(client, url, data, **headers)
        expected = 400
    elif case == "replayed_token":
        assert post_form(client, url, data, **headers).status_code == 200
        before = stored()
        response = post_form(client, url, data, **headers)
        expected = 400
    elif case == "foreign_origin":
        response = post_form(client, url, data, HTTP_ORIGIN="https://evil.example")
        expected = 403
    elif case == "no_origin":
        response = post_form(client, url, data)
        expected = 403
    elif case == "honeypot":
        data["website"] = "http://spam.example"
        response = post_form(client, url, data, **headers)
        expected = 400
    elif case == "too_short":
        data["question"] = "hej"
        response = post_form(client, url, data, **headers)
        expected = 400
    assert response.status_code == expected, (case, alerts(response))
    assert alerts(response), case
    assert all(alert for alert in alerts(response))
    assert_no_cookie(response)
    assert stored() == before
    # The refusal is in Swedish, like the page.
    assert soup(response).html["lang"] == "sv"
    assert not any(alert.isascii() and "form" in alert for alert in alerts(response)), alerts(
        response
    )


def test_a_partner_takes_questions_only_in_its_languages(client, man_world):
    assert client.get(ask_url("ka", "man")).status_code == 404
    assert client.get(ask_url("sv", "nobody")).status_code == 404
    assert client.put(ask_url("sv", "man")).status_code == 405


# Answering -----------------------------------------------------------------------------------


def answer_form(page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "question": page.question,
        "answer": rich_text(
            "<p>Fråga henne, och lyssna på svaret. Ett ja ska vara ett glatt ja.</p>"
        ),
        "seo_title": "",
        "search_description": "",
        "show_in_menus": "",
        "social_image": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    topics = fields.pop("topics", [])
    data.update(fields)
    data = nested_form_data(data)
    # A multiple choice: one value per topic (nested_form_data would number them).
    data["topics"] = topics
    return data


def test_a_moderator_answers_and_the_reader_finds_the_answer(client, man_world):
    reference = reference_of(ask(client, "sv", "man", QUESTION_SV))
    question = Question.objects.get()
    moderator = man_world["users"]["man-moderator"]
    login(client, moderator)
    detail = client.get(reverse("questions_admin:detail", args=[question.pk]))
    assert QUESTION_SV in detail.content.decode()
    edited = "Hur vet jag om min flickvän verkligen vill?"
    response = client.post(
        reverse("questions_admin:detail", args=[question.pk]),
        {"action": "answer", "title": "Hur vet jag om hon vill?", "question": edited},
    )
    assert response.status_code == 302
    page = AnswerPage.objects.get()
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.locale.language_code == "sv"
    assert not page.live
    index_page = page.get_parent().specific
    assert isinstance(index_page, QuestionIndexPage) and index_page.live
    assert index_page.get_parent().pk == man_world["partner_sv"].pk
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERING
    client.logout()
    assert text_of(soup(look_up(client, "sv", reference)).select_one(".question-state")) == (
        in_language("sv", "Someone is writing the answer to your question.")
    )

    login(client, moderator)
    topic = man_world["topic"]
    published = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        answer_form(page, topics=[str(topic.pk)]),
    )
    assert published.status_code == 302, published.content.decode()[-2000:]
    page.refresh_from_db()
    assert page.live
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.text_encrypted == b"" or bytes(question.text_encrypted) == b""
    client.logout()

    # Live in Swedish, with the edited question only.
    live = client.get(page.url)
    assert live.status_code == 200
    assert page.url.startswith("/sv/")
    html = live.content.decode()
    assert edited in html and "Rinkebyskolan" not in html
    assert_no_cookie(live)

    # By reference.
    found = look_up(client, "sv", reference)
    link = soup(found).select_one(".question-state a")
    assert link["href"] == page.url
    # By search.
    results = client.get("/sv/search/", {"q": "flickvän"})
    assert page.url in results.content.decode()
    # From the article and the topic page of its topic.
    man_world["article_sv"].save_revision().publish()
    assert page.url in client.get(man_world["article_sv"].url).content.decode()
    assert page.url in client.get(man_world["topic_page_sv"].url).content.decode()


def test_a_rejected_question_loses_its_text_at_once(client, man_world):
    reference = reference_of(ask(client, "sv", "man", QUESTION_SV))
    question = Question.objects.get()
    login(client, man_world["users"]["man-moderator"])
    response = client.post(
        reverse("questions_admin:detail", args=[question.pk]), {"action": "reject"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.REJECTED and bytes(question.text_encrypted) == b""
    client.logout()
    state = text_of(soup(look_up(client, "sv", reference)).select_one(".question-state"))
    assert state == in_language(
        "sv",
        "We could not answer this question on the site. If you want to talk about it, "
        "the chat and the helplines are there for you.",
    )


# Retention and keys --------------------------------------------------------------------------


def test_expired_questions_are_gone_from_the_database(client, man_world):
    for _number in range(4):
        ask(client, "sv", "man", QUESTION_SV)
    old, recent, answered_old, answered_older = Question.objects.order_by("pk")
    today = timezone.localdate()
    Question.objects.filter(pk=old.pk).update(received_on=today - datetime.timedelta(days=30))
    Question.objects.filter(pk=recent.pk).update(received_on=today - datetime.timedelta(days=29))
    Question.objects.filter(pk__in=[answered_old.pk, answered_older.pk]).update(
        status=Question.Status.ANSWERED, text_encrypted=b""
    )
    Question.objects.filter(pk=answered_old.pk).update(
        received_on=today - datetime.timedelta(days=45)
    )
    Question.objects.filter(pk=answered_older.pk).update(
        received_on=today - datetime.timedelta(days=90)
    )

    call_command("expire_questions", stdout=__import__("io").StringIO())

    assert set(Question.objects.values_list("pk", flat=True)) == {recent.pk, answered_old.pk}


def test_production_needs_its_own_key(client, man_world, settings):
    from django.core.checks import run_checks

    settings.QUESTIONS_DERIVE_KEY = False
    settings.QUESTIONS_ENCRYPTION_KEYS = []
    errors = [e.id for e in run_checks(include_deployment_checks=True)]
    assert "questions.E001" in errors
    closed = client.get(ask_url("sv", "man"))
    assert closed.status_code == 503
    assert not soup(closed).select("form[data-question-form]")

    from cryptography.fernet import Fernet

    settings.QUESTIONS_ENCRYPTION_KEYS = ["not a key"]
    assert "questions.E001" in [e.id for e in run_checks(include_deployment_checks=True)]
    settings.QUESTIONS_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    assert "questions.E001" not in [e.id for e in run_checks(include_deployment_checks=True)]
    assert ask(client, "sv", "man", QUESTION_SV).status_code == 200
    # A second key in front (rotation) still reads what the first encrypted.
    settings.QUESTIONS_ENCRYPTION_KEYS = [
        Fernet.generate_key().decode(),
        *settings.QUESTIONS_ENCRYPTION_KEYS,
    ]
    assert Question.objects.get().text == QUESTION_SV


# Where readers find it ---------------------------------------------------------------------


def test_support_and_country_pages_offer_ask_a_question(client, man_world):
    for page, language in (
        (man_world["support_sv"], "sv"),
        (man_world["country_sv"], "sv"),
        (man_world["support"], "en"),
        (man_world["country"], "en"),
    ):
        response = client.get(page.url)
        links = [a["href"] for a in soup(response).select(".ask-question a")]
        assert f"/{language}/questions/ask/man/" in links, (page.url, links)
        assert f"/{language}/questions/answer/" in links


def test_the_form_costs_few_queries(client, man_world, django_assert_max_num_queries):
    client.get(ask_url("sv", "man"))
    with django_assert_max_num_queries(4):
        assert client.get(ask_url("sv", "man")).status_code == 200
