"""A partner's chat opening hours: weekly intervals plus dated exceptions, in the partner's zone.

The schedule is edited as a StreamField (`OPENING_HOURS_BLOCKS`) and turned here into absolute
open intervals (instants). The same intervals are embedded in the support page as JSON, written
with the partner's UTC offset, so that the reader's browser decides "open now" against its own
clock: that stays right across time zones, daylight-saving changes and a page served from a
cache, because instants do not depend on where or when the page was rendered. `chat_status` and
`describe_status` are the same decision and wording in Python, for the tests and for the text
shown to readers without JavaScript. Every word readers see (weekdays, "today", the zone's name,
"your time") comes from the server's catalogues, never from the browser's `Intl` data.
"""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from support.native_time_input import OpeningTimeBlock

WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]

# Why the chat keeps other hours on some dates. A choice, not free text: the settings are shared
# by every language's support page, so a note typed in one language reached Georgian and
# Armenian readers in English ("(New Year)", issue 12.4); each reason is translated in the
# catalogues instead. Keys are stored; add new ones at the end.
EXCEPTION_REASONS = [
    ("public_holiday", _("Public holiday")),
    ("new_years_eve", _("New Year's Eve")),
    ("new_year", _("New Year")),
    ("new_year_holidays", _("New Year holidays")),
    ("christmas_eve", _("Christmas Eve")),
    ("christmas", _("Christmas")),
    ("easter", _("Easter")),
    ("midsummer", _("Midsummer")),
    ("independence_day", _("Independence Day")),
    ("remembrance_day", _("Day of remembrance")),
    ("team_training", _("Team training")),
    ("team_holiday", _("Team holiday")),
    ("maintenance", _("Technical maintenance")),
]

# How far ahead the page lists open intervals. A cached copy stays right for this long; after
# that the browser falls back to the written schedule rather than guess.
INTERVAL_HORIZON_DAYS = 28


def _check_times(opens, closes):
    # 00:00 as the closing time means midnight at the end of the day. An interval never runs on
    # past midnight: the next day gets its own, from 00:00, and the two are shown as one.
    if opens is not None and closes is not None and closes != dt.time(0) and closes <= opens:
        raise ValidationError(
            _(
                "The closing time must be after the opening time. To stay open past midnight, "
                "close at 00:00 and add hours from 00:00 on the next day."
            ),
            code="closes_before_opens",
        )


class WeeklyIntervalBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAY_CHOICES, label=_("day"))
    opens = OpeningTimeBlock(label=_("opens"))
    closes = OpeningTimeBlock(label=_("closes"), help_text=_("00:00 means midnight."))

    class Meta:
        icon = "time"
        label = _("Weekly opening hours")

    def clean(self, value):
        value = super().clean(value)
        try:
            _check_times(value["opens"], value["closes"])
        except ValidationError as error:
            raise blocks.StructBlockValidationError(block_errors={"closes": error}) from error
        return value


class ExceptionBlock(blocks.StructBlock):
    """A holiday or closure (no times), or different hours on some dates (with times)."""

    first_day = blocks.DateBlock(label=_("from"))
    last_day = blocks.DateBlock(
        label=_("until"), required=False, help_text=_("Leave empty for a single day.")
    )
    opens = OpeningTimeBlock(
        label=_("opens"), required=False, help_text=_("Leave the times empty when closed.")
    )
    closes = OpeningTimeBlock(label=_("closes"), required=False)
    reason = blocks.ChoiceBlock(
        choices=EXCEPTION_REASONS,
        label=_("reason"),
        required=False,
        help_text=_("Shown to readers in their language, for example “(New Year)”."),
    )

    class Meta:
        icon = "date"
        label = _("Exception")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["last_day"] and value["last_day"] < value["first_day"]:
            errors["last_day"] = ValidationError(_("The last day must not be before the first."))
        if (value["opens"] is None) != (value["closes"] is None):
            errors["closes"] = ValidationError(
                _("Give both times for different hours, or neither for a closure.")
            )
        else:
            try:
                _check_times(value["opens"], value["closes"])
            except ValidationError as error:
                errors["closes"] = error
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


OPENING_HOURS_BLOCKS = [("weekly", WeeklyIntervalBlock()), ("exception", ExceptionBlock())]


