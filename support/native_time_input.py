"""A time block for opening hours without Wagtail's time picker, so an invalid time is refused.

Upstream behaviour worked around (checked with Wagtail 8.0.x, wagtail-localize 1.14.x):
Wagtail's `TimeBlock` uses `AdminTimeInput`, a text input driven by the bundled xdan/jQuery
datetimepicker (`wagtailadmin/js/date-time-chooser.js`), whose `validateOnBlur` option is on by
default: when the field loses focus with a value it cannot parse ("25:99"), the picker replaces
it with the current time. The form then receives a valid time that the editor never typed, and it
is saved and published without a word (issue 19.7).

`OpeningTimeBlock` keeps everything else of `TimeBlock` but renders the browser's own
`<input type="time">`, which cannot hold an hour past 23 or a minute past 59 and never changes
what the editor typed. Anything else that reaches the server (an old browser's text field, a
hand-written request) is refused by the form field with a translated message next to the field.
No upstream issue covers it (searched wagtail/wagtail and xdan/datetimepicker, whose
`validateOnBlur` behaves so by design). Remove this once Wagtail's time input stops rewriting
invalid input.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TIME_FORMAT = "%H:%M"


class OpeningTimeBlock(blocks.TimeBlock):
    @cached_property
    def field(self):
        return forms.TimeField(
            widget=forms.TimeInput(attrs={"type": "time"}, format=TIME_FORMAT),
            input_formats=[TIME_FORMAT, "%H:%M:%S"],
            error_messages={
                "invalid": _("Enter a time from 00:00 to 23:59, for example 18:30."),
            },
            **self.field_options,
        )
