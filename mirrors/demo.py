"""The demo content's mirror list (load_demo_content): made-up addresses that answer nowhere."""

from wagtail.models import Locale

DEMO_ONION = "http://redefinedemo2x7k4q3vbnmzj5wfy6hl7tc2sxg4pd3ua5eo6ir7mkq2bnyd.onion"
DEMO_MIRRORS = [
    {"url": "https://redefine-mirror.example.org/", "note": ""},
    {"url": "https://redefine.example.net/", "note": ""},
]


def ensure_demo_mirror_list(translate_snippet, codes) -> None:
    """The English list, translated into every other locale with `translate_snippet`."""
    from mirrors.models import MirrorList

    english = Locale.objects.get(language_code="en")
    source = MirrorList.objects.filter(locale=english).first()
    if source is None:
        source = MirrorList.objects.create(
            locale=english,
            onion_address=DEMO_ONION,
            mirrors=[("mirror", mirror) for mirror in DEMO_MIRRORS],
        )
    for code in codes:
        if code != "en":
            translate_snippet(source, code)
