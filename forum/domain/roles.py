"""What the forum's editors, moderators and translators may do, and the forum's area."""

from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    TRANSLATIONS,
    TRANSLATORS,
    Area,
    Grant,
    register_area,
    register_grant,
)
from forum.models import ForumIndexPage

SNIPPET_PERMISSIONS = [
    f"forum.{action}_{model}"
    for model in ("theme", "room", "partner")
    for action in ("add", "change", "delete")
]


def forum_indexes():
    """The forum index page of every language."""
    return list(ForumIndexPage.objects.all())


def register_forum_roles():
    register_grant(
        FORUM_EDITORS,
        Grant(
            model_permissions=SNIPPET_PERMISSIONS,
            pages=forum_indexes,
            page_actions=["add", "change", "publish"],
        ),
    )
    register_grant(
        MODERATORS,
        Grant(
            model_permissions=SNIPPET_PERMISSIONS,
            pages=forum_indexes,
            page_actions=["add", "change", "publish", "lock", "unlock"],
        ),
    )
    # Translators change the Russian themes and rooms (which wagtail-localize creates).
    register_grant(
        TRANSLATORS,
        Grant(
            model_permissions=["forum.change_theme", "forum.change_room"], languages=TRANSLATIONS
        ),
    )
    register_area(
        Area(
            name="forum",
            menu_items=("forum",),
            pages=forum_indexes,
            model_permissions=["forum.change_theme", "forum.change_room"],
        )
    )