@dataclass(frozen=True)
class WeeklyInterval:
    weekday: int
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class DatedException:
    first_day: dt.date
    last_day: dt.date
    opens: dt.time | None
    closes: dt.time | None
    reason: str = ""

    @property
    def reason_label(self) -> str:
        """The reason in the active language; "" when none (or one no longer offered)."""
        return str(dict(EXCEPTION_REASONS).get(self.reason, ""))

    @property
    def is_closure(self) -> bool:
        return self.opens is None

    @property
    def times(self) -> str:
        return "" if self.is_closure else f"{self.opens:%H:%M}–{self.closes:%H:%M}"

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class Schedule:
    time_zone: str
    weekly: tuple[WeeklyInterval, ...] = ()
    exceptions: tuple[DatedException, ...] = ()

    @classmethod
    def from_stream(cls, stream, time_zone: str) -> "Schedule":
        weekly, exceptions = [], []
        for child in stream or []:
            value = child.value
            if child.block_type == "weekly":
                weekly.append(
                    WeeklyInterval(int(value["weekday"]), value["opens"], value["closes"])
                )
            elif child.block_type == "exception":
                exceptions.append(
                    DatedException(
                        value["first_day"],
                        value["last_day"] or value["first_day"],
                        value["opens"],
                        value["closes"],
                        value.get("reason") or "",
                    )
                )
        weekly.sort(key=lambda interval: (interval.weekday, interval.opens))
        exceptions.sort(key=lambda exception: (exception.first_day, exception.opens or dt.time(0)))
        return cls(time_zone, tuple(weekly), tuple(exceptions))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def __bool__(self) -> bool:
        return bool(self.weekly)

    def local_intervals_on(self, day: dt.date) -> list[tuple[dt.time, dt.time]]:
        """Opening times on a date in the partner's zone: an exception replaces the week."""
        exceptions = [exception for exception in self.exceptions if exception.covers(day)]
        if exceptions:
            return [(e.opens, e.closes) for e in exceptions if not e.is_closure]
        return [(i.opens, i.closes) for i in self.weekly if i.weekday == day.weekday()]

    def intervals(self, start: dt.datetime, days: int = INTERVAL_HORIZON_DAYS):
        """Open intervals as (opens, closes) UTC datetimes, from the day before `start` on.

        Touching intervals (for example 18:00–00:00 and 00:00–02:00) are merged, so that
        "open until" names the real end.
        """
        zone = self.zone
        first = start.astimezone(zone).date() - dt.timedelta(days=1)
        result = []
        for offset in range(days + 2):
            day = first + dt.timedelta(days=offset)
            for opens, closes in self.local_intervals_on(day):
                end_day = day + dt.timedelta(days=1) if closes == dt.time(0) else day
                begin = dt.datetime.combine(day, opens, zone).astimezone(dt.UTC)
                end = dt.datetime.combine(end_day, closes, zone).astimezone(dt.UTC)
                if end > begin:
                    result.append((begin, end))
        result.sort()
        merged = []
        for begin, end in result:
            if merged and begin <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((begin, end))
        return [(begin, end) for begin, end in merged if end > start]

    def weekly_rows(self) -> list[tuple[str, list[str]]]:
        """The week as text rows, Monday first: (day name, ["18:00–21:00", ...])."""
        rows = []
        for weekday, name in WEEKDAY_CHOICES:
            times = [
                f"{interval.opens:%H:%M}–{interval.closes:%H:%M}"
                for interval in self.weekly
                if interval.weekday == weekday
            ]
            if times:
                rows.append((name, times))
        return rows

    def upcoming_exceptions(self, today: dt.date) -> list[DatedException]:
        return [exception for exception in self.exceptions if exception.last_day >= today]

    def as_json_intervals(self, start: dt.datetime) -> list[list[str]]:
        """The intervals for the page, as ISO 8601 instants with the partner's UTC offset.

        An instant with its offset ("2027-01-04T17:00:00+04:00") is as exact as one in UTC,
        and it also tells the browser the partner's wall-clock time and date at that moment,
        without any time zone data of its own.
        """
        zone = self.zone
        return [
            [begin.astimezone(zone).isoformat(), end.astimezone(zone).isoformat()]
            for begin, end in self.intervals(start)
        ]

    def utc_offsets(self, start: dt.datetime, days: int = INTERVAL_HORIZON_DAYS):
        """The partner zone's UTC offset (minutes) from a day before `start` on, with changes.

        [(instant, minutes), ...]: the first entry holds from its instant on, each later one
        from its own (a daylight-saving change). The browser needs the partner's offset now,
        to know the partner's "today" and "tomorrow".
        """
        zone = self.zone

        def minutes(moment):
            return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)

        moment = (
            (start - dt.timedelta(days=1))
            .astimezone(dt.UTC)
            .replace(minute=0, second=0, microsecond=0)
        )
        changes = [(moment, minutes(moment))]
        hour = dt.timedelta(hours=1)
        for _step in range((days + 2) * 24):
            following = moment + hour
            if minutes(following) != changes[-1][1]:
                # Changes happen on the hour or the half hour in every zone in use: find the
                # minute within this hour.
                changed = next(
                    moment + dt.timedelta(minutes=m)
                    for m in range(1, 61)
                    if minutes(moment + dt.timedelta(minutes=m)) != changes[-1][1]
                )
                changes.append((changed, minutes(changed)))
            moment = following
        return changes

    def as_json_utc_offsets(self, start: dt.datetime) -> list[list]:
        return [
            [moment.isoformat().replace("+00:00", "Z"), offset]
            for moment, offset in self.utc_offsets(start)
        ]


