"""gunicorn's logger without readers' addresses or request lines (`logger_class`).

Upstream behaviour (checked with gunicorn 27.0): a malformed request is logged at *warning* level
as "Invalid request from ip=<client address>: <error>", and the error quotes the request line,
so the search words in a query string end up in the error log; an exception outside the app is
logged as "Error handling request <method> <uri>". The access log, when an operator turns it on,
defaults to the combined format with the client's address, the request line and the referrer.

`PrivateLogger` keeps what an operator needs (that it happened, when, and the traceback) and
drops who and what: the warning becomes "Invalid request (client address and request line not
logged)", the exception message loses its URI, and access-log lines only have the time, method,
path without query string, status, size and duration whatever `access_log_format` asks for.
"""

from gunicorn.glogging import Logger

INVALID_REQUEST_PREFIX = "Invalid request from ip="
ERROR_HANDLING_PREFIX = "Error handling request"
# Access-log atoms that say nothing about who the reader is or what they searched for.
ANONYMOUS_ATOMS = {"t", "m", "U", "s", "B", "b", "L", "M", "D", "T", "p", "H"}


class PrivateLogger(Logger):
    def warning(self, msg, *args, **kwargs):
        if isinstance(msg, str) and msg.startswith(INVALID_REQUEST_PREFIX):
            msg, args = "Invalid request (client address and request line not logged)", ()
        super().warning(msg, *args, **kwargs)

    def exception(self, msg, *args, **kwargs):
        if isinstance(msg, str) and msg.startswith(ERROR_HANDLING_PREFIX):
            msg, args = f"{ERROR_HANDLING_PREFIX} (URI not logged)", ()
        super().exception(msg, *args, **kwargs)

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: (value if key in ANONYMOUS_ATOMS else "-") for key, value in atoms.items()}
