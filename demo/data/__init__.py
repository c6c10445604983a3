"""Demo content: original writing of the Redefine project, in every locale, as plain data.

`manage.py load_demo_content` (demo/management/commands/load_demo_content.py) turns these modules
into pages and snippets. Nothing here is downloaded or copied from elsewhere; images are drawn
locally by the command.

Modules
-------
site.py               topics, home pages, topic pages, countries, partner pages, support pages,
                      standard pages, navigation, footer, helplines, emergency numbers
articles_<slug>.py    one module per partner (slug from site_config/partners.toml), each with
                      `ARTICLES`: a list of at least five articles

Article format
--------------
{
    "slug": "when-anger-takes-over",        # ASCII, unique within the partner, same in all locales
    "topics": ["feelings", "violence-and-consent"],   # topic slugs from site.TOPICS
    "age_group": "all",                     # all | 13-15 | 16-18 | 19-25
    "sensitive_subjects": [],               # what readers are warned about, any of: violence,
                                            #   sexual-violence, abuse, self-harm, suicide
                                            #   (docs/writing-articles.md says which to tick)
    "image": True,                          # draw a hero image for this article
    "translations": {                       # the partner's main locale first, then the others
        "sv": {
            "title": "...",
            "summary": "...",               # one or two sentences, at most 300 characters
            "hero_alt": "...",              # what the drawn image shows (abstract shapes)
            "content_warning_note": "",     # optional detail for the warning
            "body": [                       # StreamField blocks as (type, value)
                ("paragraph", "<p>...</p>"),
                ("heading", {"text": "...", "level": "h2"}),
                ("quote", {"quote": "...", "attribution": "..."}),
                ("questions", {"heading": "...", "items": [
                    {"question": "...", "answer": "<p>...</p>"},
                ]}),
                ("talk_to_someone", {"heading": "...", "text": "..."}),
            ],
        },
        "en": {...},
    },
}
"""
