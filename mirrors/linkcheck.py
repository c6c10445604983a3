"""Every link, image, script and style sheet of an exported mirror points at a file in it.

Used by `export_static --check` and by the tests. A link counts as the mirror's own when it is
relative (or from the mirror's root, `/…`); a directory link (`…/`) needs its `index.html`.
Links to other origins (the quick exit's site, a chat, the main site) are not followed.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

ATTRIBUTES = ("href", "src", "action", "poster")
CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")


def _exists(folder: Path, page: str, link: str) -> bool:
    resolved = urljoin(page, link)
    path = unquote(urlsplit(resolved).path)
    if not path.startswith("/"):
        return False
    candidate = folder / path.lstrip("/")
    if path.endswith("/"):
        candidate = candidate / "index.html"
    return candidate.is_file()


def _is_own(link: str) -> bool:
    return bool(link) and not re.match(r"^([a-z][a-z0-9+.-]*:|//|#)", link, re.IGNORECASE)


def links_of(html: str):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        if element.name == "link" and {"alternate", "canonical"} & set(element.get("rel") or []):
            continue
        for attribute in ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                yield value.strip()
        for candidate in re.split(r",\s+", element.get("srcset") or ""):
            if candidate.strip():
                yield candidate.split()[0]


def broken_links(folder) -> list[tuple[str, str]]:
    """(file, link) for every link of the mirror's own that leads to no file."""
    folder = Path(folder)
    broken = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.startswith("pagefind/") or not path.is_file():
            continue
        page = "/" + relative
        if path.suffix == ".html":
            links = links_of(path.read_text(encoding="utf-8"))
        elif path.suffix == ".css":
            links = (match.group(2) for match in CSS_URL.finditer(path.read_text()))
        else:
            continue
        for link in links:
            if _is_own(link) and not link.startswith("data:") and not _exists(folder, page, link):
                broken.append((relative, link))
    return broken
