"""Test data built once per test module instead of once per test.

`module_fixtures(name, build)` gives a conftest the fixtures: `name`, which is
`build(home, locale_ru)` run once per module in a transaction rolled back after the module,
and a `site_tree` that hands the tests using `name` that module's tree (other tests get a new
one). Each test runs in a savepoint within the module's transaction, so what it changes is
undone for the next test, and it gets its own deep copy of the objects."""

import copy

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.factories import make_site_tree


def module_fixtures(name, build):
    """(fixtures for a conftest module's namespace): assign them to module-level names."""

    @pytest.fixture(scope="module", name="_module_data")
    def built(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            home, locale_ru = make_site_tree()
            data = build(home, locale_ru)
            yield home, locale_ru, data
            transaction.set_rollback(True)
        cache.clear()

    # `_module_data` is an argument, not looked up, so that pytest opens the module's
    # transaction before the test's own (fixtures are set up by scope, widest first).
    @pytest.fixture(name="_module_data_copy")
    def copied(_module_data, db):
        return copy.deepcopy(_module_data)

    @pytest.fixture(name=name)
    def data(_module_data_copy):
        return _module_data_copy[2]

    @pytest.fixture(name="site_tree")
    def site_tree(request):
        if name in request.fixturenames:
            return request.getfixturevalue("_module_data_copy")[:2]
        request.getfixturevalue("db")
        return make_site_tree()

    return built, copied, data, site_tree
