"""What the forum's editors and moderators may do."""

from core.roles import FORUM_EDITORS, MODERATORS, Grant, register_grant
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
