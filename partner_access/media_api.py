"""The admin API's images and documents endpoints, limited like the choosers.

Upstream behaviour worked around (checked on Wagtail 8.0.1, with wagtail-localize 1.14.5
installed): `/admin/api/main/images/` and `/admin/api/main/documents/`
(`wagtail.images.api.admin.views.ImagesAdminAPIViewSet`,
`wagtail.documents.api.admin.views.DocumentsAdminAPIViewSet`) inherit the public API's
queryset, which only leaves out collections with a view restriction the request does not pass
(`wagtail.api.v2.utils.get_restricted_collection_ids`). The user's collection permissions are
not asked, so any admin user, a translator without any collection permission included, could
list every partner's files with their download links.

Here the listing, detail and find views of both endpoints offer only what the user may pick in
the image and document choosers: files in collections where they have the *choose* permission
(`instances_user_has_any_permission_for(user, ["choose"])`, the same call as
`wagtail.images.views.chooser`). Everything else answers as if it did not exist (404 in detail
views). The endpoints replace Wagtail's in the `construct_admin_api` hook (registered after
Wagtail's own, see `partner_access.wagtail_hooks`).
"""

from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


def choosable(model, user):
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
        user, ["choose"]
    )


class ChoosableOnlyMixin:
    def get_queryset(self):
        choosable_pks = choosable(self.model, self.request.user).values("pk")
        return super().get_queryset().filter(pk__in=choosable_pks)


class PartnerImagesAdminAPIViewSet(ChoosableOnlyMixin, ImagesAdminAPIViewSet):
    model = get_image_model()


class PartnerDocumentsAdminAPIViewSet(ChoosableOnlyMixin, DocumentsAdminAPIViewSet):
    model = get_document_model()


def register_scoped_media_endpoints(router):
    router.register_endpoint("images", PartnerImagesAdminAPIViewSet)
    router.register_endpoint("documents", PartnerDocumentsAdminAPIViewSet)
