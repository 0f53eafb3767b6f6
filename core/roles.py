"""Editorial roles: groups with the page, model and collection permissions each app grants
them, and the workflows apps set up. Apps register their grants in `AppConfig.ready()`:
forum/apps.py, prize/apps.py (with the prize moderation workflow), pages/apps.py.

`setup_roles()` is idempotent and resets each role group's permissions to the registered
grants, so it can be re-run after pages are added (for example a new locale's home tree).
Grants apply to pages that exist, so the demo loader runs it last.

- Forum editors: add, change and publish the forum of every language; themes and rooms.
- Prize editors: add and change the prize of every language; publishing goes through the
  "Prize moderation" workflow.
- Moderators: add, change and publish forum and prize; approve prize moderation tasks.
- Translators: change (never publish) every page of the non-default languages, and submit
  pages for translation.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

FORUM_EDITORS = "Forum editors"
PRIZE_EDITORS = "Prize editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
ROLES = (FORUM_EDITORS, PRIZE_EDITORS, MODERATORS, TRANSLATORS)


@dataclass
class Grant:
    """What one app gives one group: model permissions ("app_label.codename"), page
    actions ("add", "change", "publish", ...) on the pages `pages()` returns (and below
    them), and permissions on the root collection."""

    model_permissions: list = field(default_factory=list)
    pages: object = None
    page_actions: list = field(default_factory=list)
    collection_permissions: list = field(default_factory=list)


_grants = {}
_workflows = []


def register_grant(group, grant):
    _grants.setdefault(group, []).append(grant)


def register_workflow(setup):
    """`setup(groups)` creates or updates a workflow; `groups` is {name: Group}."""
    _workflows.append(setup)


def get_permission(*, name):
    """The Permission for "app_label.codename"."""
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_group(*, group, grants):
    """Make the group's permissions exactly the granted ones (plus admin access)."""
    names = ["wagtailadmin.access_admin"] + [n for g in grants for n in g.model_permissions]
    group.permissions.set([get_permission(name=name) for name in dict.fromkeys(names)])
    wanted = set()
    for grant in grants:
        for page in grant.pages() if grant.pages else []:
            for action in grant.page_actions:
                permission = get_permission(name=f"wagtailcore.{action}_page")
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )
                wanted.add((page.pk, permission.pk))
    for stale in GroupPagePermission.objects.filter(group=group):
        if (stale.page_id, stale.permission_id) not in wanted:
            stale.delete()

    root = Collection.get_first_root_node()
    names = dict.fromkeys(n for g in grants for n in g.collection_permissions)
    permissions = [get_permission(name=name) for name in names]
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=permissions
    ).delete()


@transaction.atomic
def setup_roles():
    """Create or update the role groups and the registered workflows. Safe to run again.

    Returns {group name: Group}."""
    groups = {}
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        sync_group(group=group, grants=_grants.get(name, []))
        groups[name] = group
    for setup in _workflows:
        setup(groups)
    return groups
