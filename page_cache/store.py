"""Where whole reader pages are kept: one shared cache, keyed by Site, path and content generation.

Every change that can alter what a reader sees raises the content generation (`core.generation`,
decided by `core.signals`), so each app process, wherever it runs, stops using the old pages at
the next request: no process keeps state of its own. Old entries are not deleted; they expire.
The generation lives in the database, so no cache failure can bring an old page back.

Each stored page is also kept under a second, generation-less "last good copy" key. That copy is
served only while the database is unreachable (page_cache.middleware), so a reader still gets the
page they asked for, perhaps a few minutes out of date, instead of an error; and only if it was
stored after the last takedown. A takedown also deletes the affected addresses' copies
(page_cache.signals).

Keys name the Wagtail Site a request is served from, not its Host header: `example.org:8443`,
`EXAMPLE.org` and `example.org` are answered by one Site and share its entries, so nobody can
fill the cache by varying the host. A host that no Site answers for is not cached at all.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http.request import split_domain_port

SITES_KEY = "page-cache:sites"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _known_sites() -> list[tuple[int, str, int, bool]]:
    """(id, hostname, port, is_default_site) of every Site; cached until a Site changes."""
    sites = page_cache().get(SITES_KEY)
    if sites is None:
        from wagtail.models import Site

        sites = list(Site.objects.values_list("id", "hostname", "port", "is_default_site"))
        page_cache().set(SITES_KEY, sites, None)
    return sites


def forget_sites() -> None:
    page_cache().delete(SITES_KEY)


def site_id_for(request) -> int | None:
    """The Site Wagtail serves this request from, matched as `Site.find_for_request` does.

    None for a host no Site answers for (and no default Site): such a request is not cached.
    """
    request.get_host()  # refuses a host outside ALLOWED_HOSTS (400) before anything is cached
    # Exactly as Wagtail matches (wagtail.models.sites): the raw host's name, case and all, and
    # the port the server was reached on. Any other spelling of a host falls to the default
    # Site, so it shares that Site's entries instead of making new ones.
    domain = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except ValueError:
        return None
    ranked = []
    for site_id, hostname, site_port, is_default in _known_sites():
        if hostname == domain and site_port == port:
            ranked.append((0, site_id))
        elif hostname == domain and is_default:
            ranked.append((1, site_id))
        elif is_default:
            ranked.append((2, site_id))
        elif hostname == domain:
            ranked.append((3, site_id))
    if not ranked:
        return None
    ranked.sort()
    hostname_only = [site_id for rank, site_id in ranked if rank == 3]
    if ranked[0][0] == 2 and len(hostname_only) == 1:
        # Wagtail prefers a unique hostname match over the default Site.
        return hostname_only[0]
    return ranked[0][1]


def _path_digest(path: str) -> str:
    # Hashed: paths may be long or non-ASCII.
    return hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def versioned_key(site_id: int, path: str, generation: int) -> str:
    return f"page-cache:v{generation}:{site_id}:{_path_digest(path)}"


def last_good_key(site_id: int, path: str) -> str:
    return f"page-cache:last-good:{site_id}:{_path_digest(path)}"


def etag_for(content: bytes) -> str:
    return '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'
