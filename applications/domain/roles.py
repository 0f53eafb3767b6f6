"""Who is who in the prize year. Coordinators, experts and jury chairs are Django groups,
created by `manage.py setup_roles` (core/roles.py runs the setup registered here);
applicants are any signed-in user, for their own applications; admins are superusers."""

from django.contrib.auth.models import Group

from applications.choices import Role
from core.roles import get_permission, register_workflow

COORDINATORS = "Application coordinators"
EXPERTS = "Experts"
JURY_CHAIRS = "Jury chairs"
GROUPS = {Role.COORDINATOR: COORDINATORS, Role.EXPERT: EXPERTS, Role.JURY_CHAIR: JURY_CHAIRS}

# Model permissions of each group: the admin's menus and views follow them.
SETTINGS_MODELS = ("panel", "scorecard", "criterion", "determinationmessage",
                   "conflictofinterest", "eligibility")  # fmt: skip
PERMISSIONS = {
    COORDINATORS: [
        "applications.view_application",
        *(
            f"applications.{action}_{model}"
            for model in SETTINGS_MODELS
            for action in ("add", "change", "delete", "view")
        ),
    ],  # fmt: skip
    EXPERTS: [],
    JURY_CHAIRS: ["applications.view_application"],
}


def setup_application_groups(groups):
    """Create the three groups with their permissions (plus admin access); `groups` is
    core.roles' {name: Group}, to which they are added."""
    for name, permissions in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        names = ["wagtailadmin.access_admin", *permissions]
        group.permissions.set([get_permission(name=n) for n in names])
        groups[name] = group


def roles_of(*, user, application=None):
    """The roles `user` holds; `applicant` only for their own `application`."""
    if user is None or not user.is_authenticated:
        return set()
    roles = set()
    if application is not None and application.applicant_id == user.pk:
        roles.add(Role.APPLICANT)
    names = {g.name for g in user.groups.all()}
    roles |= {role for role, name in GROUPS.items() if name in names}
    if user.is_superuser:
        roles.add(Role.ADMIN)
    return roles


def register_application_roles():
    register_workflow(setup_application_groups)
