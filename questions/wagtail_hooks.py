"""Admin hooks of the question box: the queue's URLs and menu item, the dashboard panel, and
the log actions that put "rejected" and "answer started" in the Site history.

The menu item and the panel show only to those who read the questions (questions.access):
a partner's moderators, for their partner, and regional administrators.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from questions import access, admin_views
from questions.models import Question


@hooks.register("register_admin_urls")
def register_question_urls():
    return [path("questions/", include(admin_views, namespace="questions_admin"))]


class QuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return QuestionsMenuItem(
        _("Questions from readers"),
        reverse("questions_admin:index"),
        icon_name="help",
        order=250,
    )


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    actions.register_action(
        admin_views.REJECT_ACTION, _("Reject question"), _("Question rejected, its text deleted")
    )
    actions.register_action(
        admin_views.ANSWER_ACTION, _("Start answer"), _("Answer page started for a question")
    )


class WaitingQuestionsPanel(Component):
    name = "waiting_questions"
    template_name = "questions/admin/waiting_panel.html"
    order = 95  # with the numbers to verify, above the review panels

    def __init__(self, counts):
        self.counts = counts

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["new"] = self.counts.get(Question.Status.NEW, 0)
        context["answering"] = self.counts.get(Question.Status.ANSWERING, 0)
        context["crisis"] = self.counts.get("crisis", 0)
        context["queue_url"] = reverse("questions_admin:index")
        return context


@hooks.register("construct_homepage_panels")
def add_waiting_questions_panel(request, panels):
    if not access.may_moderate(request.user):
        return
    counts = {}
    waiting = access.questions_for(request.user).filter(
        status__in=(Question.Status.NEW, Question.Status.ANSWERING)
    )
    for status, crisis in waiting.values_list("status", "mentions_crisis"):
        counts[status] = counts.get(status, 0) + 1
        counts["crisis"] = counts.get("crisis", 0) + crisis
    if counts:
        panels.append(WaitingQuestionsPanel(counts))
