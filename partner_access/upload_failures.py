"""A failed upload in the admin (full disk, unwritable media, object storage down).

Without this the editor gets a bare server error and, for a view that wrote to the database
before the file, may be left with half a record. Admin POSTs run in one transaction here; when
saving a file fails, the transaction is rolled back and the editor gets a clear message on the
page they came from (or, for the multiple-file uploader, the JSON error it displays).
"""

import logging

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _

from core.middleware import is_admin_path

logger = logging.getLogger(__name__)


def storage_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError]
    try:  # S3-compatible storage through django-storages, when installed.
        from botocore.exceptions import BotoCoreError, ClientError

        errors += [BotoCoreError, ClientError]
    except ImportError:
        pass
    return tuple(errors)


STORAGE_ERRORS = storage_errors()


class AdminUploadFailureMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.FILES and is_admin_path(request.path_info):
            with transaction.atomic():
                return self.get_response(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (request.FILES and isinstance(exception, STORAGE_ERRORS)):
            return None
        if not is_admin_path(request.path_info):
            return None
        transaction.set_rollback(True)
        # The reason goes to the operators' log; editors get words they can act on.
        logger.error("Saving an uploaded file failed: %s", exception)
        message = _(
            "The file could not be saved: the storage for uploads is full or not writable. "
            "Nothing was saved. Please try again later or tell the site administrators."
        )
        if "multiple" in request.path_info:
            return JsonResponse({"success": False, "error_message": message})
        messages.error(request, message)
        return HttpResponseRedirect(request.get_full_path())
