"""The regional landing page of each locale, and standard pages (about, privacy, staying safe)."""
