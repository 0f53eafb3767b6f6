"""The bilingual demo (`manage.py load_demo`) for API tests: loaded once per test module
inside a transaction rolled back after it (loading takes a few seconds)."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)
    cache.clear()
