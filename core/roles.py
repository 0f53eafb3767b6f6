"""Editorial roles: groups with the page, model and collection permissions each app grants
them, and the workflows apps set up. Apps register their grants in `AppConfig.ready()`:
forum/apps.py, prize/apps.py (with the prize moderation workflow), pages/apps.py.

`setup_roles()` is idempotent and resets each role group's permissions to the registered
grants, so it can be re-run after pages are added (for example a new locale's home tree).
Grants apply to pages that exist, so the demo loader runs it last.

The permission matrix (role x area x language x action) is in the README, "Roles and
permissions", and tests/core/test_roles.py checks every cell of it against the admin.

- Site editors: news, clubs and the standard ("About") pages of every language; the footer.
- Forum editors: the forum of every language; themes and rooms.
- Prize editors: the prize of every language; publishing goes through "Prize moderation".
- Moderators: every area; they approve the moderation tasks.
- Translators: add and change (never publish) the pages of the other languages, submitting
  them for moderation; themes, rooms and footer in the other languages only.

Wagtail's first migration gives its own "Editors" group add and change on the root page
(every page); `setup_roles()` takes those page permissions away ("Moderators" is ours).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale

SITE_EDITORS = "Site editors"
FORUM_EDITORS = "Forum editors"
PRIZE_EDITORS = "Prize editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
ROLES = (SITE_EDITORS, FORUM_EDITORS, PRIZE_EDITORS, MODERATORS, TRANSLATORS)
WAGTAIL_DEFAULT_GROUPS = ("Editors",)  # Wagtail's own, with add and change on the root page

ALL_LANGUAGES = "all"
TRANSLATIONS = "translations"  # only objects in a language other than the default one


@dataclass
class Grant:
    """What one app gives one group: model permissions ("app_label.codename"), page
    actions ("add", "change", "publish", ...) on the pages `pages()` returns (and below
    them), and permissions on the root collection. `languages` is ALL_LANGUAGES, or
    TRANSLATIONS when the model permissions apply to translations only (snippets in the
    default language stay read-only; see `may_use_model_permission`)."""

    model_permissions: list = field(default_factory=list)
    pages: object = None
    page_actions: list = field(default_factory=list)
    collection_permissions: list = field(default_factory=list)
    languages: str = ALL_LANGUAGES


@dataclass
class Area:
    """A part of the site that roles act on, with the admin menu items leading to it: an
    area's menu is shown to those with page permissions on, above or below its `pages()`
    (its index pages in every language) or with one of its `model_permissions`."""

    name: str
    menu_items: tuple = ()
    pages: object = None
    model_permissions: list = field(default_factory=list)


_grants = {}
_workflows = []
_areas = {}


def register_grant(group, grant):
    _grants.setdefault(group, []).append(grant)


def register_area(area):
    _areas[area.name] = area


def get_areas():
    return dict(_areas)


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


def may_use_model_permission(*, user, permission, language):
    """Whether `user` may use the model permission "app_label.codename" on an object in
    `language` (a language code): roles granting it for translations only leave the default
    language's objects alone."""
    if not user.has_perm(permission):
        return False
    if user.is_superuser:
        return True
    names = set(user.groups.values_list("name", flat=True))
    scopes = {
        grant.languages
        for name in names
        for grant in _grants.get(name, [])
        if permission in grant.model_permissions
    }
    if not scopes or ALL_LANGUAGES in scopes:
        return True  # granted for every language, or by a group that is not a role
    return language != settings.LANGUAGE_CODE


def acts_on_area(*, user, area):
    """Whether `user` has anything to do in `area` (which decides its admin menu)."""
    if user.is_superuser:
        return True
    if any(user.has_perm(name) for name in area.model_permissions):
        return True
    paths = GroupPagePermission.objects.filter(group__user=user).values_list(
        "page__path", flat=True
    )
    roots = [page.path for page in area.pages()] if area.pages else []
    return any(
        root.startswith(path) or path.startswith(root) for path in set(paths) for root in roots
    )


def edits_area(*, user, area):
    """Whether `user` may edit the area's pages in the default language: its editors,
    moderators and administrators (translators work on the other languages)."""
    if user.is_superuser:
        return True
    default = Locale.get_default()
    pages = area.pages() if area.pages else []
    return any(
        page.permissions_for_user(user).can_edit() for page in pages if page.locale_id == default.pk
    )


def reset_wagtail_default_groups():
    """Take page permissions away from Wagtail's default groups that are not roles."""
    GroupPagePermission.objects.filter(group__name__in=WAGTAIL_DEFAULT_GROUPS).delete()


@transaction.atomic
def setup_roles():
    """Create or update the role groups and the registered workflows. Safe to run again.

    Returns {group name: Group}."""
    reset_wagtail_default_groups()
    groups = {}
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        sync_group(group=group, grants=_grants.get(name, []))
        groups[name] = group
    for setup in _workflows:
        setup(groups)
    return groups
