"""Helplines and emergency numbers: tel: links and numbers written the way the country writes them,
shown on every support page and on the country landing, in the reader's language.
"""

import pytest

from support.models import display_number, tel_href
from tests import factories
from tests.utils import soup, text_of


@pytest.mark.parametrize(
    ("number", "country", "href", "shown"),
    [
        ("08-123 456 78", "SE", "tel:+46812345678", "08-123 456 78"),
        ("+46 8 12345678", "SE", "tel:+46812345678", "08-123 456 78"),
        ("+995 32 2 000 000", "GE", "tel:+995322000000", "032 200 00 00"),
        ("+374 10 000000", "SE", "tel:+37410000000", "+374 10 000000"),
        # Short numbers are dialled as they are.
        ("116 111", "SE", "tel:116111", "116 111"),
        ("112", "AM", "tel:112", "112"),
    ],
)
def test_numbers_are_dialled_and_written_for_the_country(number, country, href, shown):
    assert tel_href(number, country) == href
    assert display_number(number, country) == shown


def test_every_support_page_lists_the_countrys_helplines_in_full(client, tree):
    factories.HelplineFactory(
        name="Jourhavande medmänniska",
        phone_number="08-702 16 80",
        hours="Every night 21–06",
        free_of_charge=False,
        audience="For adults",
    )
    factories.HelplineFactory(country_code="GE", name="Not Swedish", phone_number="116 111")
    aside = soup(client.get(tree["support"].url)).select_one("aside.help-box")
    assert [text_of(li) for li in aside.select(".helpline")] == [
        "BRIS 116 111 Every day Free of charge",
        "Jourhavande medmänniska 08-702 16 80 Every night 21–06 Calls may cost money For adults",
    ]
    for page in (tree["support"], tree["support_sv"]):
        aside = soup(client.get(page.url)).select_one("aside.help-box")
        assert len(aside.select(".helpline")) == 2
        links = [a["href"] for a in aside.select("a.helpline__number")]
        assert links == ["tel:116111", "tel:+4687021680"]
        assert aside.select_one(".emergency-numbers a")["href"] == "tel:112"
        assert "Not Swedish" not in text_of(aside)


def test_the_country_landing_shows_the_helplines(client, tree):
    help_box = soup(client.get(tree["country"].url)).select_one("section.help-box")
    assert help_box.select_one("a.helpline__number")["href"] == "tel:116111"
    assert help_box.select_one(".emergency-numbers a")["href"] == "tel:112"
