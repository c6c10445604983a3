"""Who reads which partner's questions: that partner's moderators, and regional administrators.

Editors and translators never do, not even their own partner's: the text is the reader's own,
before anyone has taken names out of it. A partner's moderators group gets the permission
`questions.moderate_question` from `setup_partners`; the permission alone opens nothing, the
group says which partner's questions.
"""

from core.partners import REGIONAL_ADMINS_GROUP, load_partners

PERMISSION = "questions.moderate_question"


def moderated_partner_slugs(user) -> set[str] | None:
    """The partners whose questions `user` reads; None: every partner."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if REGIONAL_ADMINS_GROUP in names and user.has_perm(PERMISSION):
        return None
    if not user.has_perm(PERMISSION):
        return set()
    return {partner.slug for partner in load_partners() if partner.moderators_group in names}


def may_moderate(user) -> bool:
    slugs = moderated_partner_slugs(user)
    return slugs is None or bool(slugs)


def questions_for(user):
    from questions.models import Question

    slugs = moderated_partner_slugs(user)
    if slugs is None:
        return Question.objects.all()
    return Question.objects.filter(partner_slug__in=slugs)


def moderators_of(partner):
    """Active users with an e-mail address in the partner's moderators group."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=partner.moderators_group)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def partner_by_slug(slug: str):
    return next((partner for partner in load_partners() if partner.slug == slug), None)
