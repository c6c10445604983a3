"""Which chat a support page may embed, and the checks that keep it to the allow-list.

Only origins in settings.SUPPORT_CHAT_ALLOWED_ORIGINS may be framed; messenger links may only
point at the messengers' own link domains. Both are checked when the page is saved (a clear
message in the admin) and again when it is rendered, so that taking an origin off the list in
settings switches its chat off everywhere at once.
"""

import re
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChatKind(models.TextChoices):
    NONE = "none", _("No chat")
    IFRAME = "iframe", _("Chat page shown in a frame")
    CHATWOOT = "chatwoot", _("Chatwoot widget")
    MESSENGER = "messenger", _("Messenger link (Telegram, WhatsApp, Signal)")


# The link domains of the messengers a partner may send readers to. Nothing from them is loaded
# into the page: the link only leaves the site when the reader follows it.
MESSENGER_ORIGINS = {
    "https://t.me": "Telegram",
    "https://wa.me": "WhatsApp",
    "https://signal.me": "Signal",
}

# Characters that have no place in an address we put into an attribute or a CSP header, even
# where a URL parser would accept (or silently percent-encode) them.
UNSAFE_URL_CHARACTERS = re.compile(r"[\s\"'<>`\\;,{}|^\x00-\x1f\x7f]")

chatwoot_token_validator = RegexValidator(
    r"^[A-Za-z0-9_-]{8,64}$",
    _("A Chatwoot website token is 8 to 64 letters, digits, dashes or underscores."),
)


def origin_of(url: str) -> str:
    """scheme://host[:port] in lower case, without the default port."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is None or (scheme, port) in {("https", 443), ("http", 80)}:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def allowed_chat_origins() -> set[str]:
    return {origin_of(origin) for origin in settings.SUPPORT_CHAT_ALLOWED_ORIGINS}


def check_address(url: str) -> str:
    """The URL's origin if it is a well-formed, credential-free web address; else an error."""
    if UNSAFE_URL_CHARACTERS.search(url):
        raise ValidationError(
            _("The address contains spaces, quotes or other characters not allowed in a URL."),
            code="unsafe",
        )
    URLValidator(schemes=["https", "http"])(url)
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise ValidationError(_("Enter a valid URL."), code="invalid") from error
    if parts.username or parts.password:
        raise ValidationError(
            _("The address must not contain a user name or password."), code="credentials"
        )
    return origin_of(url)


def validate_chat_origin(url: str) -> None:
    origin = check_address(url)
    if origin not in allowed_chat_origins():
        raise ValidationError(
            _(
                "%(origin)s is not on the list of chat services this site may embed. "
                "Ask the site's administrators to add it (SUPPORT_CHAT_ALLOWED_ORIGINS)."
            ),
            code="origin_not_allowed",
            params={"origin": origin},
        )


def validate_messenger_link(url: str) -> None:
    origin = check_address(url)
    if origin not in MESSENGER_ORIGINS:
        raise ValidationError(
            _("A messenger link must start with %(origins)s."),
            code="not_a_messenger",
            params={"origins": ", ".join(sorted(MESSENGER_ORIGINS))},
        )


def is_valid(validator, value: str) -> bool:
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def chatwoot_widget_url(base_url: str, website_token: str) -> str:
    """Chatwoot's own widget page, framed directly instead of loading its SDK script.

    The SDK (packs/js/sdk.js) runs in our page with full access to it and injects an inline
    <style> that a strict CSP blocks (chatwoot/chatwoot#8892, no nonce support). The page the
    SDK itself frames, /widget?website_token=..., works on its own
    (chatwoot/chatwoot#11049, #4464), so the reader's page only needs frame-src for it.
    """
    return f"{base_url.rstrip('/')}/widget?{urlencode({'website_token': website_token})}"
