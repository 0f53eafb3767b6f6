"""What every editorial role may do with media, and what translators may do."""

from django.conf import settings

from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    PRIZE_EDITORS,
    TRANSLATORS,
    Grant,
    register_grant,
)
from pages.models import HomePage

MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]


def translated_homes():
    """Home pages of the languages other than the default one."""
    return list(HomePage.objects.exclude(locale__language_code=settings.LANGUAGE_CODE))


def register_site_roles():
    for group in (FORUM_EDITORS, PRIZE_EDITORS, MODERATORS):
        register_grant(group, Grant(collection_permissions=MEDIA_PERMISSIONS))
    register_grant(
        TRANSLATORS,
        Grant(
            model_permissions=["wagtail_localize.submit_translation"],
            pages=translated_homes,
            page_actions=["change"],
            collection_permissions=["wagtailimages.choose_image", "wagtaildocs.choose_document"],
        ),
    )
