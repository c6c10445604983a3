"""Remove double quotes from a reader's query before SQLite's full-text index sees it.

Wagtail's SQLite back end wraps each word in double quotes for FTS5 without escaping the quotes
the word itself contains, so a query with a `"` fails with an OperationalError (a 500 for the
reader): https://github.com/wagtail/wagtail/issues/13227. A quote is never part of an indexed
word (every back end's tokenizer splits on it), so replacing it with a space loses nothing.
Remove this module when that issue is fixed in django-modelsearch.
"""


def without_double_quotes(query: str) -> str:
    return query.replace('"', " ")
