"""The demo site: `manage.py load_demo_content` builds every partner's pages, snippets, users and
images in all seven locales from the original writing in `demo/data/` (no downloads).

Its own app because it imports every page family to build them, and so sits on top of them all
(the layers in pyproject.toml); the page families themselves never import it.
"""
