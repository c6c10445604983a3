"""Reader URLs of the question box, inside the language prefix (site_config/urls.py)."""

from django.urls import path

from questions import views

app_name = "questions"
urlpatterns = [
    path("ask/<slug:partner_slug>/", views.ask, name="ask"),
    path("answer/", views.lookup, name="lookup"),
]
