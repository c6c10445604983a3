"""'Did you mean …?' on PostgreSQL: the closest word of the pages a reader may find (pg_trgm).

The PostgreSQL back end (search.locale_backends.postgres) records the words of each page it
indexes (`record`), from the same text it indexes; `suggest` compares each word of a query that
found nothing with the words of the live, public, non-alias pages of the reader's locale
(the same pages results come from) by trigram similarity, with the GIN trigram index of
`site_search_indexedword.word` (migration 0001, which creates the `pg_trgm` extension on
PostgreSQL only). One query per suggestion; none on other databases, where `suggest` answers "".
"""

from django.db import connection, transaction
from wagtail.models import Page

from core.word_forms import indexed_text, words

MAX_QUERY_WORDS = 5
MIN_SUGGESTED_LENGTH = 3
SIMILARITY = 0.4


def record(objs) -> None:
    """Keep the words of these pages (their indexed text), replacing what was kept for them."""
    from search.models import MAX_WORD_LENGTH, IndexedWord

    pages = [obj for obj in objs if isinstance(obj, Page) and obj.pk]
    if not pages:
        return
    rows = [
        IndexedWord(page_id=page.pk, word=word)
        for page in pages
        # The page's own words, not the stems the site indexes beside them (not words to offer).
        for word in sorted(set(words(indexed_text(page, exclude="search_word_stems"))))
        if MIN_SUGGESTED_LENGTH <= len(word) <= MAX_WORD_LENGTH and not word.isdigit()
    ]
    with transaction.atomic():
        IndexedWord.objects.filter(page_id__in=[page.pk for page in pages])._raw_delete(
            IndexedWord.objects.db
        )
        IndexedWord.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)


def forget(obj) -> None:
    from search.models import IndexedWord

    if isinstance(obj, Page) and obj.pk:
        IndexedWord.objects.filter(page_id=obj.pk)._raw_delete(IndexedWord.objects.db)


def suggest(query: str, searchable_pages) -> str:
    """The query with each unknown word replaced by the closest known one, or "" if none is."""
    if connection.vendor != "postgresql":
        return ""
    query_words = words(query)[:MAX_QUERY_WORDS]
    candidates = [word for word in query_words if len(word) >= MIN_SUGGESTED_LENGTH]
    if not candidates:
        return ""
    from search.models import IndexedWord

    pages_sql, pages_params = searchable_pages.values("pk").query.sql_with_params()
    table = IndexedWord._meta.db_table
    # For each word of the query: the most similar word of a page the reader may find.
    sql = f"""
        SELECT DISTINCT ON (q.word) q.word, w.word
        FROM unnest(%s::text[]) AS q(word)
        JOIN {table} AS w ON similarity(w.word, q.word) >= %s AND w.word %% q.word
        WHERE w.page_id IN ({pages_sql})
        ORDER BY q.word, similarity(w.word, q.word) DESC, w.word
    """  # noqa: S608 (the table name is the model's; every value is a parameter)
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates, SIMILARITY, *pages_params])
        closest = dict(cursor.fetchall())
    replaced = [closest.get(word, word) for word in query_words]
    if replaced == query_words:  # every word is known as it is, or has nothing close
        return ""
    return " ".join(replaced)
