"""Site-wide navigation and footer, as translatable snippets resolved for the page's locale.

A separate app because menus and the footer are edited by regional administrators and
translated by translators, independently of any page family.
"""
