"""Account → Name: first and last name are optional, so that saving a language never fails.

Upstream behaviour (checked with Wagtail 8.0.1): the account page submits every panel's form at
once and saves nothing unless all are valid, and the "Name and Email" form
(`wagtail.admin.forms.account.NameEmailForm`) requires a first and a last name. Partner staff
created without names (by `setup_partners` users, or the demo users) could not choose their
admin language until they had invented both. Wagtail offers no hook to change that form, so
`install()` gives the panel a subclass where the two names are optional; the e-mail address stays
as Wagtail has it.
"""

from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views import account


class OptionalNamesForm(NameEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False


def install():
    account.NameEmailSettingsPanel.form_class = OptionalNamesForm
