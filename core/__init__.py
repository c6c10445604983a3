"""Shared foundations of every page family.

Lives here: the abstract base page (translatable fields declared once), the shared StreamField
blocks, the security middleware (CSP, headers, no reader cookies), the health, robots and error
views, the quick-exit setting and the template tags used by the base template.
Must not hold any page type readers navigate to: those live in their own apps.
"""
