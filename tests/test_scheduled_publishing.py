"""Scheduled publishing: `manage.py publish_scheduled` (run by cron, docs/operations.md) makes a
due page live and readers see it through the caches; go-live times are entered and shown in the
editor's time zone (countries.partner_time_zones, WAGTAIL_USER_TIME_ZONES)."""

import datetime as dt
import re
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from core.partners import load_partners
from countries.partner_time_zones import apply_partner_time_zones
from tests import factories
from tests.partner_world import login, make_user, partner, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_admin_editing import article_form
from tests.utils import soup, text_of

UTC = dt.UTC


def schedule(article, go_live_at):
    """Publish with a go-live time, as the admin's "Publish" does for a scheduled page."""
    article.go_live_at = go_live_at
    revision = article.save_revision()
    revision.publish()
    return revision


def make_due(revision):
    """What the passing of time does to a scheduled revision: its go-live is now in the past."""
    past = timezone.now() - dt.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])


def latest_titles(client, home):
    return [text_of(a) for a in soup(client.get(home.url)).select(".card__title a")]


def test_publish_scheduled_makes_a_due_page_live_and_readers_see_it(client, tree):
    article = factories.ArticlePageFactory(
        parent=tree["partner"], title="Saturday's article", live=False
    )
    revision = schedule(article, timezone.now() + dt.timedelta(hours=1))
    article.refresh_from_db()
    assert not article.live
    assert "Saturday's article" not in latest_titles(client, tree["home"])
    # The home page is now in the whole-page cache.
    assert client.get(tree["home"].url)["X-Page-Cache"] == "hit"

    call_command("publish_scheduled", stdout=StringIO())  # not due yet
    article.refresh_from_db()
    assert not article.live

    make_due(revision)
    call_command("publish_scheduled", stdout=StringIO())
    article.refresh_from_db()
    assert article.live
    assert latest_titles(client, tree["home"])[0] == "Saturday's article"
    response = client.get(article.url)
    assert response.status_code == 200
    assert text_of(soup(response).find("h1")) == "Saturday's article"


def test_a_scheduled_revision_of_a_live_page_replaces_it_when_due(client, tree):
    article = tree["article"]
    assert text_of(soup(client.get(article.url)).find("h1")) == "When anger takes over"
    article.title = "When anger takes over (revised)"
    revision = schedule(article, timezone.now() + dt.timedelta(days=1))
    # Until it is due, readers keep the published version.
    assert text_of(soup(client.get(article.url)).find("h1")) == "When anger takes over"
    make_due(revision)
    call_command("publish_scheduled", stdout=StringIO())
    assert text_of(soup(client.get(article.url)).find("h1")) == "When anger takes over (revised)"


def test_a_tbilisi_editor_enters_ten_oclock_and_utc_stores_six(client, world):
    # A moderator: Wagtail offers the go-live time only to those who may publish.
    editor = world["users"]["sapari-moderator"]
    # Given the partner's zone on joining its group (she chose none).
    assert UserProfile.get_for_user(editor).current_time_zone == "Asia/Tbilisi"
    article = world["sapari_article"]
    login(client, editor)
    url = f"/admin/pages/{article.pk}/edit/"
    data = article_form(world, slug=article.slug, go_live_at="2027-01-15 10:00")
    data.pop("action-publish")  # saved as a draft with its go-live time
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]

    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    assert draft.go_live_at == dt.datetime(2027, 1, 15, 6, 0, tzinfo=UTC)
    # And the editor sees her own 10:00 again.
    field = re.search(r'<input[^>]*name="go_live_at"[^>]*>', client.get(url).content.decode())
    assert 'value="2027-01-15 10:00"' in field.group()


def test_a_zone_the_user_chose_is_kept_and_existing_users_get_their_partners(world):
    sapari = partner("sapari")
    chosen = make_user("traveller", [])
    profile = UserProfile.get_for_user(chosen)
    profile.current_time_zone = "Europe/Stockholm"
    profile.save()
    chosen.groups.add(*chosen.groups.model.objects.filter(name=sapari.moderators_group))
    assert UserProfile.get_for_user(chosen).current_time_zone == "Europe/Stockholm"

    moderator = world["users"]["sapari-moderator"]
    UserProfile.objects.filter(user=moderator).update(current_time_zone="")
    assert apply_partner_time_zones() == 1
    assert UserProfile.get_for_user(moderator).current_time_zone == "Asia/Tbilisi"
    # Regional administrators belong to no partner: they keep UTC unless they choose.
    admin = world["users"]["regional-admin"]
    assert UserProfile.get_for_user(admin).current_time_zone == ""


def test_every_partner_zone_is_offered_in_the_account_settings():
    assert {p.time_zone for p in load_partners()} <= set(settings.WAGTAIL_USER_TIME_ZONES)
