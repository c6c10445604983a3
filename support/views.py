"""The "Get help" page at /<locale>/get-help/: every country's support, helplines and numbers.

Where the header's "Talk to someone" leads from a page that belongs to no country (home, topics,
search, standard pages), so the reader picks his country's help in one more tap. Everything on
it comes from the fragment cache once warm (support.help_entry, Helpline.for_country).
"""

from django.shortcuts import render
from wagtail.models import Locale

from core.reader_listings import readers_pages
from countries.models import CountryPage
from support.country_help import help_for
from support.help_entry import country_anchor, offers_by_country


def get_help(request):
    locale = Locale.get_active()
    countries = list(readers_pages(CountryPage, locale.language_code))
    numbers = {entry.country.pk: entry for entry in help_for(countries, locale.language_code)}
    offers = {country.pk: own for country, own in offers_by_country(countries, request)}
    context = {
        "countries": [
            {
                "page": country,
                "anchor": country_anchor(country.country_code),
                "offers": offers.get(country.pk, []),
                "helplines": numbers[country.pk].helplines if country.pk in numbers else [],
                "emergency_numbers": (
                    numbers[country.pk].emergency_numbers if country.pk in numbers else []
                ),
            }
            for country in countries
            if country.pk in offers or country.pk in numbers
        ]
    }
    return render(request, "support/get_help.html", context)
