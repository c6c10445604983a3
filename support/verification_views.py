"""The admin view that confirms a helpline's or emergency number's number (support.verification)."""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from support.number_review import user_moderates
from support.verification import verify_number

CONFIRMABLE_MODELS = {"helpline", "emergencynumber"}


def confirm_number(request, model_name, pk):
    """GET: what is being confirmed, with one button. POST: confirm it and go back."""
    if model_name not in CONFIRMABLE_MODELS:
        raise Http404
    model = apps.get_model("support", model_name)
    entry = get_object_or_404(model, pk=pk, live=True)
    if not user_moderates(request.user, entry):
        raise PermissionDenied
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    back = back or reverse(f"wagtailsnippets_support_{model_name}:list")
    if request.method == "POST":
        verify_number(entry, request.user)
        messages.success(
            request,
            _("'%(entry)s': %(number)s confirmed as correct.")
            % {"entry": entry, "number": entry.dialled_number},
        )
        return redirect(back)
    return TemplateResponse(
        request, "support/admin/confirm_number.html", {"entry": entry, "next": back}
    )
