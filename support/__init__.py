"""Support pages (a partner's chat, opening hours), helplines and emergency numbers.

Everything a boy needs to reach a person lives here, so that every other page family asks this app
where help is (`support_page_for`) instead of working it out itself.
"""
