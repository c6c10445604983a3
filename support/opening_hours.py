"""A partner's chat opening hours: weekly intervals plus dated exceptions, in the partner's zone.

The schedule is edited as a StreamField (`OPENING_HOURS_BLOCKS`) and turned here into absolute
open intervals (UTC instants). The same intervals are embedded in the support page as JSON, so
that the reader's browser decides "open now" against its own clock: that stays right across time
zones, daylight-saving changes and a page served from a cache, because instants do not depend on
where or when the page was rendered. `chat_status` is the same decision in Python, for the tests
and for the text shown to readers without JavaScript.
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
    note = blocks.CharBlock(
        label=_("note"), required=False, max_length=80, help_text=_("For example: New Year")
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
    note: str = ""

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
                        value["note"] or "",
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
        """The intervals for the page, as ISO 8601 UTC strings the browser can parse."""
        return [
            [begin.isoformat().replace("+00:00", "Z"), end.isoformat().replace("+00:00", "Z")]
            for begin, end in self.intervals(start)
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


def describe_status(status: ChatStatus, reader_zone: ZoneInfo, now: dt.datetime) -> str:
    """'Open now, until 21:00' or 'Closed, opens Monday 18:00' on the reader's clock.

    The browser (support.js) builds the same sentence from the same translated templates.
    """
    from django.utils import formats
    from django.utils.translation import gettext

    if status.is_open:
        until = status.until.astimezone(reader_zone)
        return gettext("Open now, until %(time)s") % {"time": until.strftime("%H:%M")}
    if status.next_opening is None:
        return gettext("Closed")
    opens = status.next_opening.astimezone(reader_zone)
    today = now.astimezone(reader_zone).date()
    if opens.date() == today:
        day = gettext("today")
    elif opens.date() == today + dt.timedelta(days=1):
        day = gettext("tomorrow")
    else:
        day = formats.date_format(opens, "l")
    return gettext("Closed, opens %(day)s %(time)s") % {
        "day": day,
        "time": opens.strftime("%H:%M"),
    }
