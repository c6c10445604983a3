"""The address an admin login comes from, for django-axes (`AXES_CLIENT_IP_CALLABLE`).

Behind a load balancer or reverse proxy every request's `REMOTE_ADDR` is the proxy's, so locking
by user name plus `REMOTE_ADDR` lets anyone lock any moderator out by failing to sign in as them.
django-axes 8 would read forwarded headers through django-ipware, which this project does not
install; this callable reads the one header the operator says their proxies set.

- `TRUSTED_PROXY_COUNT` (environment, default 0): how many proxies in front of gunicorn add
  to the header. 0 means none: `REMOTE_ADDR` is the client, and the header is ignored (anyone
  can send it).
- `TRUSTED_PROXY_HEADER` (default `X-Forwarded-For`): the header they set. Each proxy appends
  the address it received the request from, so with N proxies the client's address is the N-th
  entry from the right; entries to its left were written by the client and are not trusted.
  A single-value header such as `X-Real-IP` works with a count of 1.

A missing, short or malformed header falls back to `REMOTE_ADDR`. Nothing here is logged: the
address only keys the lockout (admin accounts, never readers).
"""

import ipaddress

from django.conf import settings


def header_meta_key(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


def client_address(request) -> str | None:
    remote_addr = request.META.get("REMOTE_ADDR")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote_addr
    header = getattr(settings, "TRUSTED_PROXY_HEADER", "X-Forwarded-For")
    entries = [entry.strip() for entry in request.META.get(header_meta_key(header), "").split(",")]
    entries = [entry for entry in entries if entry]
    if len(entries) < count:
        return remote_addr
    candidate = entries[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr
