"""What starting a partner's chat means for a reader's privacy, as facts and as one statement.

A partner's chat settings (`PartnerChatSettings`) hold the facts: who runs the chat service
(the partner or a named organisation), what it keeps (nothing, only when and how long someone
chatted, or the messages), for how many days, and whether it is anonymous. A messenger
(Telegram, WhatsApp, Signal) knows its user's account, so a messenger chat is never anonymous.

The support page says this in one statement, in every language, built here from translated
sentences. It replaced a text field written per page and language ("What starting the chat
means"), which contradicted the pages' own prose and the chat itself (issue 12.5).
"""

from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class ChatOperator(models.TextChoices):
    PARTNER = "partner", _("The partner itself")
    OTHER = "other", _("Another organisation (name it below)")


class ChatKeeps(models.TextChoices):
    NOTHING = "nothing", _("Nothing: the conversation is gone when the chat ends")
    METADATA = "metadata", _("Only when and for how long someone chatted, not the messages")
    MESSAGES = "messages", _("The messages")


def privacy_statement(chat_settings, chat) -> list[str]:
    """The sentences readers are told before they start `chat`, in the active language.

    `chat` is the `ChatEmbed` readers get (None: no chat, nothing to say).
    """
    if chat_settings is None or chat is None:
        return []
    if chat.is_messenger:
        return _messenger_statement(chat_settings, chat.messenger_name)
    sentences = []
    if chat_settings.operator == ChatOperator.OTHER and chat_settings.operator_name:
        sentences.append(
            gettext("%(operator)s runs this chat for us.")
            % {"operator": chat_settings.operator_name}
        )
    else:
        sentences.append(gettext("We run this chat ourselves."))
    if chat_settings.anonymous:
        sentences.append(
            gettext("It is anonymous: you need no account, and nobody asks who you are.")
        )
    else:
        sentences.append(gettext("It is not anonymous: the chat service can know who you are."))
    days = chat_settings.retention_days
    if chat_settings.keeps == ChatKeeps.NOTHING:
        sentences.append(gettext("Nothing is kept once the chat ends."))
    elif not days:
        sentences.append(_unknown_retention())
    elif chat_settings.keeps == ChatKeeps.METADATA:
        sentences.append(
            ngettext(
                "Only when and for how long you chatted is kept, for %(days)s day; "
                "the messages are not kept.",
                "Only when and for how long you chatted is kept, for %(days)s days; "
                "the messages are not kept.",
                days,
            )
            % {"days": days}
        )
    else:
        sentences.append(
            ngettext(
                "The messages are kept for %(days)s day, then deleted.",
                "The messages are kept for %(days)s days, then deleted.",
                days,
            )
            % {"days": days}
        )
    sentences.append(gettext("Nothing is loaded from the chat service until you start the chat."))
    return sentences


def _unknown_retention() -> str:
    # Only for settings from before these facts existed, until a moderator gives the days.
    return gettext("We have not yet said how long the messages are kept.")


def _messenger_statement(chat_settings, messenger: str) -> list[str]:
    values = {"messenger": messenger}
    sentences = [
        gettext("The button opens %(messenger)s, where you write to us.") % values,
        gettext("%(messenger)s knows your account, so this chat is not anonymous.") % values,
    ]
    days = chat_settings.retention_days
    if chat_settings.keeps == ChatKeeps.NOTHING:
        sentences.append(
            gettext(
                "We keep nothing once the chat ends, but %(messenger)s keeps your messages "
                "under its own rules."
            )
            % values
        )
    elif not days:
        sentences.append(_unknown_retention())
    elif chat_settings.keeps == ChatKeeps.METADATA:
        sentences.append(
            ngettext(
                "We keep only when and for how long you wrote, for %(days)s day; "
                "%(messenger)s keeps your messages under its own rules.",
                "We keep only when and for how long you wrote, for %(days)s days; "
                "%(messenger)s keeps your messages under its own rules.",
                days,
            )
            % {**values, "days": days}
        )
    else:
        sentences.append(
            ngettext(
                "We keep the messages for %(days)s day, then delete them; %(messenger)s "
                "keeps them under its own rules.",
                "We keep the messages for %(days)s days, then delete them; %(messenger)s "
                "keeps them under its own rules.",
                days,
            )
            % {**values, "days": days}
        )
    return sentences
