"""Documents beside the images of `tests.partner_world`: one in each partner's collection, and a
private collection (Wagtail's collection privacy: signed-in users only) with an internal one.

    Collections: MÄN (man image, man leaflet), Sapari (sapari image, sapari leaflet),
                 Internal (private: internal notes)

A test module imports both `media_world_fixture` and `world_fixture` (pytest finds fixtures
in the module's namespace).
"""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from tests import factories


@pytest.fixture(name="media_world")
def media_world_fixture(world):
    documents = {
        slug: factories.DocumentFactory(title=f"{slug} leaflet", collection=collection)
        for slug, collection in world["collections"].items()
    }
    internal = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    documents["internal"] = factories.DocumentFactory(title="internal notes", collection=internal)
    return {**world, "documents": documents, "internal_collection": internal}
