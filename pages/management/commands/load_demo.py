"""`manage.py load_demo`: the bilingual demo content, loaded once (a second run changes nothing)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Locale, Page

import pages.demo
from core.demo import deferred_indexing, demo_loaders
from core.registry import searchable_content_types
from core.roles import setup_roles


class Command(BaseCommand):
    help = "Load the bilingual (English and Russian) demo content and the admin user."

    def handle(self, *args, **options):
        with transaction.atomic():
            created_admin = pages.demo.ensure_admin_user()
            if pages.demo.demo_home() is not None:
                self.stdout.write("Demo content already loaded; nothing changed.")
            else:
                self.load()
            # Groups, page permissions and the prize moderation workflow on the demo's pages.
            setup_roles()
        if created_admin:
            self.stdout.write(f"Created the superuser {pages.demo.ADMIN_USERNAME!r}.")

    def load(self):
        locale_ru, _ = Locale.objects.get_or_create(language_code="ru")
        with deferred_indexing():
            home, _ = pages.demo.load_home(locale=locale_ru)
            for load in demo_loaders():
                load(home=home, locale=locale_ru)
        counts = {
            "pages": Page.objects.filter(depth__gt=1).count(),
            **{str(t.label).lower(): t.model.objects.count() for t in searchable_content_types()},
            "images": Image.objects.count(),
            "users": get_user_model().objects.count(),
        }
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded (en and ru): {summary}."))
