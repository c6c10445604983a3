"""Each country's helplines and emergency numbers in the reader's language, for the pages that show
them together: the get-help page (`support.views`) and the help that search puts first for a
crisis query (`search.views`, `search.crisis`). Both lists come from the fragment cache
(`support.models.CountrySnippetMixin.for_country`): no query once warm.
"""

from dataclasses import dataclass, field


@dataclass
class CountryHelp:
    country: object  # a CountryPage of the reader's locale
    helplines: list
    emergency_numbers: list
    support_pages: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.helplines or self.emergency_numbers)


def help_for(countries, language: str) -> list[CountryHelp]:
    """Each country's helplines and emergency numbers in `language`, countries without any left
    out (both lists come from the fragment cache: no query once warm)."""
    from support.models import EmergencyNumber, Helpline

    found = [
        CountryHelp(
            country,
            Helpline.for_country(country.country_code, language),
            EmergencyNumber.for_country(country.country_code, language),
        )
        for country in countries
    ]
    return [country_help for country_help in found if country_help]
