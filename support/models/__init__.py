"""The support app's models, one module per concern.

- `support.models.support_page`: `SupportPage`, `ChatEmbed`, `prefetch_chat_settings` and
  `support_page_for` (where a page sends a reader for help).
- `support.models.chat_settings`: `PartnerChatSettings` and `CHAT_SETTINGS_PERMISSION`.
- `support.models.numbers`: `Helpline`, `EmergencyNumber`, `CountrySnippetMixin` and the
  number formatting (`tel_href`, `display_number`, `phone_number_validator`).

Every name other code (and the migrations) imports from `support.models` is re-exported here.
"""

from support.models.chat_settings import CHAT_SETTINGS_PERMISSION, PartnerChatSettings
from support.models.numbers import (
    CountrySnippetMixin,
    EmergencyNumber,
    Helpline,
    display_number,
    phone_number_validator,
    tel_href,
)
from support.models.support_page import (
    ChatEmbed,
    ChatSettingsPanel,
    SupportPage,
    prefetch_chat_settings,
    support_page_for,
)

# The review workflow's task is a model of this app, defined with the review.
from support.number_review import CountryModeratorApprovalTask, ReviewedNumberMixin

__all__ = [
    "CHAT_SETTINGS_PERMISSION",
    "ChatEmbed",
    "ChatSettingsPanel",
    "CountryModeratorApprovalTask",
    "CountrySnippetMixin",
    "EmergencyNumber",
    "Helpline",
    "PartnerChatSettings",
    "ReviewedNumberMixin",
    "SupportPage",
    "display_number",
    "phone_number_validator",
    "prefetch_chat_settings",
    "support_page_for",
    "tel_href",
]
