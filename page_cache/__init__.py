"""Whole-page cache for readers, and what readers get when the database or storage fails.

An app rather than a module of `core` because it owns middleware that must sit first in the
stack (before sessions and routing), signal receivers that invalidate across every app process,
its own templates (the translated "we'll be back" page, the locked-out login page) and the
django-axes integration. See docs/operations.md.
"""
