"""Notice that a request failed because the database could not be reached.

Django turns an exception raised anywhere below a middleware into a 500 response before that
middleware sees it, so the middleware cannot catch it. It does send `got_request_exception` from
inside its `except` block: the receiver marks the request there, and
page_cache.middleware.PageCacheMiddleware swaps the 500 for a stale page or a 503.
"""

import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError

DATABASE_UNAVAILABLE = "_page_cache_database_unavailable"


def is_database_unavailable_error(exc: BaseException | None) -> bool:
    # OperationalError: refused or dropped connections, server shutting down, timeouts.
    # InterfaceError: a connection that was closed under us. Other database errors are bugs and
    # stay 500s.
    while exc is not None:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def mark_database_unavailable(sender, request=None, **kwargs) -> None:
    if request is not None and is_database_unavailable_error(sys.exc_info()[1]):
        setattr(request, DATABASE_UNAVAILABLE, True)


got_request_exception.connect(mark_database_unavailable, dispatch_uid="page-cache-database-down")
