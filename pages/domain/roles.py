"""Editorial roles: groups, their page and collection permissions, and prize moderation.

`setup_roles()` declares the roles; it is idempotent and resets each role group's
permissions to these declarations, so it can be re-run after pages are added (for example a
new locale's home tree). Roles apply to pages that exist, so the demo loader runs it last.

- Forum editors: add, change and publish the forum of every language; themes and rooms.
- Prize editors: add and change the prize of every language; publishing goes through the
  "Prize moderation" workflow.
- Moderators: add, change and publish forum and prize; approve prize moderation tasks.
- Translators: change (never publish) every page of the non-default languages, and submit
  pages for translation.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

FORUM_EDITORS = "Forum editors"
PRIZE_EDITORS = "Prize editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
PRIZE_WORKFLOW = "Prize moderation"
PRIZE_TASK = "Moderators approve prize pages"

MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]


def get_permission(*, name):
    """The Permission for "app_label.codename"."""
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def forum_indexes():
    """The forum index page of every language."""
    from forum.models import ForumIndexPage

    return list(ForumIndexPage.objects.all())


def prize_indexes():
    """The prize index page of every language."""
    from prize.models import PrizeIndexPage

    return list(PrizeIndexPage.objects.all())


def translated_homes():
    """Home pages of the languages other than the default one."""
    from pages.models import HomePage

    return list(HomePage.objects.exclude(locale__language_code=settings.LANGUAGE_CODE))


def role_declarations():
    """{group name: (model permissions, [(pages, page actions)], collection permissions)}."""
    forum, prize = forum_indexes(), prize_indexes()
    snippets = [
        f"forum.{action}_{model}"
        for model in ("theme", "room")
        for action in ("add", "change", "delete")
    ]
    return {
        FORUM_EDITORS: (snippets, [(forum, ["add", "change", "publish"])], MEDIA_PERMISSIONS),
        PRIZE_EDITORS: ([], [(prize, ["add", "change"])], MEDIA_PERMISSIONS),
        MODERATORS: (
            snippets,
            [(forum + prize, ["add", "change", "publish", "lock", "unlock"])],
            MEDIA_PERMISSIONS,
        ),
        TRANSLATORS: (
            ["wagtail_localize.submit_translation"],
            [(translated_homes(), ["change"])],
            ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
        ),
    }


def sync_group(*, group, model_permissions, page_permissions, collection_permissions):
    """Make the group's permissions exactly the given ones (plus admin access)."""
    group.permissions.set(
        [get_permission(name=name) for name in ["wagtailadmin.access_admin", *model_permissions]]
    )
    wanted = set()
    for pages, actions in page_permissions:
        for page in pages:
            for action in actions:
                permission = get_permission(name=f"wagtailcore.{action}_page")
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )
                wanted.add((page.pk, permission.pk))
    for stale in GroupPagePermission.objects.filter(group=group):
        if (stale.page_id, stale.permission_id) not in wanted:
            stale.delete()

    root = Collection.get_first_root_node()
    permissions = [get_permission(name=name) for name in collection_permissions]
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=permissions
    ).delete()


def setup_prize_workflow(*, moderators):
    """The "Prize moderation" workflow: one approval by Moderators, on every prize index."""
    workflow, _ = Workflow.objects.get_or_create(name=PRIZE_WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task, _ = GroupApprovalTask.objects.get_or_create(name=PRIZE_TASK)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in prize_indexes():
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles():
    """Create or update the role groups and the prize workflow. Safe to run again.

    Returns {group name: Group}."""
    groups = {}
    for name, (model_perms, page_perms, collection_perms) in role_declarations().items():
        group, _ = Group.objects.get_or_create(name=name)
        sync_group(
            group=group,
            model_permissions=model_perms,
            page_permissions=page_perms,
            collection_permissions=collection_perms,
        )
        groups[name] = group
    setup_prize_workflow(moderators=groups[MODERATORS])
    return groups
