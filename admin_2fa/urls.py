"""Mounted at /admin/2fa/ (site_config/urls.py): inside the admin, so the admin's CSP applies and
the page cache and the reader cookie rule leave these pages alone."""

from django.urls import path

from admin_2fa import views

urlpatterns = [
    path("verify/", views.VerifyView.as_view(), name="admin_2fa_verify"),
    path("setup/", views.SetupView.as_view(), name="admin_2fa_setup"),
    path("disable/", views.DisableView.as_view(), name="admin_2fa_disable"),
]
