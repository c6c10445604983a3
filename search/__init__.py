"""Reader search: the locale's live pages, never aliases, with no query logging."""
