"""Every place where Redefine works around Wagtail, wagtail-localize or django-modelsearch.

It is an app of its own so that one list (`registry.WORKAROUNDS`) names each workaround, the
upstream issue it covers and the versions it was last checked against, and one system check
(`checks.workarounds_checked_against_installed_versions`) fails `manage.py check` (and so
`make test` and CI) as soon as an installed version is newer than what a workaround was checked
with. Whoever upgrades re-reads each listed module against the new release, removes what
upstream has fixed, and raises `CHECKED_WITH`.

The modules themselves stay in the app whose behaviour they change (a guard on translators'
views belongs beside the other translator rules); each one's docstring says what upstream does,
which issue covers it, and when to remove it. `tests/test_upstream.py` keeps the list complete.
"""
