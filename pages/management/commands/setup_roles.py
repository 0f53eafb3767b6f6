from django.core.management.base import BaseCommand

from core.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the editorial groups (site, forum and prize editors, translators, "
        "moderators), their permissions and the moderation workflows; take the root page "
        "away from Wagtail's default Editors group. Safe to re-run."
    )

    def handle(self, *args, **options):
        groups = setup_roles()
        for name, group in groups.items():
            pages = group.page_permissions.values("page").distinct().count()
            self.stdout.write(f"{name}: permissions on {pages} page subtree(s)")
        self.stdout.write(self.style.SUCCESS("Roles are set up."))
