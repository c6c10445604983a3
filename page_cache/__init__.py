"""Whole-page cache for readers, and what readers get when the database fails.

An app rather than a module of `core` because it owns middleware that must sit first in the
stack (before sessions and routing), signal receivers that invalidate across every app process,
and its own template (the translated "we'll be back" page). See docs/operations.md.
"""
