"""Articles, the topic taxonomy and the topic listing pages.

Topics are a translatable snippet; the canonical set lives in the default locale and articles point
at it, so that an article keeps its topics when it is translated and every locale shares one
taxonomy (see `Topic`).
"""