@dataclass(frozen=True)
class ChatStatus:
    is_open: bool
    until: dt.datetime | None = None
    next_opening: dt.datetime | None = None


def chat_status(intervals, now: dt.datetime) -> ChatStatus:
    """Open or closed at `now`, and until when or from when, given UTC intervals."""
    for begin, end in intervals:
        if begin <= now < end:
            return ChatStatus(True, until=end)
        if begin > now:
            return ChatStatus(False, next_opening=begin)
    return ChatStatus(False)


def status_templates(zone_label: str) -> dict:
    """Everything the browser needs to word the status in the reader's language.

    support.js fills these in (see `describe_status` for the same in Python), so that no
    weekday or zone name comes from the browser's own `Intl` data, which Chromium lacks for
    Georgian, Armenian and Belarusian ("გაიხსნება: Monday", issue 12.4). Times are numbers
    only; the reader's zone is never named, only the partner's.
    """
    from django.utils.translation import gettext

    return {
        "open": gettext("Open now, until %(time)s %(zone)s"),
        "open_both": gettext("Open now, until %(time)s %(zone)s (%(your_time)s your time)"),
        "closed": gettext("Closed, opens %(day)s %(time)s %(zone)s"),
        "closed_both": gettext("Closed, opens %(day)s %(time)s %(zone)s (%(your_time)s your time)"),
        "closed_both_day": gettext(
            "Closed, opens %(day)s %(time)s %(zone)s (%(your_day)s %(your_time)s your time)"
        ),
        "closed_unknown": gettext("Closed"),
        "today": gettext("today"),
        "tomorrow": gettext("tomorrow"),
        # Monday first, as the written schedule names them.
        "weekdays": [str(name) for _number, name in WEEKDAY_CHOICES],
        "zone": zone_label,
    }


def _day_word(texts: dict, moment: dt.datetime, today: dt.date) -> str:
    if moment.date() == today:
        return texts["today"]
    if moment.date() == today + dt.timedelta(days=1):
        return texts["tomorrow"]
    return texts["weekdays"][moment.weekday()]


def describe_status(
    status: ChatStatus,
    now: dt.datetime,
    zone: ZoneInfo,
    zone_label: str,
    reader_zone: ZoneInfo | None = None,
) -> str:
    """'Open now, until 21:00 Tbilisi time' or 'Closed, opens Monday 17:00 Tbilisi time', in
    the partner's `zone`; with a `reader_zone` whose clock differs, the reader's time as well:
    'Closed, opens Monday 17:00 Tbilisi time (15:00 your time)'.

    Without JavaScript readers get it without a reader zone (the server does not know it).
    support.js builds the same sentence from `status_templates`, with the browser's offset.
    """
    texts = status_templates(zone_label)

    def differs(moment):
        return reader_zone is not None and (
            moment.astimezone(reader_zone).utcoffset() != moment.astimezone(zone).utcoffset()
        )

    if status.is_open:
        until = status.until.astimezone(zone)
        values = {"time": f"{until:%H:%M}", "zone": zone_label}
        if differs(until):
            values["your_time"] = f"{until.astimezone(reader_zone):%H:%M}"
            return texts["open_both"] % values
        return texts["open"] % values
    if status.next_opening is None:
        return texts["closed_unknown"]
    opens = status.next_opening.astimezone(zone)
    values = {
        "day": _day_word(texts, opens, now.astimezone(zone).date()),
        "time": f"{opens:%H:%M}",
        "zone": zone_label,
    }
    if not differs(opens):
        return texts["closed"] % values
    theirs = opens.astimezone(reader_zone)
    values["your_time"] = f"{theirs:%H:%M}"
    if theirs.date() == opens.date():
        return texts["closed_both"] % values
    values["your_day"] = _day_word(texts, theirs, now.astimezone(reader_zone).date())
    return texts["closed_both_day"] % values
