"""The partners' time zones named for readers: by the city, in the reader's language.

Readers saw "Asia/Tbilisi" and "Europe/Vilnius" (issue 12.4). A zone is now named like a
person would say it after a time ("17:00 Tbilisi time", "17:00 по тбилисскому времени",
"17:00 თბილისის დროით"), from this project's own gettext catalogues.

Why a small translated mapping and not Babel's CLDR data: the site has five partner zones
(site_config/partners.toml), and each language needs the name in the grammatical form that
follows a time ("по тбилисскому времени", "Թբիլիսիի ժամանակով", "ora Tbilisiului"). CLDR
gives a city's exemplar name and a generic "{0} time" pattern, which reads wrongly in several
of our languages once put into a sentence, and Babel would be a 30 MB dependency for five
phrases. A partner in a new zone needs its phrase here and its translations in the seven
catalogues; `manage.py check` warns until it has them (support.W001).
"""

from django.core import checks
from django.utils.translation import pgettext_lazy

# The phrase that follows a time ("17:00 Tbilisi time") and ends "All times are …".
ZONE_NAMES = {
    "Europe/Stockholm": pgettext_lazy("time zone", "Stockholm time"),
    "Asia/Tbilisi": pgettext_lazy("time zone", "Tbilisi time"),
    "Europe/Chisinau": pgettext_lazy("time zone", "Chișinău time"),
    "Europe/Vilnius": pgettext_lazy("time zone", "Vilnius time"),
    "Asia/Yerevan": pgettext_lazy("time zone", "Yerevan time"),
}


def zone_name(zone_id: str) -> str:
    """The zone as readers of the active language call it ("Tbilisi time")."""
    name = ZONE_NAMES.get(zone_id)
    if name is not None:
        return str(name)
    # Not named yet (support.W001 says so): the city of the zone id is better than the id.
    return zone_id.rsplit("/", 1)[-1].replace("_", " ")


@checks.register()
def check_partner_zones_are_named(app_configs=None, **kwargs):
    from core.partners import load_partners

    return [
        checks.Warning(
            f"The time zone {partner.time_zone} of partner {partner.slug} has no name for "
            "readers: its support page shows the city in English.",
            hint="Add it to support.time_zones.ZONE_NAMES and translate it in every catalogue.",
            id="support.W001",
        )
        for partner in load_partners()
        if partner.time_zone not in ZONE_NAMES
    ]
